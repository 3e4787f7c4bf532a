package map_basic

import (
	"fmt"
	"sort"
)

func Main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	delete(ages, "alice")
	delete(ages, "nobody")
	v, ok := ages["alice"]
	fmt.Println(v, ok, len(ages))
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s=%d\n", n, ages[n])
	}
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
}
