package type_switch_multi

import "fmt"

type A struct{ v int }
type B struct{ s string }

func kind(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case A:
		return fmt.Sprint("A with ", x.v)
	case *A:
		return fmt.Sprint("pointer to A with ", x.v)
	case B, *B:
		return fmt.Sprintf("some B %T", x)
	}
	return "?"
}

func Main() {
	fmt.Println(kind(3))
	fmt.Println(kind(int64(4)))
	fmt.Println(kind(A{1}))
	fmt.Println(kind(&A{2}))
	fmt.Println(kind(B{"x"}) != "?", kind(&B{}) != "?")
	fmt.Println(kind(1.5))
}
