package slice_nil_empty

import "fmt"

func Main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a))
	a = append(a, 1)
	fmt.Println(a, len(a))
	for range b {
		fmt.Println("never")
	}
	fmt.Printf("%v %v %d\n", a[:0], b, len(c))
	var m [][]string
	m = append(m, nil, []string{"x"})
	fmt.Println(len(m), m[0] == nil, m[1])
}
