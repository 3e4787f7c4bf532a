package codeserver

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"goerl/process"
	"goerl/term"
)

// A module whose processes block in Go, own goroutines, and misbehave.
const moduleG = `
package g

import "erl"

func block() { ch := make(chan int); <-ch }

func Recv() erl.Pid { return erl.Spawn(block) }

func Send() erl.Pid { return erl.Spawn(func() { ch := make(chan int); ch <- 1 }) }

func Sel() erl.Pid { return erl.Spawn(func() { select {} }) }

func Range() erl.Pid {
	return erl.Spawn(func() {
		ch := make(chan int)
		for x := range ch {
			_ = x
		}
	})
}

// Busy spawns a process whose goroutines spin and talk over channels.
func Busy() erl.Pid {
	return erl.Spawn(func() {
		ch := make(chan int)
		go func() {
			for {
				ch <- 1
			}
		}()
		for i := 0; i < 3; i++ {
			go spin(i)
		}
		for {
			<-ch
		}
	})
}

func spin(n int) {
	for {
		n++
	}
}

// Crash spawns a process whose goroutine panics once it is told to go
// (so that the test's monitor is in place before it dies).
func Crash() erl.Pid {
	return erl.Spawn(func() {
		erl.Receive()
		go func(s string) { panic(s) }("boom")
		select {}
	})
}

// Reply: a goroutine acts for its process (Self, Send).
func Reply(to erl.Pid) {
	done := make(chan bool)
	go func() {
		erl.Send(to, erl.Tuple{erl.Atom("from"), erl.Self()})
		done <- true
	}()
	<-done
}

// GoTailCall: a goroutine has no process base to continue at. It
// starts when told to go.
func GoTailCall() erl.Pid {
	return erl.Spawn(func() {
		erl.Receive()
		go func() { erl.TailCall("g", "sel") }()
		select {}
	})
}

// GoApply: a goroutine makes fully qualified calls.
func GoApply() int {
	ch := make(chan int)
	go func() {
		r := erl.Apply("g", "double", 21)
		ch <- erl.Int(r)
	}()
	return <-ch
}

func Double(n int) int { return 2 * n }

// GoReceive: a goroutine has no mailbox. It starts when told to go.
func GoReceive() erl.Pid {
	return erl.Spawn(func() {
		erl.Receive()
		go func() { erl.Receive() }()
		select {}
	})
}

// Args: go evaluates function and arguments first.
func Args(to erl.Pid) {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go report(to, i, 10, done)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}

func report(to erl.Pid, i int, k int64, done chan bool) {
	erl.Send(to, i*int(k))
	done <- true
}

// DeferLoop loops forever in a deferred function once killed.
func DeferLoop(to erl.Pid) erl.Pid {
	return erl.Spawn(func() {
		defer func() {
			for {
			}
		}()
		erl.Send(to, erl.Atom("ready"))
		block()
	})
}
`

func TestBlockedProcessesAreKillable(t *testing.T) {
	w := newWorld(t, map[string]string{"g": moduleG})
	w.compile("g")
	for _, fun := range []string{"recv", "send", "sel", "range", "busy"} {
		t.Run(fun, func(t *testing.T) {
			base := runtime.NumGoroutine()
			pid := w.call("g", fun).(term.Pid)
			ref := w.monitor(pid)
			w.rt.Kill(pid)
			w.expectDown(ref, pid, "killed")
			w.waitGoroutines(base)
		})
	}
}

func TestGoroutinesDieWithTheirProcess(t *testing.T) {
	w := newWorld(t, map[string]string{"g": moduleG})
	w.compile("g")
	base := runtime.NumGoroutine()
	pid := w.call("g", "busy").(term.Pid)
	w.waitFor(func() bool { return w.rt.Goroutines(pid) == 4 })
	// A purge kills it, goroutines and all.
	w.compile("g")
	ref := w.monitor(pid)
	if !w.cs.Purge("g") {
		t.Fatal("purge killed nobody")
	}
	w.expectDown(ref, pid, "killed")
	w.waitGoroutines(base)
}

