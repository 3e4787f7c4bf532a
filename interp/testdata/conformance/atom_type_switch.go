package atom_type_switch

import (
	"erl"
	"fmt"
)

func show(t erl.Term) string {
	switch v := t.(type) {
	case erl.Atom:
		return "atom " + string(v)
	case erl.Tuple:
		s := "{"
		for i, e := range v {
			if i > 0 {
				s += ","
			}
			s += show(e)
		}
		return s + "}"
	case erl.List:
		return fmt.Sprintf("list of %d", len(v))
	case int:
		return fmt.Sprint(v)
	case string:
		return fmt.Sprintf("%q", v)
	}
	return "?"
}

func Main() {
	fmt.Println(show(erl.Tuple{erl.Atom("ok"), 1, "two", erl.List{1, 2, 3}}))
	fmt.Println(show(erl.Atom("x")) == "atom x")
	var a erl.Atom = "hello"
	fmt.Println(a == "hello", string(a)+"!", len(a))
}
