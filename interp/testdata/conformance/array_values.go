package array_values

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func Main() {
	a := [3]int{1, 2, 3}
	b := double(a)
	fmt.Println(a, b)
	doublePtr(&a)
	fmt.Println(a, a == b)
	c := a
	c[0] = 0
	fmt.Println(a[0], c[0], len(c))
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][1] = "z"
	fmt.Println(grid, g2)
	auto := [...]int{5, 6, 7, 8}
	fmt.Println(len(auto), auto[len(auto)-1])
}
