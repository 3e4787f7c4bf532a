package atom_map_keys

import (
	"erl"
	"fmt"
	"sort"
)

func Main() {
	counts := map[erl.Atom]int{}
	for _, a := range []erl.Atom{"b", "a", "b", "c", "b"} {
		counts[a]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[erl.Atom(k)])
	}
	var t erl.Term = erl.Atom("a")
	fmt.Println(t == erl.Atom("a"), t == "a")
}
