package builtins

import (
	"testing"

	"goerl/term"
)

// TestMaps checks results against OTP 25.
func TestMaps(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	m := term.NewMap([]term.Term{a("a"), a("b")}, []term.Term{1, 2})
	elem1 := &term.Fun{Module: "erlang", Name: "tuple_size", Arity: 1, External: true}
	keyAdd := &term.Fun{Module: "erlang", Name: "setelement", Arity: 3, External: true}
	runCalls(t, []call{
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

func TestMapsErrors(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	id := &term.Fun{Module: "erlang", Name: "abs", Arity: 1, External: true}
	tests := []errorText{
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
	checkErrorTexts(t, tests)
}
