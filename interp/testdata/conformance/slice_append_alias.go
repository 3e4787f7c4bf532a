package slice_append_alias

import "fmt"

func Main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5) // shares the backing array with b
	fmt.Println(a, b, c, len(b), cap(b))
	d := []int{1, 2, 3}
	e := append(d, 4) // reallocates
	e[0] = 100
	fmt.Println(d, e)
	s := d[1:2]
	s = append(s, 99) // overwrites d[2]
	fmt.Println(d, s, len(s), cap(s))
}