func TestGoroutinePanicIsTheProcessCrash(t *testing.T) {
	w := newWorld(t, map[string]string{"g": moduleG})
	w.compile("g")
	for fun, want := range map[string]string{
		"crash":        `{[98,111,111,109],[]}`,
		"go_receive":   `{not_process_goroutine,[]}`,
		"go_tail_call": `{not_process_goroutine,[]}`,
	} {
		pid := w.call("g", fun).(term.Pid)
		ref := w.monitor(pid)
		w.rt.Send(nil, pid, term.Atom("go"))
		msg := sprint(w.receive())
		if wantMsg := sprint(term.Tuple{term.Atom("DOWN"), ref, term.Atom("process"), pid, term.Atom("X")}); msg != strings.Replace(wantMsg, "'X'", want, 1) {
			t.Errorf("%s: got %s, want reason %s", fun, msg, want)
		}
	}
}

func TestGoroutinesActForTheirProcess(t *testing.T) {
	w := newWorld(t, map[string]string{"g": moduleG})
	w.compile("g")
	self := w.shellPid()
	w.call("g", "reply", self)
	if got, want := sprint(w.receive()), sprint(term.Tuple{term.Atom("from"), self}); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got := sprint(w.call("g", "go_apply")); got != "42" {
		t.Errorf("g:go_apply() = %s, want 42", got)
	}
	w.call("g", "args", self)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += w.receive().(int)
	}
	if sum != 30 {
		t.Errorf("go report(to, i, 10, done) for i = 0, 1, 2 sent a sum of %d, want 30", sum)
	}
}

// TestDeferredLoopIsCutShort: deferred code that never ends cannot keep
// a killed process alive. Each way out is shown with the other one made
// impossible, so the test waits for events, not for a clock.
func TestDeferredLoopIsCutShort(t *testing.T) {
	tests := []struct {
		name     string
		deadline time.Duration
		kills    bool // keep killing until the process is down
	}{
		// A second kill while the deferred loop runs ends it; the deadline
		// is too far away to be what ends it.
		{"second kill", time.Hour, true},
		// One kill: the deadline ends it.
		{"deadline", 50 * time.Millisecond, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorldWith(t, map[string]string{"g": moduleG}, process.Options{ExitDeadline: tt.deadline})
			w.compile("g")
			base := runtime.NumGoroutine()
			pid := w.call("g", "defer_loop", w.shellPid()).(term.Pid)
			ref := w.monitor(pid)
			if m := w.receive(); m != term.Atom("ready") {
				t.Fatalf("got %s, want ready", sprint(m))
			}
			w.rt.Kill(pid)
			stop := make(chan struct{})
			done := make(chan struct{})
			if !tt.kills {
				close(done)
			} else {
				// A kill counts as the second only once the deferred code
				// runs, which the test cannot see: repeat it until the
				// process is gone.
				go func() {
					defer close(done)
					for {
						select {
						case <-stop:
							return
						case <-time.After(10 * time.Millisecond):
							w.rt.Kill(pid)
						}
					}
				}()
			}
			w.expectDownWithin(ref, pid, "killed", 30*time.Second)
			close(stop)
			<-done
			w.waitGoroutines(base)
		})
	}
}

// waitFor waits (30 s at most) until cond holds.
func (w *world) waitFor(cond func() bool) {
	w.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			w.t.Fatal("condition not reached in 30 s")
		}
		time.Sleep(time.Millisecond)
	}
}

// waitGoroutines waits until no more goroutines run than base.
func (w *world) waitGoroutines(base int) {
	w.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			w.t.Fatalf("%d goroutines, want %d:\n%s", runtime.NumGoroutine(), base, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(time.Millisecond)
	}
}

