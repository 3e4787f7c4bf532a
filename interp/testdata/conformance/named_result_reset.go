package named_result_reset

import "fmt"

func k(fail bool) int {
	if fail {
		panic("x")
	}
	return 6
}

func f2(fail bool) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return k(fail), nil
}

// keep returns its named result as it was when the call panicked.
func keep(fail bool) (v int) {
	defer func() { recover() }()
	v = 5
	v = k(fail)
	return v
}

func Main() {
	x := 1
	x = keep(true)
	fmt.Println(x, keep(false))
	for _, b := range []bool{false, true} {
		fmt.Println(f2(b))
	}
	for _, b := range []bool{false, true} {
		v, err := f2(b)
		fmt.Println(v, err)
	}
}
