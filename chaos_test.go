package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"goerl/examples"
	"goerl/node"
	"goerl/shell"
)

// The chaos suite: what a student may write or type that once took the
// shell down or left it hung (issue 6). Each case is modules plus shell
// inputs, run in one shell in turn; after every case the suite checks
// that the shell still answers, that the processes and goroutines the
// case started are gone, that nothing burns CPU, and that memory is back
// near where it was. Bounded waits are generous (30 s); the suite waits
// for events, not for time, except to let a command start before its
// Ctrl-C.

// chaosCase is one case: Name.go sources written before it starts, then
// inputs in order.
type chaosCase struct {
	name    string
	modules map[string]string
	steps   []chaosStep
}

// chaosStep is one input line. With interrupt, Ctrl-C follows once the
// command has run for a moment. want must appear in its output.
type chaosStep struct {
	input     string
	interrupt bool
	want      string
}

var chaosCases = []chaosCase{
	{
		name: "goroutine panic",
		modules: map[string]string{"gopanic": `package gopanic

import "erl"

func Run() {
	go func() { panic("x") }()
	erl.Receive()
}

func Spawn() erl.Pid {
	return erl.Spawn(func() {
		go func() { panic("y") }()
		select {}
	})
}
`},
		steps: []chaosStep{
			{input: "c(gopanic).", want: "{ok,gopanic}"},
			{input: "gopanic:run().", want: `exception error: "x"`},
			{input: "P = gopanic:spawn(), timer:sleep(100), is_process_alive(P).", want: "false"},
		},
	},
	{
		name: "erl calls from goroutines",
		modules: map[string]string{"goerl1": `package goerl1

import "erl"

func Run() erl.Term {
	me := erl.Self()
	go func() { erl.Send(me, erl.Tuple{erl.Atom("from"), erl.Self()}) }()
	return erl.Receive()
}

func Recv() { go func() { erl.Receive() }(); select {} }
`},
		steps: []chaosStep{
			{input: "c(goerl1).", want: "{ok,goerl1}"},
			{input: "{from, P} = goerl1:run(), P =:= self().", want: "true"},
			{input: "goerl1:recv().", want: "not_process_goroutine"},
		},
	},
	{
		name: "goroutines outlive no process",
		modules: map[string]string{"spin": `package spin

import "erl"

func Start() erl.Pid {
	return erl.Spawn(func() {
		for i := 0; i < 4; i++ {
			go func() {
				n := 0
				for {
					n++
				}
			}()
		}
		ch := make(chan int)
		go func() { ch <- 1; select {} }()
		<-ch
		for range ch {
		}
	})
}
`},
		steps: []chaosStep{
			{input: "c(spin).", want: "{ok,spin}"},
			{input: "P = spin:start(), timer:sleep(50), exit(P, kill), timer:sleep(50), is_process_alive(P).", want: "false"},
			{input: "Q = spin:start(), c(spin), c(spin), is_process_alive(Q).", want: "false"},
		},
	},
	{
		name: "blocked on its own channel",
		modules: map[string]string{"block": `package block

import "erl"

func Recv() { ch := make(chan int); <-ch }

func Send() { ch := make(chan int); ch <- 1 }

func Sel() { select {} }

func Range() { ch := make(chan int); for range ch {} }

func Spawn() erl.Pid { return erl.Spawn(Sel) }
`},
		steps: []chaosStep{
			{input: "c(block).", want: "{ok,block}"},
			{input: "block:recv().", interrupt: true, want: "exception exit: killed"},
			{input: "block:send().", interrupt: true, want: "exception exit: killed"},
			{input: "block:sel().", interrupt: true, want: "exception exit: killed"},
			{input: "block:range().", interrupt: true, want: "exception exit: killed"},
			{input: "P = block:spawn(), exit(P, kill), timer:sleep(50), is_process_alive(P).", want: "false"},
		},
	},
	{
		name: "busy loops and Ctrl-C",
		modules: map[string]string{"busy": `package busy

func Loop() { n := 0; for { n++ } }

func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}
`},
		steps: []chaosStep{
			{input: "c(busy).", want: "{ok,busy}"},
			{input: "busy:loop().", interrupt: true, want: "exception exit: killed"},
			{input: "busy:fib(60).", interrupt: true, want: "exception exit: killed"},
		},
	},
	{
		name: "loop in a deferred function",
		modules: map[string]string{"deferloop": `package deferloop

import "erl"

func Run() {
	defer func() {
		for {
		}
	}()
	erl.Receive()
}

// Spawn's process tells to when its deferred function loops.
func Spawn(to erl.Pid) erl.Pid {
	return erl.Spawn(func() {
		defer func() {
			erl.Send(to, erl.Atom("looping"))
			for {
			}
		}()
		erl.Send(to, erl.Atom("ready"))
		erl.Receive()
	})
}
`},
		steps: []chaosStep{
			{input: "c(deferloop).", want: "{ok,deferloop}"},
			{input: "deferloop:run().", interrupt: true, want: "exception exit: killed"},
			{input: "P = deferloop:spawn(self()), R = monitor(process, P), receive ready -> ok end, exit(P, kill), receive looping -> ok end, exit(P, kill), receive {'DOWN', R, process, P, Why} -> Why end.", want: "killed"},
		},
	},
	{
		name: "loop in init",
		modules: map[string]string{
			"initloop": "package initloop\n\nfunc init() {\n\tfor {\n\t}\n}\n",
			"varloop":  "package varloop\n\nvar X = f()\n\nfunc f() int {\n\tfor {\n\t}\n}\n",
		},
		steps: []chaosStep{
			{input: "c(initloop).", interrupt: true, want: "package initialisation interrupted"},
			{input: "c(varloop).", want: "package initialisation did not finish within 5s"},
		},
	},
	{
		name: "huge allocations",
		modules: map[string]string{"huge": `package huge

import (
	"math/big"
	"strings"
)

func Make() int { return len(make([]byte, 1<<40)) }

func Repeat() int { return len(strings.Repeat("ab", 1<<40)) }

func Append() int {
	var s []byte
	chunk := make([]byte, 4096)
	for {
		s = append(s, chunk...)
	}
}

func Exp() int { return new(big.Int).Exp(big.NewInt(3), big.NewInt(1<<40), nil).BitLen() }

func Double() int {
	s := "ab"
	for {
		s += s
	}
}
`},
		steps: []chaosStep{
			{input: "c(huge).", want: "{ok,huge}"},
			{input: "huge:make().", want: "a system limit has been reached"},
			{input: "huge:repeat().", want: "a system limit has been reached"},
			{input: "huge:append().", want: "a system limit has been reached"},
			{input: "huge:exp().", want: "a system limit has been reached"},
			{input: "huge:double().", want: "a system limit has been reached"},
		},
	},
	{
		name: "closures made per message",
		modules: map[string]string{"srv": `package srv

import "erl"

// Start serves n messages, each received through a fresh closure, and
// reports how much the heap grew between the first thousand and the end.
func Start(n int, to erl.Pid) erl.Pid {
	return erl.Spawn(func() {
		var m0 int
		for i := 0; i < n; i++ {
			if i == 1000 {
				m0 = heap()
			}
			erl.ReceiveMatch(func(m erl.Term) bool { return m != nil && i >= 0 }, -1)
		}
		erl.Send(to, erl.Tuple{erl.Atom("grew"), heap() - m0})
	})
}

func heap() int {
	erl.Apply("erlang", "garbage_collect")
	return erl.Int(erl.Apply("erlang", "memory", erl.Atom("processes")))
}
`},
		steps: []chaosStep{
			{input: "c(srv).", want: "{ok,srv}"},
			{input: "P = srv:start(100000, self()), lists:foreach(fun(I) -> P ! I end, lists:seq(1, 100000)), receive {grew, G} -> G < 16000000 end.", want: "true"},
		},
	},
	{
		name: "runaway recursion",
		modules: map[string]string{"deep": `package deep

func Down(n int) int { return Down(n+1) + 1 }
`},
		steps: []chaosStep{
			{input: "c(deep).", want: "{ok,deep}"},
			{input: "deep:down(0).", want: "a system limit has been reached"},
		},
	},
}

