package multiple_results

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func pass(a, b int) (int, int) { return divmod(a, b) }

func Main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minmax([]int{3, -1, 7, 2}))
	a, b := swap("x", "y")
	a, b = b, a
	fmt.Println(a, b)
	fmt.Println(pass(9, 4))
	_, r2 := divmod(10, 3)
	fmt.Println(r2)
}
