package codeserver

import (
	"bytes"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"goerl/process"
	"goerl/term"
)

// syncBuffer is a goroutine-safe output sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// world is one runtime with a code server over an in-memory directory,
// and a "shell" process that runs the test's steps.
type world struct {
	t     testing.TB
	rt    *process.Runtime
	cs    *Server
	src   fstest.MapFS
	out   *syncBuffer
	shell *shellProc
}

func newWorld(t testing.TB, modules map[string]string) *world {
	t.Helper()
	return newWorldWith(t, modules, process.Options{})
}

// newWorldWith is newWorld with runtime options (Output and
// PanicToException are the world's).
func newWorldWith(t testing.TB, modules map[string]string, opts process.Options) *world {
	t.Helper()
	w := &world{t: t, src: fstest.MapFS{}, out: &syncBuffer{}}
	for name, text := range modules {
		w.setSource(name, text)
	}
	opts.Output, opts.PanicToException = w.out, PanicToException
	w.rt = process.New(opts)
	w.cs = New(w.rt, Options{Sources: []fs.FS{w.src}, SourceNames: []string{"/lesson"}})
	w.shell = startShell(w.rt)
	t.Cleanup(w.killAll)
	return w
}

// killAll ends every process the test left behind.
func (w *world) killAll() {
	w.shell.stop()
	for _, pid := range w.rt.Processes() {
		w.rt.Kill(pid)
	}
}

// setSource writes Name.go (only between steps: MapFS is not safe for
// concurrent writes).
func (w *world) setSource(mod, text string) {
	w.src[mod+".go"] = &fstest.MapFile{Data: []byte(strings.TrimLeft(text, "\n"))}
}

// compile is c/1 without the printing: compile, purge, load.
func (w *world) compile(mod string) (purged bool) {
	w.t.Helper()
	diags, found := w.cs.Compile(mod)
	if !found || len(diags) > 0 {
		w.t.Fatalf("Compile(%s) = %v, %v", mod, diags, found)
	}
	purged = w.cs.Purge(mod)
	if got := term.Sprint(w.cs.LoadFile(mod)); got != "{module,"+mod+"}" {
		w.t.Fatalf("LoadFile(%s) = %s", mod, got)
	}
	return purged
}

// call runs mod:fun(args) in the shell process and fails the test on an
// exception.
func (w *world) call(mod, fun string, args ...term.Term) term.Term {
	w.t.Helper()
	res, exc := w.try(mod, fun, args...)
	if exc != nil {
		w.t.Fatalf("%s:%s: %s: %s (stack %s)", mod, fun, exc.Class, term.Sprint(exc.Reason), term.Sprint(exc.Stack))
	}
	return res
}

// try runs mod:fun(args) in the shell process.
func (w *world) try(mod, fun string, args ...term.Term) (term.Term, *term.Exception) {
	return w.shell.do(func(p *process.Proc) term.Term {
		res, handled := w.cs.Call(p, mod, fun, args)
		if !handled {
			return term.Atom("not_handled")
		}
		return res
	})
}

// receive waits (really) for a message in the shell process's mailbox.
func (w *world) receive() term.Term {
	w.t.Helper()
	res, _ := w.shell.do(func(p *process.Proc) term.Term {
		m, ok := p.Receive(func(m term.Term) (any, bool) { return m, true }, 2*time.Second)
		if !ok {
			return term.Atom("timeout")
		}
		return m
	})
	return res
}

// shellProc is a process that runs closures sent to it, one at a time,
// like the shell's evaluator. Between jobs it waits in Await, so the
// runtime counts it as idle (Settle works).
type shellProc struct {
	mu   sync.Mutex
	jobs []job
	wake chan struct{}
}

type job struct {
	fn    func(p *process.Proc) term.Term
	reply chan jobResult
}

type jobResult struct {
	val term.Term
	exc *term.Exception
}

func startShell(rt *process.Runtime) *shellProc {
	s := &shellProc{wake: make(chan struct{}, 1)}
	rt.Spawn(nil, process.SpawnOptions{InitialCall: "shell:eval/0"}, func(p *process.Proc) {
		for p.Await(s.wake) {
			for {
				s.mu.Lock()
				if len(s.jobs) == 0 {
					s.mu.Unlock()
					break
				}
				j := s.jobs[0]
				s.jobs = s.jobs[1:]
				s.mu.Unlock()
				j.reply <- runJob(p, j.fn)
			}
		}
	})
	return s
}

func runJob(p *process.Proc, fn func(p *process.Proc) term.Term) (r jobResult) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(*term.Exception)
			if !ok {
				panic(x)
			}
			r.exc = e
		}
	}()
	return jobResult{val: fn(p)}
}

func (s *shellProc) do(fn func(p *process.Proc) term.Term) (term.Term, *term.Exception) {
	reply := make(chan jobResult, 1)
	s.mu.Lock()
	s.jobs = append(s.jobs, job{fn: fn, reply: reply})
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default: // a wake-up is already pending
	}
	r := <-reply
	return r.val, r.exc
}

func (s *shellProc) stop() { close(s.wake) }

// waitOutput waits until the processes' output contains want.
func (w *world) waitOutput(want string) {
	w.t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for !strings.Contains(w.out.String(), want) {
		if time.Now().After(deadline) {
			w.t.Fatalf("output %q lacks %q", w.out.String(), want)
		}
		time.Sleep(100 * time.Microsecond)
	}
}

// sprint is ~w, for comparing terms as text.
func sprint(t term.Term) string { return term.Sprint(t) }
