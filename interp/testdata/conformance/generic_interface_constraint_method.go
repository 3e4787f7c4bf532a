package generic_interface_constraint_method

import (
	"fmt"
	"strings"
)

type Shower interface{ Show() string }

type num int

func (n num) Show() string { return fmt.Sprintf("<%d>", int(n)) }

type word string

func (w word) Show() string { return strings.ToUpper(string(w)) }

func JoinAll[T Shower](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, sep)
}

func Main() {
	fmt.Println(JoinAll([]num{1, 2, 3}, ","))
	fmt.Println(JoinAll([]word{"go", "erl"}, " "))
}
