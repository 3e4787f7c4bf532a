package builtins

import (
	"testing"

	"goerl/term"
)

// TestMoreListsAndMaps checks results against OTP 25.
func TestMoreListsAndMaps(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	m := term.NewMap([]term.Term{a("a"), a("b")}, []term.Term{1, 2})
	add := &term.Fun{Module: "erlang", Name: "max", Arity: 2, External: true}
	gt1 := &term.Fun{Module: "erlang", Name: "is_atom", Arity: 1, External: true}
	elem1 := &term.Fun{Module: "erlang", Name: "tuple_size", Arity: 1, External: true}
	keyAdd := &term.Fun{Module: "erlang", Name: "setelement", Arity: 3, External: true}
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
		{"maps", "take", []term.Term{a("a"), m}, "{1,#{b => 2}}"},
		{"maps", "take", []term.Term{a("z"), m}, "error"},
		{"maps", "with", []term.Term{term.List{a("a"), a("z")}, m}, "#{a => 1}"},
		{"maps", "without", []term.Term{term.List{a("a")}, m}, "#{b => 2}"},
		{"maps", "update_with", []term.Term{a("z"), elem1, 0, m}, "#{a => 1,b => 2,z => 0}"},
		{"maps", "merge_with", []term.Term{keyAdd, m, term.NewMap([]term.Term{1}, []term.Term{term.Tuple{1}})}, "#{1 => {1},a => 1,b => 2}"},
		{"maps", "intersect", []term.Term{m, term.NewMap([]term.Term{a("a")}, []term.Term{10})}, "#{a => 10}"},
		{"maps", "groups_from_list", []term.Term{elem1, term.List{term.Tuple{1}, term.Tuple{1, 2}, term.Tuple{3}}}, "#{1 => [{1},{3}],2 => [{1,2}]}"},
		{"maps", "iterator", []term.Term{m}, "[0|#{a => 1,b => 2}]"},
		{"maps", "next", []term.Term{term.Improper{Elems: []term.Term{0}, Tail: m}}, "{a,1,{b,2,none}}"},
		{"maps", "next", []term.Term{term.Tuple{a("b"), 2, a("none")}}, "{b,2,none}"},
		{"maps", "next", []term.Term{a("none")}, "none"},
		{"maps", "from_keys", []term.Term{term.List{a("a"), a("b")}, 0}, "#{a => 0,b => 0}"},
	})
}

func TestMoreListsAndMapsErrors(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	add := &term.Fun{Module: "erlang", Name: "max", Arity: 2, External: true}
	id := &term.Fun{Module: "erlang", Name: "abs", Arity: 1, External: true}
	tests := []struct {
		mod, fun string
		args     []term.Term
		want     string
	}{
		{"lists", "zipwith", []term.Term{add, term.List{1}, term.List{1, 2}}, lines(
			"** exception error: no function clause matching ",
			"                    lists:zipwith(fun erlang:max/2,[],[2]) (lists.erl, line 483)",
			"     in function  lists:zipwith/3 (lists.erl, line 483)")},
		{"maps", "update_with", []term.Term{a("z"), id, term.NewMap(nil, nil)}, lines(
			"** exception error: bad key: z",
			"     in function  maps:update_with/3",
			"        called as maps:update_with(z,fun erlang:abs/1,#{})")},
		{"maps", "next", []term.Term{a("x")}, lines(
			"** exception error: bad argument",
			"     in function  maps:next/1",
			"        called as maps:next(x)",
			"        *** argument 1: not a valid iterator")},
	}
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	for _, tt := range tests {
		exc := catchException(t, func() { d.CallMFA(nil, term.Atom(tt.mod), term.Atom(tt.fun), tt.args) })
		if got := FormatException(exc.Class, exc.Reason, exc.Stack); got != tt.want {
			t.Errorf("%s:%s: got\n%s\nwant\n%s", tt.mod, tt.fun, got, tt.want)
		}
	}
}
