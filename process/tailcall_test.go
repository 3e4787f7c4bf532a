package process

import (
	"testing"

	"goerl/term"
)

func TestTailCallKeepsProcess(t *testing.T) {
	rt := New(Options{})
	oldTag, newTag := rt.NewCodeTag("m(old)"), rt.NewCodeTag("m(new)")
	type result struct {
		self, current *Proc
		msg           term.Term
		oldDeferRan   bool
	}
	results := make(chan result, 1)
	oldDefer := make(chan bool, 1)
	parent := make(chan *Proc, 1)
	var linkedTo term.Pid
	watcher, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		p.TrapExit(true)
		child, _ := rt.Spawn(p, SpawnOptions{Link: true, Code: oldTag}, func(p *Proc) {
			defer func() { oldDefer <- rt.Exiting() }()
			p.EnterCode(oldTag)
			p.Receive(exact(term.Atom("switch")), -1)
			p.TailCall(func(q *Proc) {
				q.EnterCode(newTag)
				m, _ := q.Receive(anyMsg, -1)
				results <- result{q, rt.Current(), m, <-oldDefer}
				term.Raise("exit", term.Atom("done"))
			})
			t.Error("TailCall returned")
		})
		parent <- child
		p.Receive(anyMsg, -1)
	})
	child := waitValue(t, parent)
	linkedTo = watcher.Pid()
	rt.Send(nil, child.Pid(), term.Atom("queued_first"))
	rt.Send(nil, child.Pid(), term.Atom("switch"))
	r := waitValue(t, results)
	if r.self != child || r.current != child {
		t.Fatal("the continuation is another process")
	}
	if r.msg != term.Atom("queued_first") {
		t.Fatalf("mailbox lost: got %v", r.msg)
	}
	if !r.oldDeferRan {
		t.Fatal("old goroutine's defer did not see it was exiting")
	}
	settle(t, rt)
	if rt.IsAlive(child.Pid()) {
		t.Fatal("child still alive")
	}
	if got := watcher.Mailbox(); len(got) != 0 {
		t.Fatalf("watcher got %v before reading", got)
	}
	_ = linkedTo
}

func TestTailCallCodeStack(t *testing.T) {
	rt := New(Options{})
	oldTag, newTag := rt.NewCodeTag("old"), rt.NewCodeTag("new")
	stacks := make(chan []*CodeTag, 1)
	p, _ := rt.Spawn(nil, SpawnOptions{Code: oldTag}, func(p *Proc) {
		leave := p.EnterCode(oldTag)
		defer leave() // runs on the abandoned goroutine: must not pop the new stack
		p.TailCall(func(q *Proc) {
			q.EnterCode(newTag)
			q.Receive(anyMsg, -1)
			stacks <- q.CodeStack()
			q.Receive(anyMsg, -1)
		})
	})
	settle(t, rt)
	if h := rt.Holders(oldTag); len(h) != 0 {
		t.Fatalf("old tag still held by %v", h)
	}
	if !rt.HoldsCode(p.Pid(), newTag) || rt.HoldsCode(p.Pid(), oldTag) {
		t.Fatal("HoldsCode after tail call")
	}
	rt.Send(nil, p.Pid(), 1)
	if s := waitValue(t, stacks); len(s) != 1 || s[0] != newTag {
		t.Fatalf("code stack %v", s)
	}
	rt.Kill(p.Pid())
	settle(t, rt)
	if h := rt.Holders(newTag); len(h) != 0 {
		t.Fatalf("dead process still holds %v", h)
	}
}

// A kill that arrives while the process is handing over to its new
// goroutine still kills it, before the continuation runs.
func TestTailCallPendingKill(t *testing.T) {
	rt := New(Options{})
	gate := make(chan struct{})
	ran := make(chan struct{}, 1)
	p, exit := watched(rt, nil, SpawnOptions{}, func(p *Proc) {
		<-gate // a plain channel: the kill cannot wake or end us here
		p.TailCall(func(*Proc) { ran <- struct{}{} })
	})
	rt.Kill(p.Pid())
	close(gate)
	if got := waitReason(t, exit); got != term.Atom("killed") {
		t.Fatalf("reason %v", got)
	}
	if len(ran) != 0 {
		t.Fatal("continuation ran despite the kill")
	}
}
