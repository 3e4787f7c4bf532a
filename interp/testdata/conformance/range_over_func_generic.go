package range_over_func_generic

import "fmt"

type Seq[T any] func(yield func(T) bool)

func FromSlice[T any](xs []T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Filter[T any](s Seq[T], keep func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		for x := range s {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Main() {
	evens := Filter(FromSlice([]int{1, 2, 3, 4, 5, 6}), func(x int) bool { return x%2 == 0 })
	for x := range evens {
		fmt.Print(x, " ")
	}
	fmt.Println()
}
