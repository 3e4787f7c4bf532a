package panic_uncaught_slice_bounds

import "fmt"

func Main() {
	s := []int{1, 2, 3}
	lo, hi := 2, 1
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}
