package type_assert_comma_ok

import "fmt"

type Sizer interface{ Size() int }

type file struct{ n int }

func (f file) Size() int { return f.n }

func Main() {
	var v any = 42
	if n, ok := v.(int); ok {
		fmt.Println("int", n)
	}
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	var x any = file{7}
	if sz, ok := x.(Sizer); ok {
		fmt.Println("size", sz.Size())
	}
	_, ok = v.(Sizer)
	fmt.Println(ok)
}
