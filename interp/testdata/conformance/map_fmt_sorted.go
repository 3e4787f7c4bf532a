package map_fmt_sorted

import "fmt"

func Main() {
	// fmt prints maps with sorted keys.
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(m)
	fmt.Printf("%v\n", map[int]bool{3: true, 1: false, 2: true})
	fmt.Printf("%d\n", map[string]int{"b": 2, "a": 1})
	var empty map[string]string
	fmt.Println(empty, len(empty))
}
