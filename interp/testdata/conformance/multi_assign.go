package multi_assign

import "fmt"

type point struct{ x, y int }

type I interface{ M() }

func id(xs []int) []int { return xs }

func Main() {
	l := []int{1, 2, 3}
	var out []int
	for len(l) > 0 {
		out, l = append(out, l[0]*10), l[1:]
	}
	fmt.Println(out, l)
	l = []int{1, 2, 3}
	out, l = id(l), l[1:]
	fmt.Println(out, l)
	a, b := 1, 2
	a, b = b+10, a+10
	fmt.Println(a, b)
	p, q := point{}, 0
	p, q = point{1, 2}, p.x+5
	fmt.Println(p, q)
	var e error
	var s []string
	s, e = append(s, "x"), nil
	fmt.Println(s, e)
	x, y := 3, 4
	x, y = y, x
	fmt.Println(x, y)
	var n int
	n, e = 1, nil
	fmt.Println(n, e)
	var ip *int
	n, ip = 2, nil
	fmt.Println(n, ip)
	var f float64
	f, n = 1, 2
	fmt.Println(f, n)
	var i I
	var an any
	i, an, n = nil, nil, 3
	fmt.Println(i == nil, an, n)
	an, n = 5, 6
	fmt.Println(an, n)
}
