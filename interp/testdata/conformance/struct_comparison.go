package struct_comparison

import "fmt"

type Point struct{ X, Y int }
type Named struct {
	Name string
	P    Point
}

func Main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1})
	n1 := Named{"a", p}
	n2 := Named{"a", q}
	fmt.Println(n1 == n2)
	n2.P.Y = 3
	fmt.Println(n1 == n2)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon.A, anon.B, anon == struct {
		A int
		B string
	}{1, "x"})
	var zero Point
	fmt.Println(zero == Point{}, zero)
}
