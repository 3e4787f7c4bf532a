package process

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"goerl/term"
)

// endings a victim process can have.
type ending int

const (
	endReturn   ending = iota // body returns
	endExit                   // exit(boom)
	endExitKill               // exit(kill) by itself: an ordinary link signal
	endKilled                 // rt.Kill from outside
	endError                  // error(badarith)
	endThrow                  // throw(ball)
)

func endVictim(rt *Runtime, victim *Proc, how ending) {
	switch how {
	case endKilled:
		rt.Kill(victim.Pid())
	default:
		rt.Send(nil, victim.Pid(), int(how))
	}
}

func victimBody(p *Proc) {
	m, _ := p.Receive(anyMsg, -1)
	switch ending(m.(int)) {
	case endExit:
		term.Raise("exit", term.Atom("boom"))
	case endExitKill:
		term.Raise("exit", term.Atom("kill"))
	case endError:
		term.RaiseError(term.Atom("badarith"))
	case endThrow:
		term.Raise("throw", term.Atom("ball"))
	}
}

var (
	victimReasons = map[ending]term.Term{
		endReturn:   term.Atom("normal"),
		endExit:     term.Atom("boom"),
		endExitKill: term.Atom("kill"),
		endKilled:   term.Atom("killed"),
		endError:    term.Tuple{term.Atom("badarith"), term.List{}},
		endThrow:    term.Tuple{term.Tuple{term.Atom("nocatch"), term.Atom("ball")}, term.List{}},
	}
)

func TestLinkMatrix(t *testing.T) {
	tests := []struct {
		name     string
		how      ending
		trapping bool
		dies     bool // the linked watcher dies with the victim's reason
		message  bool // the watcher gets {'EXIT',Victim,Reason}
	}{
		{"normal, not trapping", endReturn, false, false, false},
		{"normal, trapping", endReturn, true, false, true},
		{"exit boom, not trapping", endExit, false, true, false},
		{"exit boom, trapping", endExit, true, false, true},
		{"exit kill is an ordinary link signal", endExitKill, false, true, false},
		{"exit kill, trapping", endExitKill, true, false, true},
		{"killed, not trapping", endKilled, false, true, false},
		{"killed, trapping", endKilled, true, false, true},
		{"error, not trapping", endError, false, true, false},
		{"throw, trapping", endThrow, true, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{})
			victims := make(chan *Proc, 1)
			victimExit := make(chan term.Term, 1)
			msgs := make(chan term.Term, 1)
			watcher, watcherExit := watched(rt, nil, SpawnOptions{}, func(p *Proc) {
				p.TrapExit(tc.trapping)
				v, _ := rt.Spawn(p, SpawnOptions{Link: true, OnExit: func(r term.Term) { victimExit <- r }}, victimBody)
				victims <- v
				m, _ := p.Receive(anyMsg, -1)
				msgs <- m
			})
			victim := waitValue(t, victims)
			endVictim(rt, victim, tc.how)
			reason := victimReasons[tc.how]
			if got := waitReason(t, victimExit); !sameTerm(got, reason) {
				t.Fatalf("victim reason %v, want %v", term.Sprint(got), term.Sprint(reason))
			}
			switch {
			case tc.dies:
				if got := waitReason(t, watcherExit); !sameTerm(got, reason) {
					t.Fatalf("watcher reason %v, want %v", term.Sprint(got), term.Sprint(reason))
				}
			case tc.message:
				want := term.Tuple{term.Atom("EXIT"), victim.Pid(), reason}
				if got := waitValue(t, msgs); !sameTerm(got, want) {
					t.Fatalf("watcher got %v, want %v", term.Sprint(got), term.Sprint(want))
				}
			default:
				settle(t, rt)
				if !rt.IsAlive(watcher.Pid()) || len(msgs) != 0 {
					t.Fatalf("watcher alive=%v msgs=%d, want alive with none", rt.IsAlive(watcher.Pid()), len(msgs))
				}
				rt.Kill(watcher.Pid())
			}
		})
	}
}

