package recover_outside_defer

import "fmt"

func helper() any { return recover() }

func f() (caught bool) {
	defer func() {
		// recover called from a function the deferred call calls does
		// not stop the panic; the direct one does.
		if helper() != nil {
			caught = true
		}
		if r := recover(); r != nil {
			fmt.Println("direct recover:", r)
		}
	}()
	panic("p")
}

func Main() {
	fmt.Println(recover())
	fmt.Println(f())
}