func (w *world) expectDownWithin(ref term.Ref, pid term.Pid, reason string, d time.Duration) {
	w.t.Helper()
	want := sprint(term.Tuple{term.Atom("DOWN"), ref, term.Atom("process"), pid, term.Atom(reason)})
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if m := w.receive(); m != term.Atom("timeout") {
			if got := sprint(m); got != want {
				w.t.Fatalf("got %s, want %s", got, want)
			}
			return
		}
	}
	w.t.Fatalf("no DOWN within %s", d)
}

func TestInitRunsUnderABudget(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"initloop", "package initloop\n\nfunc init() {\n\tfor {\n\t}\n}\n", "initloop.go:4:2:"},
		{"varloop", "package varloop\n\nvar x = f()\n\nfunc f() int {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n", "varloop.go:7:2:"},
		{"initblock", "package initblock\n\nfunc init() {\n\t<-make(chan int)\n}\n", "initblock.go:4:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, map[string]string{tt.name: tt.src})
			w.cs.opts.InitBudget = 100 * time.Millisecond
			diags, _ := w.cs.Compile(tt.name)
			if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), tt.want) || !strings.Contains(diags[0].Msg, "did not finish within 100ms") {
				t.Fatalf("diagnostics %v, want one at %s...: did not finish", diags, tt.want)
			}
		})
	}
}