func TestExitSignalMatrix(t *testing.T) {
	tests := []struct {
		name     string
		trapping bool
		fromSelf bool
		reason   term.Term
		dies     term.Term // exit reason, or nil if it survives
		message  bool
	}{
		{"normal from other ignored", false, false, term.Atom("normal"), nil, false},
		{"normal from self kills", false, true, term.Atom("normal"), term.Atom("normal"), false},
		{"normal from self trapped", true, true, term.Atom("normal"), nil, true},
		{"normal from other trapped", true, false, term.Atom("normal"), nil, true},
		{"reason kills", false, false, term.Atom("foo"), term.Atom("foo"), false},
		{"reason trapped", true, false, term.Atom("foo"), nil, true},
		{"kill is untrappable", true, false, term.Atom("kill"), term.Atom("killed"), false},
		{"kill from self", false, true, term.Atom("kill"), term.Atom("killed"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{})
			ready := make(chan struct{})
			msgs := make(chan term.Term, 1)
			var sender *Proc
			if !tc.fromSelf {
				sender, _ = rt.Spawn(nil, SpawnOptions{}, func(p *Proc) { p.Receive(anyMsg, -1) })
			}
			target, exit := watched(rt, nil, SpawnOptions{}, func(p *Proc) {
				p.TrapExit(tc.trapping)
				if tc.fromSelf {
					rt.Exit(p, p.Pid(), tc.reason)
				} else {
					close(ready)
				}
				m, _ := p.Receive(anyMsg, -1)
				msgs <- m
			})
			if !tc.fromSelf {
				<-ready
				rt.Exit(sender, target.Pid(), tc.reason)
			}
			from := target.Pid()
			if sender != nil {
				from = sender.Pid()
			}
			switch {
			case tc.dies != nil:
				if got := waitReason(t, exit); !sameTerm(got, tc.dies) {
					t.Fatalf("reason %v, want %v", term.Sprint(got), term.Sprint(tc.dies))
				}
			case tc.message:
				want := term.Tuple{term.Atom("EXIT"), from, tc.reason}
				if got := waitValue(t, msgs); !sameTerm(got, want) {
					t.Fatalf("got %v, want %v", term.Sprint(got), term.Sprint(want))
				}
			default:
				settle(t, rt)
				if !rt.IsAlive(target.Pid()) {
					t.Fatal("target died")
				}
			}
		})
	}
}

func TestMonitors(t *testing.T) {
	for how, reason := range victimReasons {
		rt := New(Options{})
		downs := make(chan term.Term, 1)
		refs := make(chan term.Ref, 1)
		victim, _ := rt.Spawn(nil, SpawnOptions{}, victimBody)
		rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
			refs <- p.Monitor(victim.Pid())
			m, _ := p.Receive(anyMsg, -1)
			downs <- m
		})
		ref := waitValue(t, refs)
		endVictim(rt, victim, how)
		want := term.Tuple{term.Atom("DOWN"), ref, term.Atom("process"), victim.Pid(), reason}
		if got := waitValue(t, downs); !sameTerm(got, want) {
			t.Errorf("%v: got %v, want %v", how, term.Sprint(got), term.Sprint(want))
		}
	}
}

func TestMonitorTargets(t *testing.T) {
	named := term.Tuple{term.Atom("foo"), term.Atom("nonode@nohost")}
	nobody := term.Tuple{term.Atom("nobody"), term.Atom("nonode@nohost")}
	tests := []struct {
		name   string
		target func(victim term.Pid) term.Term
		object func(victim term.Pid) term.Term
		reason term.Term
	}{
		{"live pid", func(v term.Pid) term.Term { return v }, func(v term.Pid) term.Term { return v }, term.Atom("normal")},
		{"registered name names the name", func(term.Pid) term.Term { return term.Atom("foo") }, func(term.Pid) term.Term { return named }, term.Atom("normal")},
		{"dead pid", func(term.Pid) term.Term { return term.Pid{ID: 9999} }, func(term.Pid) term.Term { return term.Pid{ID: 9999} }, term.Atom("noproc")},
		{"unknown name", func(term.Pid) term.Term { return term.Atom("nobody") }, func(term.Pid) term.Term { return nobody }, term.Atom("noproc")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{})
			victim, _ := rt.Spawn(nil, SpawnOptions{}, victimBody)
			if err := rt.Register("foo", victim.Pid()); err != nil {
				t.Fatal(err)
			}
			refs := make(chan term.Ref, 1)
			downs := make(chan term.Term, 1)
			rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
				refs <- p.Monitor(tc.target(victim.Pid()))
				m, _ := p.Receive(anyMsg, -1)
				downs <- m
			})
			ref := waitValue(t, refs)
			endVictim(rt, victim, endReturn)
			want := term.Tuple{term.Atom("DOWN"), ref, term.Atom("process"), tc.object(victim.Pid()), tc.reason}
			if got := waitValue(t, downs); !sameTerm(got, want) {
				t.Fatalf("got %v, want %v", term.Sprint(got), term.Sprint(want))
			}
		})
	}
}

