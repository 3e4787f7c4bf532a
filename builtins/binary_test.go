package builtins

import (
	"testing"

	"goerl/term"
)

func TestBinaryBIFs(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	b := func(s string) term.Binary { return term.Binary(s) }
	runCalls(t, []call{
		{"binary", "split", []term.Term{b("a,b,c"), b(",")}, term.Sprint(term.List{b("a"), b("b,c")})},
		{"binary", "split", []term.Term{b("a,b,,c,"), term.List{b(",")}, term.List{a("global"), a("trim_all")}},
			term.Sprint(term.List{b("a"), b("b"), b("c")})},
		{"binary", "part", []term.Term{b("hello"), 1, 3}, term.Sprint(b("ell"))},
	})
}
