package eval

import (
	"testing"

	"goerl/syntax"
)

// BenchmarkRecursiveFun measures shell-fun calls: a named fun counting
// down 1000 times per iteration, by tail calls through the trampoline.
func BenchmarkRecursiveFun(b *testing.B) {
	exprs, err := syntax.ParseForm("F = fun G(0) -> ok; G(N) -> G(N - 1) end, F(1000).")
	if err != nil {
		b.Fatal(err)
	}
	ev := New(fakeEnv{})
	for b.Loop() {
		ev.Eval(nil, exprs, NewBindings())
	}
}

// BenchmarkParse measures scanning and parsing a typical command.
func BenchmarkParse(b *testing.B) {
	const form = "[{X, Y} || X <- lists:seq(1, 10), Y <- [a, b], X rem 2 =:= 0], #{k => <<1, 2>>}.\n"
	for b.Loop() {
		if _, err := syntax.ParseForm(form); err != nil {
			b.Fatal(err)
		}
	}
}