func TestChaos(t *testing.T) {
	if testing.Short() {
		t.Skip("the chaos suite takes a while")
	}
	dir := t.TempDir()
	c := startChaosShell(t, dir)
	defer c.quit()
	c.answers(t)
	for _, cc := range chaosCases {
		t.Run(strings.ReplaceAll(cc.name, " ", "_"), func(t *testing.T) {
			// A hang anywhere (even in the checks) must show where it is
			// long before go test's own 10-minute timeout.
			watchdog := time.AfterFunc(2*time.Minute, func() {
				buf := make([]byte, 64<<20)
				os.Stderr.Write(buf[:runtime.Stack(buf, true)])
				panic("chaos case " + cc.name + " hung for 2 minutes")
			})
			defer watchdog.Stop()
			for name, src := range cc.modules {
				if err := os.WriteFile(filepath.Join(dir, name+".go"), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			base := takeCensus()
			for _, st := range cc.steps {
				out := c.do(t, st)
				if !strings.Contains(out, st.want) {
					t.Errorf("%s\ngave\n%s\nwant %q in it", st.input, out, st.want)
				}
			}
			c.answers(t)
			c.do(t, chaosStep{input: "f()."})
			base.await(t)
		})
	}
}

// chaosShell is a shell fed one line at a time: NextLine is called when
// the previous command is done, which is the suite's signal.
type chaosShell struct {
	lines chan string
	asked chan struct{}
	ints  chan os.Signal
	out   *lockedBuffer
	done  chan struct{}
}

func startChaosShell(t *testing.T, dir string) *chaosShell {
	c := &chaosShell{lines: make(chan string), asked: make(chan struct{}), ints: make(chan os.Signal, 1),
		out: &lockedBuffer{}, done: make(chan struct{})}
	sh := shell.New(shell.Options{
		Lines: c, Out: c.out, Interrupts: c.ints,
		Node: node.Options{
			Dir: dir, DirName: "/chaos",
			Modules: examples.Modules(), ModulesName: "goerl:examples",
			VirtualTime: true,
			// A budget small enough that reaching it is quick.
			MaxHeap: 256 << 20,
		},
	})
	go func() {
		defer close(c.done)
		sh.Run()
	}()
	c.wait(t, "the first prompt")
	return c
}

func (c *chaosShell) NextLine() (string, error) {
	select {
	case c.asked <- struct{}{}:
	case <-time.After(time.Minute):
		return "", io.EOF // the test is gone
	}
	line, ok := <-c.lines
	if !ok {
		return "", io.EOF
	}
	return line, nil
}

// do types one line (and Ctrl-C, if asked) and returns its output.
func (c *chaosShell) do(t *testing.T, st chaosStep) string {
	t.Helper()
	mark := c.out.Len()
	select {
	case c.lines <- st.input:
	case <-time.After(30 * time.Second):
		t.Fatalf("the shell did not ask for %s within 30 s:\n%s", st.input, c.out.String())
	}
	if st.interrupt {
		select {
		case <-c.asked:
			t.Fatalf("%s finished before its Ctrl-C: %s", st.input, c.out.From(mark))
		case <-time.After(150 * time.Millisecond):
		}
		start := time.Now()
		c.ints <- os.Interrupt
		c.wait(t, st.input+" after Ctrl-C")
		t.Logf("%s: stopped %s after Ctrl-C", st.input, time.Since(start).Round(10*time.Microsecond))
	} else {
		c.wait(t, st.input)
	}
	return c.out.From(mark)
}

func (c *chaosShell) wait(t *testing.T, what string) {
	t.Helper()
	select {
	case <-c.asked:
	case <-c.done:
		t.Fatalf("the shell ended during %s:\n%s", what, c.out.String())
	case <-time.After(30 * time.Second):
		// Ctrl-C, so that the cases after this one find a shell that
		// listens.
		select {
		case c.ints <- os.Interrupt:
		default:
		}
		t.Fatalf("the shell did not answer within 30 s during %s:\n%s", what, c.out.String())
	}
}

// answers checks that the shell still evaluates.
func (c *chaosShell) answers(t *testing.T) {
	t.Helper()
	if out := c.do(t, chaosStep{input: "6 * 7."}); !strings.Contains(out, "42") {
		t.Fatalf("the shell no longer answers: %q", out)
	}
}

func (c *chaosShell) quit() {
	close(c.lines)
	select {
	case <-c.done:
	case <-time.After(30 * time.Second):
	}
}

// census is what a case must leave as it found it.
type census struct {
	goroutines int    // process goroutines and goroutines processes own
	heap       uint64 // live heap after a collection
	held       uint64 // memory held from the OS and not given back
}

// processGoroutine matches the base frames of goroutines that belong to
// processes (process.Runtime.run) or that processes own (runOwned).
var processGoroutine = regexp.MustCompile(`goerl/process\.\(\*Runtime\)\.run(Owned)?\(`)

func takeCensus() census {
	buf := make([]byte, 16<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n := 0
	for _, g := range bytes.Split(buf, []byte("\n\n")) {
		if processGoroutine.Match(g) {
			n++
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return census{goroutines: n, heap: ms.HeapAlloc, held: ms.Sys - ms.HeapReleased}
}

// Slack for what a case may leave in memory (loaded code, the shell's
// history) and for what the Go runtime keeps before it gives memory back.
const (
	heapSlack = 64 << 20
	heldSlack = 256 << 20
)

// await waits until the census is back to base: no goroutine of a
// process more, memory near, and the CPU quiet.
func (base census) await(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		now := takeCensus()
		ok := now.goroutines <= base.goroutines && now.heap <= base.heap+heapSlack && now.held <= base.held+heldSlack
		if ok && cpuQuiet() {
			t.Logf("back: process goroutines %d (were %d), heap %d MiB (was %d), held from the OS %d MiB (was %d)",
				now.goroutines, base.goroutines, now.heap>>20, base.heap>>20, now.held>>20, base.held>>20)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not back to where the case started within 30 s: process goroutines %d (were %d), heap %d MiB (was %d), held %d MiB (was %d), CPU quiet %v",
				now.goroutines, base.goroutines, now.heap>>20, base.heap>>20, now.held>>20, base.held>>20, cpuQuiet())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// cpuQuiet reports whether the Go process used less than half a core
// over a short window.
func cpuQuiet() bool {
	const window = 200 * time.Millisecond
	before, ok := cpuTime()
	if !ok {
		return true
	}
	time.Sleep(window)
	after, _ := cpuTime()
	return after-before < window/2
}

// lockedBuffer is an output sink safe for concurrent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Len()
}

func (l *lockedBuffer) From(mark int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()[mark:]
}

func (l *lockedBuffer) String() string { return l.From(0) }
