package builtins

import (
	"testing"

	"goerl/term"
)

// TestLists checks results against OTP 25.
func TestLists(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	add := &term.Fun{Module: "erlang", Name: "max", Arity: 2, External: true}
	gt1 := &term.Fun{Module: "erlang", Name: "is_atom", Arity: 1, External: true}
	elem1 := &term.Fun{Module: "erlang", Name: "tuple_size", Arity: 1, External: true}
	runCalls(t, []call{
		{"lists", "zipwith", []term.Term{add, term.List{1, 5}, term.List{3, 4}}, "[3,5]"},
		{"lists", "zip3", []term.Term{term.List{1}, term.List{2}, term.List{3}}, "[{1,2,3}]"},
		{"lists", "unzip3", []term.Term{term.List{term.Tuple{1, 2, 3}, term.Tuple{4, 5, 6}}}, "{[1,4],[2,5],[3,6]}"},
		{"lists", "merge", []term.Term{term.List{1, 3}, term.List{2, 4}}, "[1,2,3,4]"},
		{"lists", "merge", []term.Term{term.List{term.List{1, 3}, term.List{2, 4}, term.List{0}}}, "[0,1,2,3,4]"},
		{"lists", "umerge", []term.Term{term.List{1, 2}, term.List{2, 3}}, "[1,2,3]"},
		{"lists", "search", []term.Term{gt1, term.List{1, a("x"), a("y")}}, "{value,x}"},
		{"lists", "search", []term.Term{gt1, term.List{1}}, "false"},
		{"lists", "flatlength", []term.Term{term.List{1, term.List{2, term.List{3}}, term.List{}}}, "3"},
		{"lists", "flatten", []term.Term{term.List{1, term.List{2}}, term.List{3}}, "[1,2,3]"},
		{"lists", "uniq", []term.Term{elem1, term.List{term.Tuple{1}, term.Tuple{1, 2}, term.Tuple{3}}}, "[{1},{1,2}]"},
		{"lists", "enumerate", []term.Term{5, term.List{a("a"), a("b")}}, "[{5,a},{6,b}]"},
	})
}

func TestListsErrors(t *testing.T) {
	add := &term.Fun{Module: "erlang", Name: "max", Arity: 2, External: true}
	tests := []errorText{
		{"lists", "zipwith", []term.Term{add, term.List{1}, term.List{1, 2}}, lines(
			"** exception error: no function clause matching ",
			"                    lists:zipwith(fun erlang:max/2,[],[2]) (lists.erl, line 483)",
			"     in function  lists:zipwith/3 (lists.erl, line 483)")},
	}
	checkErrorTexts(t, tests)
}