func TestDemonitor(t *testing.T) {
	tests := []struct {
		name       string
		afterDeath bool
		flush      bool
		wantActive bool
		wantQueue  int
	}{
		{"before death", false, false, true, 0},
		{"after death keeps DOWN", true, false, false, 1},
		{"after death with flush", true, true, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{})
			victim, victimExit := watched(rt, nil, SpawnOptions{}, victimBody)
			type res struct {
				active bool
				queue  int
			}
			results := make(chan res, 1)
			proceed := make(chan struct{})
			demonitored := make(chan struct{})
			rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
				ref := p.Monitor(victim.Pid())
				p.Await(proceed)
				active := p.Demonitor(ref, tc.flush)
				demonitored <- struct{}{}
				p.Await(proceed)
				results <- res{active, len(p.Mailbox())}
			})
			settle(t, rt)
			if tc.afterDeath {
				endVictim(rt, victim, endExit)
				waitReason(t, victimExit)
				settle(t, rt)
			}
			proceed <- struct{}{}
			<-demonitored
			if !tc.afterDeath {
				endVictim(rt, victim, endExit)
				waitReason(t, victimExit)
				settle(t, rt)
			}
			close(proceed)
			r := waitValue(t, results)
			if r.active != tc.wantActive || r.queue != tc.wantQueue {
				t.Fatalf("active=%v queue=%d, want %v %d", r.active, r.queue, tc.wantActive, tc.wantQueue)
			}
		})
	}
}

func TestSpawnMonitorAndLinkAtomic(t *testing.T) {
	rt := New(Options{})
	got := make(chan term.Term, 2)
	rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		p.TrapExit(true)
		// The child dies at once: the link and monitor must already be there.
		child, ref := rt.Spawn(p, SpawnOptions{Link: true, Monitor: true}, func(*Proc) { term.Raise("exit", term.Atom("fast")) })
		for i := 0; i < 2; i++ {
			m, _ := p.Receive(anyMsg, -1)
			got <- m
		}
		_ = child
		_ = ref
	})
	seen := map[term.Atom]bool{}
	for i := 0; i < 2; i++ {
		m := waitValue(t, got).(term.Tuple)
		seen[m[0].(term.Atom)] = true
		if m[len(m)-1] != term.Atom("fast") {
			t.Fatalf("reason in %v", term.Sprint(m))
		}
	}
	if !seen["EXIT"] || !seen["DOWN"] {
		t.Fatalf("got %v", seen)
	}
}

func TestLinkNoProc(t *testing.T) {
	tests := []struct {
		trapping bool
		wantErr  error
		wantMsg  bool
	}{{false, ErrNoProc, false}, {true, nil, true}}
	for _, tc := range tests {
		rt := New(Options{})
		type res struct {
			err error
			box []term.Term
		}
		done := make(chan res, 1)
		rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
			p.TrapExit(tc.trapping)
			err := p.Link(term.Pid{ID: 9999})
			done <- res{err, p.Mailbox()}
		})
		r := waitValue(t, done)
		if !errors.Is(r.err, tc.wantErr) || (len(r.box) == 1) != tc.wantMsg {
			t.Fatalf("trapping=%v: err=%v box=%v", tc.trapping, r.err, r.box)
		}
		if tc.wantMsg && !sameTerm(r.box[0], term.Tuple{term.Atom("EXIT"), term.Pid{ID: 9999}, term.Atom("noproc")}) {
			t.Fatalf("message %v", term.Sprint(r.box[0]))
		}
	}
}

func TestUnlinkStopsPropagation(t *testing.T) {
	rt := New(Options{})
	victims := make(chan *Proc, 1)
	watcher, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		v, _ := rt.Spawn(p, SpawnOptions{Link: true}, victimBody)
		p.Unlink(v.Pid())
		victims <- v
		p.Receive(anyMsg, -1)
	})
	v := waitValue(t, victims)
	endVictim(rt, v, endExit)
	settle(t, rt)
	if !rt.IsAlive(watcher.Pid()) {
		t.Fatal("unlinked watcher died")
	}
	if info, _ := rt.Info(watcher.Pid()); len(info.Links) != 0 {
		t.Fatalf("links %v", info.Links)
	}
}

