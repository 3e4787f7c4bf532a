package range_assign_existing

import "fmt"

func Main() {
	var i, last int
	for i, last = range []int{4, 5, 6} {
	}
	fmt.Println(i, last)
	var k string
	var v int
	for k, v = range map[string]int{"only": 1} {
	}
	fmt.Println(k, v)
	var r rune
	for _, r = range "xyz" {
	}
	fmt.Println(string(r))
}