func TestInitStopsWhenTheLoaderIsKilled(t *testing.T) {
	w := newWorld(t, map[string]string{"initloop": "package initloop\n\nfunc init() {\n\tfor {\n\t}\n}\n"})
	shell := w.shellPid()
	done := make(chan []Diagnostic)
	go func() {
		res, _ := w.shell.do(func(p *process.Proc) term.Term {
			diags, _ := w.cs.Compile("initloop")
			done <- diags
			return nil
		})
		_ = res
	}()
	time.Sleep(20 * time.Millisecond)
	w.rt.Kill(shell)
	select {
	case diags := <-done:
		if len(diags) != 1 || !strings.Contains(diags[0].Msg, "interrupted") {
			t.Fatalf("diagnostics %v, want initialisation interrupted", diags)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("c/1 of an init loop did not stop when its process was killed")
	}
}

const moduleMem = `
package mem

import (
	"erl"
	"strings"
)

var keep [][]byte

func Make(n int) int { return len(make([]byte, n)) }

func MakeCap(n int64) int { return cap(make([]int, 0, n)) }

func Map(n int) int { return len(make(map[int]int, n)) }

func Repeat(n int) int { return len(strings.Repeat("ab", n)) }

// Grow appends until the heap budget stops it.
func Grow() int {
	var s []int
	for {
		s = append(s, 1, 2, 3)
	}
}

// Hoard keeps 1 MiB blocks until the heap budget stops it.
func Hoard() {
	for {
		b := make([]byte, 1<<20)
		keep = append(keep, b)
	}
}

func Forget() { keep = nil }

// Double doubles a string until the heap budget stops it.
func Double() int {
	s := "ab"
	for {
		s += s
	}
}

// Concat grows a string by sums of itself.
func Concat(t string) int {
	for {
		t = t + t + "x"
	}
}

func Spawned(to erl.Pid) erl.Pid {
	return erl.Spawn(func() {
		defer erl.Send(to, erl.Atom("deferred"))
		var s [][]byte
		for {
			s = append(s, make([]byte, 1<<20))
		}
	})
}
`

func TestMemoryBudgets(t *testing.T) {
	w := newWorldWith(t, map[string]string{"mem": moduleMem}, process.Options{MaxAlloc: 32 << 20, MaxHeap: 128 << 20})
	w.compile("mem")
	tests := []struct {
		fun  string
		args []term.Term
		want string // the result, or the reason of the error
	}{
		{"make", []term.Term{1 << 20}, "1048576"},
		{"make", []term.Term{1 << 40}, "system_limit"},
		{"make", []term.Term{-1}, sprint(term.Tuple{term.Atom("go_panic"), term.String("runtime error: makeslice: len out of range")})},
		{"make_cap", []term.Term{1 << 30}, "system_limit"},
		{"map", []term.Term{1 << 30}, "system_limit"},
		{"repeat", []term.Term{1 << 40}, "system_limit"},
		{"repeat", []term.Term{3}, "6"},
		{"grow", nil, "system_limit"},
		{"hoard", nil, "system_limit"},
		{"double", nil, "system_limit"},
		{"concat", []term.Term{term.String("abc")}, "system_limit"},
	}
	for _, tt := range tests {
		res, exc := w.try("mem", tt.fun, tt.args...)
		got := sprint(res)
		if exc != nil {
			got = sprint(exc.Reason)
		}
		if got != tt.want {
			t.Errorf("mem:%s(%v) = %s, want %s", tt.fun, tt.args, got, tt.want)
		}
	}
	w.call("mem", "forget")
	// A process over budget dies with system_limit; its defers run.
	self := w.shellPid()
	pid := w.call("mem", "spawned", self).(term.Pid)
	ref := w.monitor(pid)
	if m := sprint(w.receive()); m != "deferred" {
		t.Fatalf("got %s, want deferred", m)
	}
	// The reason is {system_limit,Stack}, the stack naming the fun.
	want := sprint(term.Tuple{term.Atom("DOWN"), ref, term.Atom("process"), pid, term.Tuple{term.Atom("system_limit"), term.List{}}})
	want = strings.TrimSuffix(want, "]}}") + "{mem,'-spawned/1-fun-0-',0,"
	if got := sprint(w.receive()); !strings.HasPrefix(got, want) {
		t.Fatalf("got %s, want %s", got, want)
	}
}

const moduleBig = `
package bigs

import "math/big"

func Pow(x, y int) int { return new(big.Int).Exp(big.NewInt(int64(x)), big.NewInt(int64(y)), nil).BitLen() }

func ModPow(bits int) int {
	m := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	var z big.Int
	z.Exp(big.NewInt(3), new(big.Int).Sub(m, big.NewInt(3)), m)
	return z.BitLen()
}

func Shift(n int) int { return new(big.Int).Lsh(big.NewInt(1), uint(n)).BitLen() }
`

func TestBigHostWorkIsBounded(t *testing.T) {
	w := newWorld(t, map[string]string{"bigs": moduleBig})
	w.compile("bigs")
	tests := []struct {
		fun  string
		args []term.Term
		want string
	}{
		{"pow", []term.Term{2, 100}, "101"},
		{"pow", []term.Term{3, 100000000}, "system_limit"},
		{"pow", []term.Term{1, 100000000}, "1"},
		{"mod_pow", []term.Term{64}, "64"},
		{"mod_pow", []term.Term{1 << 16}, "system_limit"},
		{"shift", []term.Term{10}, "11"},
		{"shift", []term.Term{1 << 40}, "system_limit"},
	}
	for _, tt := range tests {
		start := time.Now()
		res, exc := w.try("bigs", tt.fun, tt.args...)
		got := sprint(res)
		if exc != nil {
			got = sprint(exc.Reason)
		}
		if got != tt.want {
			t.Errorf("bigs:%s(%v) = %s, want %s", tt.fun, tt.args, got, tt.want)
		}
		if d := time.Since(start); d > 30*time.Second {
			t.Errorf("bigs:%s(%v) took %s", tt.fun, tt.args, d)
		}
	}
}

// TestReadmeGoroutineExample runs the goroutine example of erl/README.md.
func TestReadmeGoroutineExample(t *testing.T) {
	b, err := os.ReadFile("../erl/README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i := strings.Index(text, "```go\nfunc Sum(")
	if i < 0 {
		t.Fatal("no Sum example in erl/README.md")
	}
	j := strings.Index(text[i+6:], "```")
	w := newWorld(t, map[string]string{"sq": "package sq\n\n" + text[i+6:i+6+j]})
	w.compile("sq")
	if got := sprint(w.call("sq", "sum", term.List{1, 2, 3, 4})); got != "30" {
		t.Fatalf("sq:sum([1,2,3,4]) = %s, want 30", got)
	}
}
