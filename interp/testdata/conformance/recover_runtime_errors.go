package recover_runtime_errors

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(error); ok {
				fmt.Println(name+":", err.Error())
			} else {
				fmt.Println(name+": non-error", r)
			}
		}
	}()
	f()
}

func Main() {
	var xs []int
	var m map[string]int
	var p *struct{ x int }
	var i any = "str"
	zero := 0
	try("index", func() { _ = xs[5] })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { fmt.Println(p.x) })
	try("assert", func() { _ = i.(int) })
	try("divide", func() { fmt.Println(1 / zero) })
	try("slice", func() { s := []int{1, 2, 3}; k := 5; _ = s[1:k] })
}
