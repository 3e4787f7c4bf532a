package codeserver

import (
	"testing"

	"goerl/term"
)

// A server that loops by a self tail call, the README's style.
const moduleLoop = `
package loop

import "erl"

func Start() erl.Pid { return erl.Spawn(func() { serve(0) }) }

func serve(n int) {
	msg := erl.Receive()
	if t, ok := msg.(erl.Tuple); ok && len(t) == 2 && t[0] == erl.Atom("get") {
		erl.Send(t[1], n)
	}
	serve(n + 1)
}

// Flood sends n messages to p, looping the same way.
func Flood(p erl.Pid, n int) {
	if n == 0 {
		return
	}
	erl.Send(p, n)
	Flood(p, n-1)
}

// Ask asks p for its count.
func Ask(p erl.Pid) erl.Term {
	erl.Send(p, erl.NewTuple(erl.Atom("get"), erl.Self()))
	m, _ := erl.ReceiveTimeout(30000)
	return m
}

func Sum(n, acc int) int {
	if n == 0 {
		return acc
	}
	return Sum(n-1, acc+n)
}
`

// TestSelfTailCallsRunInConstantStack goes far past the stack guard
// (about 140,000 plain recursive calls): each of these would end the
// process with system_limit if the calls used stack.
func TestSelfTailCallsRunInConstantStack(t *testing.T) {
	w := newWorld(t, map[string]string{"loop": moduleLoop})
	w.compile("loop")
	const n = 300000
	if got := sprint(w.call("loop", "sum", n, 0)); got != "45000150000" {
		t.Fatalf("loop:sum(%d, 0) = %s", n, got)
	}
	const messages = 200000
	pid := w.call("loop", "start").(term.Pid)
	w.call("loop", "flood", pid, messages)
	if got := sprint(w.call("loop", "ask", pid)); got != "200000" {
		t.Fatalf("the server counted %s messages, want %d", got, messages)
	}
}
