package type_switch_basic

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true!"
		}
		return "false!"
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "name:" + string(n) }

func Main() {
	for _, v := range []any{nil, 41, "héllo", true, false, []int{1, 2}, fmt.Errorf("bad"), name("x"), 2.5} {
		fmt.Println(describe(v))
	}
}
