package sort_slice_stable

import (
	"fmt"
	"sort"
)

func Main() {
	type rec struct {
		k string
		v int
	}
	rs := []rec{{"b", 2}, {"a", 2}, {"c", 1}, {"d", 3}, {"e", 1}}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].v < rs[j].v })
	fmt.Println(rs)
	xs := []int{5, 2, 8, 1, 9}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
}
