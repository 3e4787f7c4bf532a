package generic_explicit_instantiation

import (
	"fmt"
	"strconv"
)

func Convert[From, To any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Main() {
	strs := Convert[int, string]([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	fmt.Printf("%v %q %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil)
	f := Convert[string, int]
	fmt.Println(f([]string{"a", "bb"}, func(s string) int { return len(s) }))
}
