package control_if_else

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func Main() {
	for _, n := range []int{-3, 0, 4, 7} {
		if s := classify(n); len(s) > 3 {
			fmt.Println(n, s, "long")
		} else {
			fmt.Println(n, s)
		}
	}
}
