package process

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"goerl/term"
)

// eventLog records what processes do, with the virtual time, in order.
type eventLog struct {
	mu     sync.Mutex
	events []string
}

func (l *eventLog) add(rt *Runtime, what string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, fmt.Sprintf("%s@%v", what, rt.Now().Sub(DefaultEpoch)))
}

func (l *eventLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.events, " ")
}

func TestVirtualSleepOfDriverIsInstant(t *testing.T) {
	rt := New(Options{VirtualTime: true})
	start := time.Now()
	_, exit := watched(rt, nil, SpawnOptions{DrivesClock: true}, func(p *Proc) { p.Sleep(time.Hour) })
	waitReason(t, exit)
	// Generous, so that a loaded machine never fails it: an hour of
	// virtual sleep is far beyond it.
	if real := time.Since(start); real > 30*time.Second {
		t.Fatalf("a 1 h virtual sleep took %v of real time", real)
	}
	if got := rt.Now().Sub(DefaultEpoch); got != time.Hour {
		t.Fatalf("clock moved %v, want 1h", got)
	}
}

// The evaluator waiting 1 s lets earlier timers of other processes fire
// first, in deadline order, the same way on every run.
func TestVirtualTimerOrderIsDeterministic(t *testing.T) {
	var first string
	for run := 0; run < 20; run++ {
		rt := New(Options{VirtualTime: true})
		var log eventLog
		for _, d := range []int{300, 100, 200, 100} {
			d := d
			rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
				p.Sleep(time.Duration(d) * time.Millisecond)
				log.add(rt, fmt.Sprintf("slept%d", d))
			})
		}
		rt.SendAfter(150*time.Millisecond, term.Atom("evaluator"), term.Atom("tick"))
		_, exit := watched(rt, nil, SpawnOptions{DrivesClock: true}, func(p *Proc) {
			rt.Register("evaluator", p.Pid())
			if m, ok := p.Receive(exact(term.Atom("never")), time.Second); ok {
				t.Errorf("got %v", m)
			}
			log.add(rt, "timeout")
			m, _ := p.Receive(anyMsg, 0)
			log.add(rt, term.Sprint(m))
		})
		waitReason(t, exit)
		got := log.String()
		want := "slept100@100ms slept100@100ms slept200@200ms slept300@300ms timeout@1s tick@1s"
		if got != want {
			t.Fatalf("run %d: %s\nwant   %s", run, got, want)
		}
		if run == 0 {
			first = got
		} else if got != first {
			t.Fatalf("run %d differs: %s vs %s", run, got, first)
		}
	}
}

func TestVirtualClockDoesNotRunAway(t *testing.T) {
	rt := New(Options{VirtualTime: true})
	var mu sync.Mutex
	ticks := 0
	ticker, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		for {
			p.Sleep(100 * time.Millisecond)
			mu.Lock()
			ticks++
			mu.Unlock()
		}
	})
	settle(t, rt) // horizon 0: nothing may fire
	if rt.Now() != DefaultEpoch || ticks != 0 {
		t.Fatalf("clock moved to %v with %d ticks without a driver", rt.Now().Sub(DefaultEpoch), ticks)
	}
	if !rt.Settle(time.Second, testWait) {
		t.Fatal("did not settle")
	}
	mu.Lock()
	defer mu.Unlock()
	if ticks != 10 || rt.Now().Sub(DefaultEpoch) != time.Second {
		t.Fatalf("%d ticks, clock %v; want 10 ticks at 1s", ticks, rt.Now().Sub(DefaultEpoch))
	}
	rt.Kill(ticker.Pid())
}

func TestSendAfterAndCancel(t *testing.T) {
	rt := New(Options{VirtualTime: true})
	p, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		for {
			p.Receive(exact(term.Atom("stop")), -1)
		}
	})
	keep := rt.SendAfter(500*time.Millisecond, p.Pid(), term.Atom("kept"))
	drop := rt.SendAfter(200*time.Millisecond, p.Pid(), term.Atom("dropped"))
	if left, ok := rt.CancelTimer(drop); !ok || left != 200*time.Millisecond {
		t.Fatalf("cancel = %v %v", left, ok)
	}
	if _, ok := rt.CancelTimer(drop); ok {
		t.Fatal("cancelled twice")
	}
	if !rt.Settle(time.Second, testWait) {
		t.Fatal("did not settle")
	}
	if got := p.Mailbox(); len(got) != 1 || got[0] != term.Atom("kept") {
		t.Fatalf("mailbox %v", got)
	}
	if _, ok := rt.CancelTimer(keep); ok {
		t.Fatal("cancelled a fired timer")
	}
}

