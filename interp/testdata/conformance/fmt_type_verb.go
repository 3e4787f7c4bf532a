package fmt_type_verb

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair struct{ A, B int }

func Main() {
	fmt.Printf("%T %T %T %T\n", 1, "s", 2.5, true)
	fmt.Printf("%T %T %T\n", []int{}, map[string]bool{}, [3]byte{})
	fmt.Printf("%T %T\n", Celsius(1), Pair{})
	fmt.Printf("%T %T\n", &Pair{}, []Pair{})
	fmt.Printf("%T %T\n", errors.New("x"), func(int) string { return "" })
	var x any
	fmt.Printf("%T %v\n", x, x)
	fmt.Printf("%T\n", 'a')
}
