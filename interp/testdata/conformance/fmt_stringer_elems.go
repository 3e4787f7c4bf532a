package fmt_stringer_elems

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type T struct{ n int }

func (t *T) String() string {
	if t == nil {
		return "nil-T"
	}
	return fmt.Sprint("T", t.n)
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func Main() {
	cs := []Color{2, 0, 1}
	fmt.Println(cs, len(cs))
	fmt.Printf("%v %s %d %q\n", cs, cs, cs, cs)
	arr := [2]Color{1, 2}
	fmt.Println(arr)
	var none []Color
	fmt.Println(none, cs[:0])
	fmt.Println([]*T{{1}, nil, {3}})
	fmt.Println([]E{{"a"}, {"b"}})
	s := fmt.Sprint(cs[1:])
	fmt.Println(s, errors.New("x"))
	fmt.Printf("%v|%+v\n", []int{1, 2}, cs)
}
