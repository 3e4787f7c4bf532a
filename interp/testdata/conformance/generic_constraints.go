package generic_constraints

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int64]())
	fmt.Println(Sum(MyInt(4), MyInt(5)))
	fmt.Println(Max(3, 9), Max("abc", "abd"), Max(2.5, -1.0))
}
