package fib

// Fib is the doubly recursive Fibonacci function.
func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}
