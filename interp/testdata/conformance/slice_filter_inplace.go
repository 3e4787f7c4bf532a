package slice_filter_inplace

import "fmt"

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func Main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, xs)
	reverse(evens)
	fmt.Println(evens)
	// remove index 1
	ys := []string{"a", "b", "c", "d"}
	ys = append(ys[:1], ys[2:]...)
	fmt.Println(ys, len(ys))
	// insert at index 1
	ys = append(ys[:1], append([]string{"X"}, ys[1:]...)...)
	fmt.Println(ys)
}
