package builtins

import (
	"testing"

	"goerl/process"
	"goerl/term"
)

func TestMiscModules(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	b := func(s string) term.Binary { return term.Binary(s) }
	runCalls(t, []call{
		{"timer", "minutes", []term.Term{2}, "120000"},
		{"timer", "hours", []term.Term{1}, "3600000"},
		{"timer", "hms", []term.Term{1, 1, 1}, "3661000"},
		{"os", "type", nil, "{unix,linux}"},
		{"os", "getenv", []term.Term{str("GOERL_SURELY_UNSET_VARIABLE")}, "false"},
		{"calendar", "local_time", nil, "{{2026,1,1},{12,0,0}}"},
		{"binary", "split", []term.Term{b("a,b,c"), b(",")}, term.Sprint(term.List{b("a"), b("b,c")})},
		{"binary", "split", []term.Term{b("a,b,,c,"), term.List{b(",")}, term.List{a("global"), a("trim_all")}},
			term.Sprint(term.List{b("a"), b("b"), b("c")})},
		{"binary", "part", []term.Term{b("hello"), 1, 3}, term.Sprint(b("ell"))},
		{"io", "get_line", []term.Term{str("x> ")}, "eof"},
		{"rand", "seed", []term.Term{a("exsss"), 42}, "{exsss,42}"},
	})
}

// TestRandIsPerProcessAndRepeatable: the same seed gives the same
// numbers, and the state lives in the process dictionary.
func TestRandIsPerProcessAndRepeatable(t *testing.T) {
	draw := func() (nums []term.Term, seeded term.Term) {
		runIn(t, func(d *Dispatcher, p *process.Proc) {
			d.CallMFA(p, "rand", "seed", []term.Term{term.Atom("exsss"), 7})
			for i := 0; i < 5; i++ {
				nums = append(nums, d.CallMFA(p, "rand", "uniform", []term.Term{100}))
			}
			seeded = d.CallMFA(p, "erlang", "get", []term.Term{randKey})
		})
		return nums, seeded
	}
	first, st := draw()
	second, _ := draw()
	if term.Sprint(term.List(first)) != term.Sprint(term.List(second)) {
		t.Errorf("same seed, different numbers: %v and %v", first, second)
	}
	for _, n := range first {
		if v := n.(int); v < 1 || v > 100 {
			t.Errorf("uniform(100) gave %d", v)
		}
	}
	if tup, ok := st.(term.Tuple); !ok || len(tup) != 2 || tup[0] != term.Atom("exsss") {
		t.Errorf("rand_seed in the dictionary = %v", st)
	}
}
