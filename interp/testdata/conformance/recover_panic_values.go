package recover_panic_values

import (
	"errors"
	"fmt"
)

func try(f func()) (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("%T %v", r, r)
	}()
	f()
	return "no panic"
}

func Main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("boom") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("formatted %d", 7)) }))
}
