package maps_clone_equal

import (
	"fmt"
	"maps"
)

func Main() {
	m := map[int]string{1: "one", 2: "two"}
	c := maps.Clone(m)
	c[1] = "uno"
	fmt.Println(m[1], c[1], maps.Equal(m, c))
	c[1] = "one"
	fmt.Println(maps.Equal(m, c))
	fmt.Println(maps.EqualFunc(m, c, func(a, b string) bool { return len(a) == len(b) }))
	var nilMap map[int]string
	fmt.Println(maps.Clone(nilMap) == nil)
}
