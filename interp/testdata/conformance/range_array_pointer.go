package range_array_pointer

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
	fmt.Println("x")
	doublePtr(&a)
	fmt.Println("y", a)
	fmt.Println(a == b)
	sum := 0
	for i, v := range &a {
		sum += i * v
	}
	fmt.Println(sum)
}
