package algo_gcd_lcm

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func primeFactors(n int) map[int]int {
	fs := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			fs[p]++
			n /= p
		}
	}
	if n > 1 {
		fs[n]++
	}
	return fs
}

func Main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println(l)
	fmt.Println(primeFactors(360), primeFactors(97))
}
