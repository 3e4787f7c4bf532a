package process

import (
	"testing"
	"time"

	"goerl/term"
)

func TestSendReceiveFIFO(t *testing.T) {
	rt := New(Options{})
	got := make(chan []term.Term, 1)
	p, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		var msgs []term.Term
		for i := 0; i < 5; i++ {
			m, _ := p.Receive(anyMsg, -1)
			msgs = append(msgs, m)
		}
		got <- msgs
	})
	for i := 0; i < 5; i++ {
		rt.Send(nil, p.Pid(), i)
	}
	msgs := waitValue(t, got)
	for i, m := range msgs {
		if m != i {
			t.Fatalf("message %d = %v, want %d", i, m, i)
		}
	}
}

func TestSelectiveReceive(t *testing.T) {
	tests := []struct {
		name    string
		queued  []term.Term
		want    term.Term
		left    []term.Term
		timeout time.Duration
	}{
		{"first match", []term.Term{term.Atom("a"), term.Atom("b"), term.Atom("b")}, term.Atom("b"), []term.Term{term.Atom("a"), term.Atom("b")}, 0},
		{"head match", []term.Term{term.Atom("b"), term.Atom("a")}, term.Atom("b"), []term.Term{term.Atom("a")}, 0},
		{"tail match", []term.Term{term.Atom("a"), term.Atom("c"), term.Atom("b")}, term.Atom("b"), []term.Term{term.Atom("a"), term.Atom("c")}, 0},
		{"no match", []term.Term{term.Atom("a"), term.Atom("c")}, nil, []term.Term{term.Atom("a"), term.Atom("c")}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{})
			start := make(chan struct{})
			type result struct {
				got  term.Term
				ok   bool
				left []term.Term
			}
			done := make(chan result, 1)
			p, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
				p.Await(start)
				got, ok := p.Receive(exact(term.Atom("b")), tc.timeout)
				done <- result{got, ok, p.Mailbox()}
			})
			for _, m := range tc.queued {
				rt.Send(nil, p.Pid(), m)
			}
			close(start)
			r := waitValue(t, done)
			if r.ok != (tc.want != nil) || (tc.want != nil && !sameTerm(r.got, tc.want)) {
				t.Fatalf("got %v,%v want %v", r.got, r.ok, tc.want)
			}
			if !sameTerm(term.List(r.left), term.List(tc.left)) {
				t.Fatalf("left %v, want %v", r.left, tc.left)
			}
		})
	}
}

// A waiting Receive looks only at messages that arrive after the ones it
// rejected, and still finds a match that arrives later.
func TestReceiveDoesNotRescan(t *testing.T) {
	rt := New(Options{})
	calls := map[term.Term]int{}
	done := make(chan term.Term, 1)
	p, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		m, _ := p.Receive(func(m term.Term) (any, bool) {
			calls[m]++
			return m, m == term.Atom("want")
		}, -1)
		done <- m
	})
	rt.Send(nil, p.Pid(), term.Atom("x"))
	settle(t, rt)
	rt.Send(nil, p.Pid(), term.Atom("y"))
	settle(t, rt)
	rt.Send(nil, p.Pid(), term.Atom("want"))
	if m := waitValue(t, done); m != term.Atom("want") {
		t.Fatalf("got %v", m)
	}
	for _, m := range []term.Atom{"x", "y", "want"} {
		if calls[m] != 1 {
			t.Errorf("match called %d times on %v, want 1", calls[m], m)
		}
	}
}

func TestSendErrors(t *testing.T) {
	rt := New(Options{})
	tests := []struct {
		name   string
		dest   term.Term
		panics bool
	}{
		{"unregistered name", term.Atom("nobody"), true},
		{"not a pid", 42, true},
		{"dead pid", term.Pid{ID: 9999}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				r := recover()
				x, ok := r.(*term.Exception)
				if tc.panics != (r != nil) || (r != nil && (!ok || x.Reason != term.Atom("badarg"))) {
					t.Fatalf("recovered %v, want badarg: %v", r, tc.panics)
				}
			}()
			rt.Send(nil, tc.dest, term.Atom("hi"))
		})
	}
}

func TestReceiveTimeoutRealClock(t *testing.T) {
	rt := New(Options{})
	done := make(chan bool, 1)
	rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		_, ok := p.Receive(anyMsg, 20*time.Millisecond)
		done <- ok
	})
	if waitValue(t, done) {
		t.Fatal("Receive on an empty mailbox did not time out")
	}
}

func TestMailboxSnapshot(t *testing.T) {
	rt := New(Options{})
	p, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) { p.Receive(exact(term.Atom("stop")), -1) })
	rt.Send(nil, p.Pid(), 1)
	rt.Send(nil, p.Pid(), 2)
	settle(t, rt)
	if got := p.Mailbox(); !sameTerm(term.List(got), term.List{1, 2}) {
		t.Fatalf("mailbox %v", got)
	}
	info, ok := rt.Info(p.Pid())
	if !ok || info.MessageQueueLen != 2 || info.Status != "waiting" {
		t.Fatalf("info %+v %v", info, ok)
	}
	rt.Send(nil, p.Pid(), term.Atom("stop"))
}

// A process that sent a message yields before blocking in Receive (it
// expects a reply); once it blocks it is no longer exchanging, and the
// runtime still sees it settle. Either way it gets its messages.
func TestExchangeYieldsThenBlocks(t *testing.T) {
	tests := []struct {
		name      string
		sendFirst bool
	}{
		{"waiter parks at once", false},
		{"sender yields first", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := New(Options{})
			sink, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) { p.Receive(exact(term.Atom("never")), -1) })
			marked := make(chan bool, 1)
			got := make(chan term.Term, 1)
			p, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
				if tt.sendFirst {
					rt.Send(p, sink.Pid(), term.Atom("hello"))
				}
				marked <- p.exchanging.Load()
				m, _ := p.Receive(anyMsg, -1)
				got <- m
			})
			if m := waitValue(t, marked); m != tt.sendFirst {
				t.Fatalf("exchanging after send = %v, want %v", m, tt.sendFirst)
			}
			if !rt.Settle(0, testWait) {
				t.Fatal("did not settle")
			}
			if p.exchanging.Load() {
				t.Error("still exchanging after blocking")
			}
			rt.Send(nil, p.Pid(), term.Atom("reply"))
			if m := waitValue(t, got); m != term.Atom("reply") {
				t.Errorf("received %v", m)
			}
		})
	}
}
