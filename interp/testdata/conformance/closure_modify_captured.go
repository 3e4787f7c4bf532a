package closure_modify_captured

import "fmt"

func Main() {
	x := 0
	inc := func() { x++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println(x)
	xs := []int{1, 2, 3}
	double := func() {
		for i := range xs {
			xs[i] *= 2
		}
	}
	double()
	xs = append(xs, 10)
	double()
	fmt.Println(xs)
	m := map[string]int{}
	set := func(k string) { m[k] = len(k) }
	set("abc")
	m = map[string]int{"fresh": 1}
	set("z")
	fmt.Println(m)
}
