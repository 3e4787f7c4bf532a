package slices_pkg

import (
	"fmt"
	"slices"
)

func Main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	slices.Sort(xs)
	fmt.Println(xs)
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Contains(xs, 9), slices.Index(xs, 4), slices.Max(xs), slices.Min(xs))
	ys := slices.Clone(xs)
	ys[0] = 100
	fmt.Println(xs[0], ys[0], slices.Equal(xs, ys))
	fmt.Println(slices.Compact(xs))
	zs := []string{"b", "a", "c"}
	slices.Reverse(zs)
	fmt.Println(zs)
	fmt.Println(slices.Insert([]int{1, 2}, 1, 9, 8), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 4 }))
}
