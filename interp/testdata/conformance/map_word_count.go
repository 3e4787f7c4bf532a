package map_word_count

import (
	"fmt"
	"sort"
	"strings"
)

func Main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for _, e := range list[:4] {
		fmt.Println(e.w, e.n)
	}
}
