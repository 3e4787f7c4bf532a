package builtins

import (
	"testing"

	"goerl/process"
	"goerl/term"
)

func TestRandBIFs(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	runCalls(t, []call{
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
