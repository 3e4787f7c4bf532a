package eval

import (
	"fmt"
	"strings"
	"testing"

	"goerl/syntax"
)

// longSum is a flat 1+1+...+1 of n terms.
func longSum(n int) string { return strings.Repeat("1+", n-1) + "1.\n" }

// manyBindings is A1 = 1, A2 = 2, ..., An = n.
func manyBindings(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		if i > 1 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "A%d = %d", i, i)
	}
	sb.WriteString(".\n")
	return sb.String()
}

// BenchmarkLongSum measures parsing, checking and evaluating a sum of a
// million terms: each phase must be linear and must not recurse per
// operator.
func BenchmarkLongSum(b *testing.B) {
	form := longSum(1000000)
	for b.Loop() {
		benchPhases(b, form)
	}
}

// BenchmarkManyBindings measures a command of 20,000 bindings: the
// pre-check must be linear in the number of variables.
func BenchmarkManyBindings(b *testing.B) {
	form := manyBindings(20000)
	for b.Loop() {
		benchPhases(b, form)
	}
}

func benchPhases(b *testing.B, form string) {
	exprs, err := syntax.ParseForm(form)
	if err != nil {
		b.Fatal(err)
	}
	if err := CheckUnbound(exprs, NewBindings()); err != nil {
		b.Fatal(err)
	}
	New(fakeEnv{}).Eval(nil, exprs, NewBindings())
}
