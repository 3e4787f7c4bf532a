package method_expressions

import "fmt"

type Point struct{ X, Y int }

func (p Point) Dist() int    { return abs(p.X) + abs(p.Y) }
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func Main() {
	dist := Point.Dist
	scale := (*Point).Scale
	p := Point{3, -4}
	fmt.Println(dist(p))
	scale(&p, 2)
	fmt.Println(p, dist(p))
	fs := []func(Point) int{Point.Dist, func(q Point) int { return q.X }}
	for _, f := range fs {
		fmt.Print(f(p), " ")
	}
	fmt.Println()
}
