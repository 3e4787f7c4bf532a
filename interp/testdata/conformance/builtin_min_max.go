package builtin_min_max

import "fmt"

func Main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1.5), max("a", "b", "ab"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var f float64 = 3
	fmt.Println(max(f, 2), min(1, f))
}