func TestCrashReportAndPanics(t *testing.T) {
	type report struct {
		pid    term.Pid
		reason term.Term
	}
	tests := []struct {
		name   string
		body   func(p *Proc)
		reason term.Term
		crash  bool
	}{
		{"error", func(*Proc) { term.RaiseError(term.Atom("badarith")) }, term.Tuple{term.Atom("badarith"), term.List{}}, true},
		{"throw", func(*Proc) { term.Raise("throw", term.Atom("x")) }, term.Tuple{term.Tuple{term.Atom("nocatch"), term.Atom("x")}, term.List{}}, true},
		{"exit", func(*Proc) { term.Raise("exit", term.Atom("bye")) }, term.Atom("bye"), false},
		{"go panic", func(*Proc) { panic("oops") }, term.Tuple{term.Tuple{term.Atom("go_panic"), term.String("oops")}, term.List{}}, true},
		{"return", func(*Proc) {}, term.Atom("normal"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reports := make(chan report, 1)
			rt := New(Options{CrashReport: func(pid term.Pid, r term.Term, _ time.Time) { reports <- report{pid, r} }})
			p, exit := watched(rt, nil, SpawnOptions{}, tc.body)
			if got := waitReason(t, exit); !sameTerm(got, tc.reason) {
				t.Fatalf("reason %v, want %v", term.Sprint(got), term.Sprint(tc.reason))
			}
			if tc.crash != (len(reports) == 1) {
				t.Fatalf("crash reports %d, want %v", len(reports), tc.crash)
			}
			if tc.crash {
				if r := <-reports; r.pid != p.Pid() || !sameTerm(r.reason, tc.reason) {
					t.Fatalf("report %+v", r)
				}
			}
		})
	}
}

func TestKillBlockedAndBusy(t *testing.T) {
	tests := []struct {
		name string
		body func(rt *Runtime) func(p *Proc)
	}{
		{"blocked in receive", func(*Runtime) func(*Proc) { return func(p *Proc) { p.Receive(anyMsg, -1) } }},
		{"sleeping", func(*Runtime) func(*Proc) { return func(p *Proc) { p.Sleep(time.Hour) } }},
		{"awaiting", func(*Runtime) func(*Proc) { return func(p *Proc) { p.Await(make(chan struct{})) } }},
		{"busy loop calling Check", func(rt *Runtime) func(*Proc) {
			return func(*Proc) {
				for {
					rt.Check()
				}
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := New(Options{})
			p, exit := watched(rt, nil, SpawnOptions{}, tc.body(rt))
			rt.Kill(p.Pid())
			if got := waitReason(t, exit); got != term.Atom("killed") {
				t.Fatalf("reason %v", got)
			}
			if rt.IsAlive(p.Pid()) || len(rt.Processes()) != 0 {
				t.Fatal("still alive")
			}
			if n := rt.pendingKills.Load(); n != 0 {
				t.Fatalf("pendingKills %d after death", n)
			}
		})
	}
}

// A kill ends the goroutine once: deferred functions run in order, and
// Check / Receive inside them do nothing instead of killing again.
func TestGoexitOnceWithDefers(t *testing.T) {
	rt := New(Options{})
	var mu sync.Mutex
	var notes []string
	note := func(s string) { mu.Lock(); notes = append(notes, s); mu.Unlock() }
	started := make(chan struct{})
	p, exit := watched(rt, nil, SpawnOptions{}, func(p *Proc) {
		defer note("outer")
		defer func() {
			rt.Check()
			p.Receive(anyMsg, -1) // must return at once
			note(fmt.Sprint("recover ", recover()))
			if !rt.Exiting() {
				note("not exiting")
			}
		}()
		defer func() { rt.Check(); note("inner") }()
		close(started)
		for {
			rt.Check()
		}
	})
	<-started
	rt.Kill(p.Pid())
	if got := waitReason(t, exit); got != term.Atom("killed") {
		t.Fatalf("reason %v", got)
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{"inner", "recover <nil>", "outer"}
	if len(notes) != len(want) {
		t.Fatalf("notes %q, want %q", notes, want)
	}
	for i := range want {
		if notes[i] != want[i] {
			t.Fatalf("notes %q, want %q", notes, want)
		}
	}
}
