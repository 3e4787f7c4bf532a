package builtins

import (
	"testing"

	"goerl/term"
)

// TestProplistsBIFs checks against values a real erl 25 printed.
func TestProplistsBIFs(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	tup := func(x ...term.Term) term.Tuple { return term.Tuple(x) }
	runCalls(t, []call{
		{"proplists", "to_map", []term.Term{term.List{a("a"), tup(a("b"), 1), tup(a("c"), 2), tup(a("b"), 3)}}, "#{a => true,b => 1,c => 2}"},
		{"proplists", "to_map", []term.Term{term.List{a("no_a"), a("b")}, term.List{tup(a("negations"), term.List{tup(a("no_a"), a("a"))})}}, "#{a => false,b => true}"},
		{"proplists", "expand", []term.Term{term.List{tup(a("foo"), term.List{a("bar")}), tup(a("fie"), term.List{a("x")})}, term.List{a("fie"), a("foo")}}, "[x,bar]"},
		{"proplists", "split", []term.Term{term.List{tup(a("c"), 2), tup(a("e"), 1), a("a"), tup(a("c"), 3, 4), a("d"), tup(a("b"), 5), a("b")}, term.List{a("a"), a("b"), a("c")}},
			"{[[a],[{b,5},b],[{c,2},{c,3,4}]],[{e,1},d]}"},
		{"proplists", "substitute_negations", []term.Term{term.List{tup(a("no_a"), a("a"))}, term.List{a("no_a"), tup(a("no_a"), a("false"))}}, "[{a,false},a]"},
		{"proplists", "normalize", []term.Term{term.List{a("a"), tup(a("b"), a("c"))}, term.List{tup(a("aliases"), term.List{tup(a("b"), a("bb"))})}}, "[a,{bb,c}]"},
	})
}
