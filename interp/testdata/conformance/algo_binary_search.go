package algo_binary_search

import "fmt"

func search(xs []int, target int) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch {
		case xs[mid] < target:
			lo = mid + 1
		case xs[mid] > target:
			hi = mid
		default:
			return mid, true
		}
	}
	return lo, false
}

func Main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{7, 1, 11, 4, 100, -5} {
		i, ok := search(xs, t)
		fmt.Println(t, i, ok)
	}
}
