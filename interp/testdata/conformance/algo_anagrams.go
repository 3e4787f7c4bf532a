package algo_anagrams

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	rs := []rune(w)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func Main() {
	words := []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, strings.Join(groups[k], ","))
	}
}
