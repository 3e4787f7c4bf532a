package fmt_verbs_gosyntax

import "fmt"

type Point struct {
	X, Y int
}

func Main() {
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", map[string]int{"a": 1})
	fmt.Printf("%#v %#v %#v\n", "q", 42, 1.5)
	fmt.Printf("%#v\n", []string{"x"})
	fmt.Printf("%#v\n", struct{ A int }{3})
	var e []int
	fmt.Printf("%#v %#v\n", e, [2]bool{true})
}
