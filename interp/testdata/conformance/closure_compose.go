package closure_compose

import (
	"fmt"
	"strings"
)

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func exclaim(s string) string { return s + "!" }

func Main() {
	shout := compose(strings.TrimSpace, strings.ToUpper, exclaim)
	fmt.Println(shout("  hello world "))
	adder := func(n int) func(int) int { return func(x int) int { return x + n } }
	add5 := adder(5)
	fmt.Println(add5(10), adder(-1)(1))
}
