package generic_map_keys_sorted

import (
	"cmp"
	"fmt"
	"sort"
)

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	for _, k := range SortedKeys(m) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	fmt.Println(SortedKeys(map[int]bool{5: true, -1: false, 3: true}))
}
