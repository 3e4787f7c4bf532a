package fmt_verbs_structs

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

func Main() {
	p := Point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Println([]Point{{1, 2}, {3, 4}})
	fmt.Printf("%v\n", map[string]Point{"a": {5, 6}})
	fmt.Printf("%v %d\n", []any{1, "a", nil, 2.5}, []int{1, 2})
}
