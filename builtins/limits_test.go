package builtins

import (
	"testing"

	"goerl/process"
	"goerl/term"
)

// TestAllocationBudget calls each BIF that builds a term from a size
// argument with a size far beyond the budget: it must raise
// error:system_limit (printed by the shell as "a system limit has been
// reached") or, where erl refuses the size itself, badarg, and never try
// to allocate. Sizes within the budget still work.
func TestAllocationBudget(t *testing.T) {
	huge := 1 << 40
	big := term.Binary(make([]byte, 1<<20))
	tests := []struct {
		mod, fun string
		args     []term.Term
		want     string // the exception's reason, or the result's ~w text
	}{
		{"lists", "duplicate", []term.Term{huge, term.Atom("a")}, "system_limit"},
		{"lists", "duplicate", []term.Term{3, term.Atom("a")}, "[a,a,a]"},
		{"lists", "seq", []term.Term{1, huge}, "system_limit"},
		{"lists", "seq", []term.Term{-huge, huge, 7}, "system_limit"},
		{"lists", "seq", []term.Term{huge, -huge, -1}, "system_limit"},
		{"lists", "seq", []term.Term{1, 10, 4}, "[1,5,9]"},
		{"lists", "seq", []term.Term{10, 1, -4}, "[10,6,2]"},
		{"lists", "seq", []term.Term{1, 0, 2}, "[]"},
		{"string", "copies", []term.Term{str("a"), huge}, "system_limit"},
		{"string", "copies", []term.Term{str("abcdefgh"), 1 << 25}, "system_limit"},
		{"string", "copies", []term.Term{str("ab"), 2}, `[97,98,97,98]`},
		{"string", "pad", []term.Term{str("a"), huge}, "system_limit"},
		{"string", "pad", []term.Term{str("a"), -huge}, `[[97]]`},
		{"string", "left", []term.Term{str("a"), huge}, "system_limit"},
		{"string", "centre", []term.Term{str("a"), huge, int('x')}, "system_limit"},
		{"string", "chars", []term.Term{int('a'), huge}, "system_limit"},
		{"lists", "flatten", []term.Term{duplicateOf(100000, duplicateOf(100000, 1))}, "system_limit"},
		{"lists", "flatten", []term.Term{term.List{1, term.List{2, term.List{}, term.List{3}}, 4}}, "[1,2,3,4]"},
		{"lists", "flatten", []term.Term{term.List{term.List{1}}, term.List{5}}, "[1,5]"},
		{"lists", "append", []term.Term{duplicateOf(100000, duplicateOf(100000, 1))}, "system_limit"},
		{"lists", "append", []term.Term{term.List{term.List{1}, term.List{}, term.List{2, 3}, term.Atom("t")}}, "[1,2,3|t]"},
		{"lists", "append", []term.Term{term.List{}}, "[]"},
		{"string", "chars", []term.Term{int('a'), 2, str("b")}, "[97,97,98]"},
		{"binary", "copy", []term.Term{term.Binary{1}, huge}, "system_limit"},
		{"binary", "copy", []term.Term{term.Binary{1, 2}, 2}, "<<1,2,1,2>>"},
		{"binary", "copy", []term.Term{term.Binary{1}, -1}, "badarg"},
		{"binary", "copy", []term.Term{term.Binary{7}}, "<<7>>"},
		{"binary", "bin_to_list", []term.Term{term.Binary(make([]byte, 1<<26+1))}, "system_limit"},
		{"binary", "list_to_bin", []term.Term{duplicateOf(2000, big)}, "system_limit"},
		{"erlang", "make_tuple", []term.Term{huge, term.Atom("a")}, "badarg"},
		{"erlang", "make_tuple", []term.Term{2, term.Atom("a")}, "{a,a}"},
		{"erlang", "list_to_binary", []term.Term{term.List{big, term.List{big, 1}, duplicateOf(2000, big)}}, "system_limit"},
		{"erlang", "iolist_to_binary", []term.Term{duplicateOf(2000, big)}, "system_limit"},
		{"erlang", "list_to_binary", []term.Term{term.List{term.Binary{1}, term.List{2, term.Binary{3}}}}, "<<1,2,3>>"},
		{"io", "format", []term.Term{str("~*c~n"), term.List{huge, int('a')}}, "system_limit"},
		{"io", "format", []term.Term{str("~.*c~n"), term.List{huge, int('a')}}, "system_limit"},
		{"io", "format", []term.Term{str("~1099511627776s~n"), term.List{str("a")}}, "system_limit"},
		{"io_lib", "format", []term.Term{str("~*c"), term.List{huge, int('a')}}, "system_limit"},
		{"io_lib", "format", []term.Term{str("~3c"), term.List{int('a')}}, `[[97,97,97]]`},
	}
	for _, tc := range tests {
		exc, _ := runIn(t, func(d *Dispatcher, p *process.Proc) {
			got := term.Sprint(d.CallMFA(p, term.Atom(tc.mod), term.Atom(tc.fun), tc.args))
			if got != tc.want {
				t.Errorf("%s:%s%s = %s, want %s", tc.mod, tc.fun, term.Sprint(term.List(tc.args)), got, tc.want)
			}
		})
		if exc != nil && term.Sprint(exc.Reason) != tc.want {
			t.Errorf("%s:%s/%d raised %s, want %s", tc.mod, tc.fun, len(tc.args), term.Sprint(exc.Reason), tc.want)
		}
	}
}

