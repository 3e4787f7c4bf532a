package generic_func_basic

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Main() {
	xs := []int{1, 2, 3, 4, 5}
	sq := Map(xs, func(x int) int { return x * x })
	strs := Map(xs, func(x int) string { return fmt.Sprint("#", x) })
	odd := Filter(sq, func(x int) bool { return x%2 == 1 })
	sum := Reduce(xs, 0, func(a, x int) int { return a + x })
	fmt.Println(sq, strs, odd, sum)
}
