package eval

import (
	"testing"
	"time"

	"goerl/process"
	"goerl/syntax"
	"goerl/term"
)

// smallStack is a stack guard limit far below what the loops below need
// without tail calls (each nested shell fun call costs a few KiB of Go
// stack), so reaching it shows that a loop grows the stack.
const smallStack = 256 << 10

// bigStack lets 100,000 nested shell fun calls (about 2 KiB of Go stack
// each) run; the default guard stops them at about 35,000.
const bigStack = 768 << 20

// runLimited evaluates text in a fresh process of a runtime whose stack
// guard fires at maxStack. It returns the last result, or "exit: Reason"
// when the process died (the stack guard ends it with system_limit).
func runLimited(t *testing.T, maxStack int, text string) string {
	t.Helper()
	rt := process.New(process.Options{MaxStack: maxStack})
	done := make(chan string, 2)
	onExit := func(reason term.Term) { done <- "exit: " + term.Sprint(reason) }
	rt.Spawn(nil, process.SpawnOptions{OnExit: onExit}, func(p *process.Proc) {
		s := newSession(t)
		s.p = p
		done <- s.run(text)
	})
	select {
	case out := <-done:
		return out
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: timed out", text)
		return ""
	}
}

func TestTailCallsRunInConstantStack(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"self call counts to a million",
			"fun F(0) -> done; F(N) -> F(N - 1) end(1000000).", "done"},
		{"through case",
			"fun F(N) -> case N of 0 -> done; _ -> F(N - 1) end end(20000).", "done"},
		{"through if",
			"fun F(N) -> if N =:= 0 -> done; true -> F(N - 1) end end(20000).", "done"},
		{"through begin",
			"fun F(0) -> done; F(N) -> begin X = N - 1, F(X) end end(20000).", "done"},
		{"through receive after",
			"fun F(0) -> done; F(N) -> receive never -> no after 0 -> F(N - 1) end end(20000).", "done"},
		{"through receive clause",
			"P = self(), fun F(0) -> done; F(N) -> P ! N, receive N -> F(N - 1) end end(20000).", "done"},
		{"through try of",
			"fun F(0) -> done; F(N) -> try N - 1 of M -> F(M) catch _:_ -> failed end end(20000).", "done"},
		{"through try catch",
			"fun F(0) -> done; F(N) -> try throw(N - 1) catch throw:M -> F(M) end end(20000).", "done"},
		{"through a fun in a variable",
			"G = fun(_, 0) -> done; (Self, N) -> Self(Self, N - 1) end, G(G, 20000).", "done"},
		{"mutual recursion",
			"Even = fun(_, _, 0) -> even; (E, O, N) -> O(E, O, N - 1) end, " +
				"Odd = fun(_, _, 0) -> odd; (E, O, N) -> E(E, O, N - 1) end, Even(Even, Odd, 20001).", "odd"},
		{"through an expression giving a fun",
			"fun F(0) -> done; F(N) -> (erlang:element(1, {F}))(N - 1) end(20000).", "done"},
		{"tail-called fun's function_clause still raised",
			"G = fun(a) -> a end, fun F(0) -> G(b); F(N) -> F(N - 1) end(20000).", "error: function_clause"},
		{"tail-called fun's badarity still raised",
			"G = fun(a) -> a end, fun F(0) -> G(); F(N) -> F(N - 1) end(20000).",
			"error: {badarity,{#Fun<erl_eval.42.3316493>,[]}}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runLimited(t, smallStack, tt.in); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestNonTailCallsKeepTheirFrames checks the positions that are not tail
// positions: the call's frame must stay because something still has to
// happen after it returns.
func TestNonTailCallsKeepTheirFrames(t *testing.T) {
	tests := []struct {
		name     string
		maxStack int
		in, want string
	}{
		{"body recursion works when the stack allows", bigStack,
			"fun F(0) -> 0; F(N) -> 1 + F(N - 1) end(100000).", "100000"},
		{"body recursion hits the stack guard", smallStack,
			"fun F(0) -> 0; F(N) -> 1 + F(N - 1) end(100000).", "exit: {system_limit,[]}"},
		{"a call in the protected part of try is caught by that try", 0,
			"fun F(0) -> throw(bottom); F(N) -> try F(N - 1) catch throw:bottom -> {caught, N} end end(5).",
			"{caught,1}"},
		{"a call in the protected part of try keeps its frame", smallStack,
			"fun F(0) -> done; F(N) -> try F(N - 1) catch _:_ -> failed end end(100000).",
			"exit: {system_limit,[]}"},
		// With an after section the callee runs before the after code:
		// innermost first.
		{"try with after runs after code when the call returns", 0,
			"fun F(0) -> ok; F(N) -> try ok of ok -> F(N - 1) after self() ! N end end(3), " +
				"[receive X -> X end || _ <- [1, 2, 3]].", "[1,2,3]"},
		{"catch keeps its frame", 0,
			"fun F(0) -> throw(bottom); F(N) -> catch F(N - 1) end(3).", "bottom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runLimited(t, tt.maxStack, tt.in); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// shellFun evaluates src, a command giving a shell fun, outside any
// process.
func shellFunOf(t *testing.T, src string) *term.Fun {
	t.Helper()
	exprs, err := syntax.ParseForm(src)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := New(fakeEnv{}).Eval(nil, exprs, NewBindings())
	f, ok := v.(*term.Fun)
	if !ok {
		t.Fatalf("%s gave %s, not a fun", src, term.Sprint(v))
	}
	return f
}

// TestReceiveLoopServesManyMessages runs the classic server loop written
// in the shell as a process, as spawn(fun() -> Loop(0) end) does, and
// feeds it more messages than its stack could take if each iteration
// kept a frame.
func TestReceiveLoopServesManyMessages(t *testing.T) {
	const messages = 100000
	loop := shellFunOf(t, "fun L(N) -> receive {add, X} -> L(N + X); {get, P} -> P ! N, L(N); stop -> ok end end.")
	rt := process.New(process.Options{MaxStack: smallStack})
	exits := make(chan term.Term, 1)
	server, _ := rt.Spawn(nil, process.SpawnOptions{OnExit: func(r term.Term) { exits <- r }}, func(p *process.Proc) {
		CallFun(p, loop, []term.Term{0})
	})
	sums := make(chan term.Term, 1)
	rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
		for i := 0; i < messages; i++ {
			rt.Send(p, server.Pid(), term.Tuple{term.Atom("add"), 1})
		}
		rt.Send(p, server.Pid(), term.Tuple{term.Atom("get"), p.Pid()})
		sum, _ := p.Receive(func(m term.Term) (any, bool) { return m, true }, -1)
		sums <- sum
		rt.Send(p, server.Pid(), term.Atom("stop"))
	})
	timeout := time.After(30 * time.Second)
	select {
	case sum := <-sums:
		if !term.Equal(sum, messages) {
			t.Errorf("sum: got %s, want %d", term.Sprint(sum), messages)
		}
	case r := <-exits:
		t.Fatalf("server died before answering: %s", term.Sprint(r))
	case <-timeout:
		t.Fatal("timed out waiting for the sum")
	}
	select {
	case r := <-exits:
		if r != term.Atom("normal") {
			t.Errorf("server exit reason: got %s, want normal", term.Sprint(r))
		}
	case <-timeout:
		t.Fatal("timed out waiting for the server to stop")
	}
}