func TestSettle(t *testing.T) {
	tests := []struct {
		name    string
		virtual bool
		body    func(rt *Runtime) func(p *Proc)
		want    bool
	}{
		{"receive is idle", false, func(*Runtime) func(*Proc) { return func(p *Proc) { p.Receive(anyMsg, -1) } }, true},
		{"sleep is idle in real time", false, func(*Runtime) func(*Proc) { return func(p *Proc) { p.Sleep(time.Hour) } }, true},
		{"await is idle", true, func(*Runtime) func(*Proc) { return func(p *Proc) { p.Await(make(chan struct{})) } }, true},
		{"busy loop never settles", true, func(rt *Runtime) func(*Proc) {
			return func(*Proc) {
				for {
					rt.Check()
				}
			}
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{VirtualTime: tc.virtual})
			p, exit := watched(rt, nil, SpawnOptions{}, tc.body(rt))
			// Settle reports false when its real timeout runs out, so a
			// true result is itself the proof that it did not time out.
			if got := rt.Settle(time.Hour, 100*time.Millisecond); got != tc.want {
				t.Fatalf("Settle = %v", got)
			}
			rt.Kill(p.Pid())
			waitReason(t, exit)
		})
	}
}

// A chain of messages between processes settles only when the last one
// is handled.
func TestSettleWaitsForMessageChains(t *testing.T) {
	rt := New(Options{})
	var count sync.WaitGroup
	const hops = 200
	count.Add(hops)
	procs := make([]*Proc, hops)
	for i := hops - 1; i >= 0; i-- {
		i := i
		procs[i], _ = rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
			m, _ := p.Receive(anyMsg, -1)
			count.Done()
			if i+1 < hops {
				rt.Send(p, procs[i+1].Pid(), m)
			}
		})
	}
	settle(t, rt)
	rt.Send(nil, procs[0].Pid(), term.Atom("go"))
	settle(t, rt)
	if n := len(rt.Processes()); n != 0 {
		t.Fatalf("%d processes still alive after settling", n)
	}
}

// A value handed over a channel after MarkRunnable is processed before
// Settle returns.
func TestSettleAfterMarkRunnable(t *testing.T) {
	rt := New(Options{VirtualTime: true})
	forms := make(chan struct{})
	var mu sync.Mutex
	handled := 0
	p, _ := rt.Spawn(nil, SpawnOptions{DrivesClock: true}, func(p *Proc) {
		for p.Await(forms) {
			p.Sleep(time.Second) // instant: the evaluator drives the clock
			mu.Lock()
			handled++
			mu.Unlock()
		}
	})
	for i := 1; i <= 50; i++ {
		settle(t, rt)
		p.MarkRunnable()
		forms <- struct{}{}
		settle(t, rt)
		mu.Lock()
		n := handled
		mu.Unlock()
		if n != i {
			t.Fatalf("after %d forms %d were handled when Settle returned", i, n)
		}
	}
	if got := rt.Now().Sub(DefaultEpoch); got != 50*time.Second {
		t.Fatalf("clock %v, want 50s", got)
	}
	close(forms)
}

func TestVirtualDriverFallsBackToRealTimeWhenBusy(t *testing.T) {
	rt := New(Options{VirtualTime: true})
	spinner, _ := rt.Spawn(nil, SpawnOptions{}, func(*Proc) {
		for {
			rt.Check()
		}
	})
	var log eventLog
	rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		p.Sleep(10 * time.Millisecond)
		log.add(rt, "other")
	})
	start := time.Now()
	_, exit := watched(rt, nil, SpawnOptions{DrivesClock: true}, func(p *Proc) {
		p.Sleep(30 * time.Millisecond)
		log.add(rt, "driver")
	})
	waitReason(t, exit)
	if real := time.Since(start); real < 30*time.Millisecond {
		t.Fatalf("fell back after %v, before the wait's real duration", real)
	}
	rt.Kill(spinner.Pid())
	settle(t, rt)
	// Both timers fired, in one go; the processes then ran concurrently.
	if got := log.String(); !strings.Contains(got, "other@30ms") || !strings.Contains(got, "driver@30ms") {
		t.Fatalf("events %s", got)
	}
}

// TestDriverWaitingForTimerMessage: the shell blocked in a receive with no
// timeout, for a message that only a timer sends, must see the clock move.
func TestDriverWaitingForTimerMessage(t *testing.T) {
	rt := New(Options{VirtualTime: true})
	got := make(chan term.Term, 1)
	start := rt.Now()
	rt.Spawn(nil, SpawnOptions{DrivesClock: true}, func(p *Proc) {
		rt.SendAfter(time.Hour, p.Pid(), term.Atom("hi"))
		m, _ := p.Receive(func(m term.Term) (any, bool) { return m, true }, -1)
		got <- m
	})
	select {
	case m := <-got:
		if m != term.Atom("hi") {
			t.Fatalf("got %v", m)
		}
		if d := rt.Now().Sub(start); d != time.Hour {
			t.Errorf("clock moved %v, want 1h", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the clock did not advance for a driver blocked in receive")
	}
}
