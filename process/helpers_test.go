package process

import (
	"testing"
	"time"

	"goerl/term"
)

const testWait = 5 * time.Second

// anyMsg matches every message.
func anyMsg(m term.Term) (any, bool) { return m, true }

// exact matches one message exactly.
func exact(want term.Term) func(term.Term) (any, bool) {
	return func(m term.Term) (any, bool) { return m, term.ExactEqual(m, want) }
}

// watched spawns body and returns a channel that gets its exit reason.
func watched(rt *Runtime, parent *Proc, opts SpawnOptions, body func(p *Proc)) (*Proc, <-chan term.Term) {
	ch := make(chan term.Term, 1)
	opts.OnExit = func(r term.Term) { ch <- r }
	p, _ := rt.Spawn(parent, opts, body)
	return p, ch
}

func waitReason(t testing.TB, ch <-chan term.Term) term.Term {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(testWait):
		t.Fatal("process did not exit")
		return nil
	}
}

func waitValue[T any](t testing.TB, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(testWait):
		t.Fatal("timed out waiting for a value")
		var zero T
		return zero
	}
}

func sameTerm(a, b term.Term) bool { return term.ExactEqual(a, b) }

func settle(t testing.TB, rt *Runtime) {
	t.Helper()
	if !rt.Settle(0, testWait) {
		t.Fatal("runtime did not settle")
	}
}
