package panic_uncaught_assert

import "fmt"

func Main() {
	var v any = "a string"
	fmt.Println("converting")
	n := v.(int)
	fmt.Println(n)
}
