package shadowing

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 1, errors.New("e") }

func Main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	}
	fmt.Println(x)
	var err error
	if true {
		n, err := get() // shadows err
		_ = n
		fmt.Println("inner err:", err)
	}
	fmt.Println("outer err:", err)
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
}
