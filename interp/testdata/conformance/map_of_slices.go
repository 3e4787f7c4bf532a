package map_of_slices

import (
	"fmt"
	"sort"
)

func Main() {
	groups := map[int][]string{}
	for _, w := range []string{"go", "erl", "c", "rust", "ml", "lisp"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	var lens []int
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, groups[l])
	}
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested["x"]["y"], nested["x"]["z"], len(nested["q"]))
}