// TestAllocationBudgetIsTheDispatchers: a dispatcher's budget is its own;
// a smaller one refuses what the default allows.
func TestAllocationBudgetIsTheDispatchers(t *testing.T) {
	exc, _ := runIn(t, func(d *Dispatcher, p *process.Proc) {
		if n := len(d.CallMFA(p, "lists", "duplicate", []term.Term{1000, term.Atom("a")}).(term.List)); n != 1000 {
			t.Errorf("default budget: %d elements", n)
		}
		d.SetLimits(term.Limits{MaxAlloc: 1000})
		d.CallMFA(p, "lists", "duplicate", []term.Term{1000, term.Atom("a")})
		t.Error("lists:duplicate(1000, a) passed a 1000-byte budget")
	})
	if exc == nil || exc.Reason != atomSystemLimit {
		t.Errorf("raised %v, want system_limit", exc)
	}
}

func duplicateOf(n int, x term.Term) term.List {
	l := make(term.List, n)
	for i := range l {
		l[i] = x
	}
	return l
}

// TestDeepTerms: BIFs given a list nested a million deep (what
// lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 1000000)) builds at
// the prompt) answer or raise system_limit; none overflows the Go stack.
func TestDeepTerms(t *testing.T) {
	var deep term.Term = term.List{}
	for i := 0; i < 1000000; i++ {
		deep = term.List{deep}
	}
	tests := []struct {
		mod, fun string
		args     []term.Term
		want     string
	}{
		{"io_lib", "write", []term.Term{deep}, "system_limit"},
		{"io_lib", "format", []term.Term{str("~w"), term.List{deep}}, "system_limit"},
		{"unicode", "characters_to_list", []term.Term{deep}, "system_limit"},
		{"unicode", "characters_to_binary", []term.Term{deep}, "system_limit"},
		{"erlang", "iolist_to_binary", []term.Term{deep}, "<<>>"},
		{"erlang", "iolist_size", []term.Term{deep}, "0"},
		{"erlang", "length", []term.Term{deep}, "1"},
		{"lists", "flatten", []term.Term{deep}, "[]"},
		{"erlang", "term_to_binary", []term.Term{term.List{}}, "<<131,106>>"},
	}
	for _, tc := range tests {
		exc, _ := runIn(t, func(d *Dispatcher, p *process.Proc) {
			got := term.Sprint(d.CallMFA(p, term.Atom(tc.mod), term.Atom(tc.fun), tc.args))
			if got != tc.want {
				t.Errorf("%s:%s/%d = %.80s, want %s", tc.mod, tc.fun, len(tc.args), got, tc.want)
			}
		})
		if exc != nil && term.Sprint(exc.Reason) != tc.want {
			t.Errorf("%s:%s/%d raised %s, want %s", tc.mod, tc.fun, len(tc.args), term.Sprint(exc.Reason), tc.want)
		}
	}
	// io:format's ~p lays the term out with indentation counted, not
	// built per level (a string per level was quadratic).
	exc, out := runIn(t, func(d *Dispatcher, p *process.Proc) {
		d.CallMFA(p, "io", "format", []term.Term{str("~p~n"), term.List{term.Tuple{term.Atom("a"), deep}}})
	})
	if exc != nil || len(out) < 2000000 {
		t.Errorf("io:format ~p of a deep list: %v, %d bytes", exc, len(out))
	}
}
