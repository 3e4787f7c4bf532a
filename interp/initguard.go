package interp

import (
	"context"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/traefik/yaegi/interp"
)

// Package initialisation (var initialisers, init functions) runs inside
// Load, on a goroutine of yaegi's that belongs to no process, so neither
// a kill nor the stack guard's process exit can reach it. It runs under
// an initGuard instead: it is stopped when it has run for
// Options.InitBudget or when Options.Abort closes (the shell's Ctrl-C
// kills the evaluator that is loading). The rewrite's checks then panic
// with initAborted, at the next function entry or loop iteration, and a
// blocking channel operation is interrupted the same way (Interrupt);
// yaegi prints the position of every interpreted frame that panic
// unwinds, and the innermost one becomes the diagnostic's position, so
// c/1 reports `initloop.go:3:14: package initialisation did not finish
// within 5s`. Code that never checks (a long host call) is cut off when
// the budget has passed by initGrace more, by stopping the interpreter,
// and then reported without a position.

// DefaultInitBudget is Options.InitBudget's default.
const DefaultInitBudget = 5 * time.Second

// initGrace is how long after the budget Load waits for the checks to
// stop initialisation before it stops the whole interpreter.
const initGrace = time.Second

// initAborted is the panic value that stops package initialisation.
type initAborted struct{ why string }

func (a *initAborted) Error() string { return a.why }

// initGuard watches one Load's package initialisation.
type initGuard struct {
	done    atomic.Bool // initialisation is over: the guard is off
	aborted atomic.Pointer[initAborted]
	stopped chan struct{} // closed with aborted set
	once    sync.Once
	fire    func()
}

func newInitGuard() *initGuard {
	g := &initGuard{stopped: make(chan struct{})}
	g.fire = g.check
	return g
}

// watch aborts initialisation after budget or when abort closes, until
// finished closes.
func (g *initGuard) watch(budget time.Duration, abort <-chan struct{}, finished <-chan struct{}) {
	t := time.NewTimer(budget)
	defer t.Stop()
	select {
	case <-t.C:
		g.abort(fmt.Sprintf("package initialisation did not finish within %s", budget))
	case <-abort:
		g.abort("package initialisation interrupted")
	case <-finished:
	}
}

func (g *initGuard) abort(why string) {
	g.once.Do(func() {
		g.aborted.Store(&initAborted{why: why})
		close(g.stopped)
	})
}

// check panics once initialisation has been aborted.
func (g *initGuard) check() {
	if g.done.Load() {
		return
	}
	if a := g.aborted.Load(); a != nil {
		panic(a)
	}
}

// wrapCheck returns erl.Check preceded by the guard's check.
func (g *initGuard) wrapCheck(check reflect.Value) reflect.Value {
	fn, ok := check.Interface().(func())
	if !ok {
		return check
	}
	return reflect.ValueOf(func() {
		if !g.done.Load() {
			g.check()
		}
		fn()
	})
}

// wrapInterrupt makes blocking channel operations of initialisation
// interruptible by the guard; after it, hook decides alone.
func (g *initGuard) wrapInterrupt(hook func() (<-chan struct{}, func())) func() (<-chan struct{}, func()) {
	return func() (<-chan struct{}, func()) {
		if hook != nil {
			if ch, fire := hook(); ch != nil {
				return ch, fire
			}
		}
		if g.done.Load() {
			return nil, nil
		}
		return g.stopped, g.fire
	}
}

// panicCatcher passes yaegi's stderr through and, while armed, keeps
// the position of the first "file:line:col: panic: ..." line: the
// innermost interpreted frame of a panic during initialisation.
type panicCatcher struct {
	w         io.Writer
	file      string
	mu        sync.Mutex
	armed     bool
	line, col int
}

func (c *panicCatcher) Write(b []byte) (int, error) {
	c.mu.Lock()
	if c.armed && c.line == 0 {
		if m := yaegiPosition.FindStringSubmatch(strings.TrimSpace(string(b))); m != nil && (m[1] == "" || m[1] == c.file) {
			c.line, _ = strconv.Atoi(m[2])
			c.col, _ = strconv.Atoi(m[3])
		}
	}
	c.mu.Unlock()
	return c.w.Write(b)
}

// note records pos as a panic's position, as a panic line on Write
// does: yaegi hands frames to the PanicHook (trace.go) instead of
// printing them.
func (c *panicCatcher) note(pos token.Position) {
	c.mu.Lock()
	if c.armed && c.line == 0 && (pos.Filename == "" || filepath.Base(pos.Filename) == c.file) {
		c.line, c.col = pos.Line, pos.Column
	}
	c.mu.Unlock()
}

// waiting reports whether note would record a position: frames are
// located (which walks the function) only then, not for every frame a
// kill unwinds after initialisation.
func (c *panicCatcher) waiting() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.armed && c.line == 0
}

func (c *panicCatcher) arm(on bool) {
	c.mu.Lock()
	c.armed = on
	c.mu.Unlock()
}

func (c *panicCatcher) position() (line, col int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.line, c.col
}

// initialise runs package initialisation under guard.
func initialise(i *interp.Interpreter, prog *interp.Program, src Source, opts Options, guard *initGuard, stderr *panicCatcher) []Diagnostic {
	budget := opts.InitBudget
	if budget <= 0 {
		budget = DefaultInitBudget
	}
	finished := make(chan struct{})
	defer close(finished)
	go guard.watch(budget, opts.Abort, finished)
	// The last resort for code that never checks: stop the interpreter.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		select {
		case <-guard.stopped:
		case <-finished:
			return
		}
		t := time.NewTimer(initGrace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-finished:
		}
	}()
	stderr.arm(true)
	defer stderr.arm(false)
	// ExecuteWithContext, not Execute: only the *WithContext calls make
	// yaegi generate channel operations that a stop can interrupt.
	_, err := i.ExecuteWithContext(ctx, prog)
	guard.done.Store(true)
	if err == nil {
		return nil
	}
	d := initDiagnostics(src, err)
	if a := guard.aborted.Load(); a != nil {
		d = []Diagnostic{{File: src.File, Msg: a.why}}
	}
	if line, col := stderr.position(); line > 0 {
		if text := sourceLine(src.Text, line); col > len(text) {
			// The step was a check the rewrite inserted after the line's
			// text: point at the statement the line starts.
			col = len(text) - len(strings.TrimLeft(text, " \t")) + 1
		}
		for k := range d {
			d[k].Line, d[k].Col, d[k].SourceLine = line, col, sourceLine(src.Text, line)
		}
	}
	return d
}

// withCheck returns a copy of the erl symbols with Check replaced.
func withCheck(syms map[string]reflect.Value, check reflect.Value) map[string]reflect.Value {
	out := make(map[string]reflect.Value, len(syms))
	for k, v := range syms {
		out[k] = v
	}
	out["Check"] = check
	return out
}
