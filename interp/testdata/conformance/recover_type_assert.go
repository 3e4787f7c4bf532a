package recover_type_assert

import (
	"errors"
	"fmt"
)

var ErrBad = errors.New("bad thing")

func classify(f func()) (kind string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			kind = "none"
		case string:
			kind = "string " + v
		case error:
			kind = fmt.Sprintf("error %v (is ErrBad: %v)", v, errors.Is(v, ErrBad))
		case int:
			kind = fmt.Sprint("int ", v+1)
		default:
			kind = fmt.Sprintf("other %v", v)
		}
	}()
	f()
	return "returned"
}

func rethrow() (msg string) {
	defer func() {
		if s, ok := recover().(string); ok {
			msg = "outer caught " + s
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint(r, " again"))
		}()
		panic("first")
	}()
	return "unreachable"
}

func Main() {
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { panic("boom") }))
	fmt.Println(classify(func() { panic(ErrBad) }))
	fmt.Println(classify(func() { panic(fmt.Errorf("wrapped: %w", ErrBad)) }))
	fmt.Println(classify(func() { panic(41) }))
	fmt.Println(classify(func() { panic(2.5) }))
	fmt.Println(rethrow())
}
