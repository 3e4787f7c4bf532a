package map_delete_during_range

import (
	"fmt"
	"sort"
)

func Main() {
	m := map[int]int{}
	for i := 0; i < 20; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	keys := make([]int, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, len(m))
}
