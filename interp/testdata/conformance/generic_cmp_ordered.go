package generic_cmp_ordered

import (
	"cmp"
	"fmt"
)

func MaxOf[T cmp.Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func Main() {
	fmt.Println(MaxOf([]int{3, 1, 4, 1, 5}), MaxOf([]string{"b", "c", "a"}))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	fmt.Println(cmp.Less(1, 2))
}
