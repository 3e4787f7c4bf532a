package process

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"goerl/term"
)

// A process is stopped in three ways, and this file holds what the
// blocking operations of module code wait on besides their own channels
// (yaegi calls Runtime.Interrupt before every channel operation that
// would block, see third_party/yaegi/GOERL.md):
//
//   - stop: closed when the process gets an exit signal it does not trap
//     (a kill, a link's exit, a crash of a goroutine it owns) and when it
//     dies. Its own goroutine then leaves a blocked channel operation
//     through the usual single Goexit, and goroutines it owns end.
//   - brutal: closed by a second kill of a process that is already
//     unwinding, or ExitDeadline after the first Goexit. Deferred code of
//     a killed process runs to its end (it is what keeps yaegi's frames
//     right, see the package documentation); brutal is the bound on how
//     long it may take: from then on every Check ends the goroutine
//     again, skipping what is left of the deferred calls.
//
// While a process is unwinding or dead with goroutines still running,
// it holds one unit of Runtime.pendingKills ("attention"), so that Check
// leaves its fast path and looks.

// DefaultExitDeadline is how long a killed process's deferred code may
// run before it is cut short (Options.ExitDeadline).
const DefaultExitDeadline = 2 * time.Second

// stops is the per-process part; all fields are guarded by mu.
type stops struct {
	mu sync.Mutex
	// stop and brutal are the two latches described above.
	stop, brutal latch
	deadline     *time.Timer
	// goroutines counts live goroutines the process owns (Runtime.Go).
	goroutines int
	// attention: the process holds a unit of pendingKills.
	attention bool
	// crash is the exception a goroutine the process owns died of; the
	// process's own goroutine ends with it.
	crash *term.Exception
}

// A latch is a channel closed once. The channel is made on first use
// (most processes never block on a Go channel); closed says whether it
// is closed, and flag mirrors closed for Check's lock-free look. All but
// flag are guarded by the owning stops.mu.
type latch struct {
	ch     chan struct{}
	closed bool
	flag   atomic.Bool
}

// wait is the channel closed when l is.
func (l *latch) wait() <-chan struct{} {
	if l.closed {
		return closedChan
	}
	if l.ch == nil {
		l.ch = make(chan struct{})
	}
	return l.ch
}

// close closes l (once).
func (l *latch) close() {
	if l.closed {
		return
	}
	l.closed = true
	l.flag.Store(true)
	if l.ch != nil {
		close(l.ch)
	}
}

// closedChan is a channel that is always closed.
var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// stopChan is the channel closed when p stops (see above).
func (p *Proc) stopChan() <-chan struct{} {
	s := &p.stops
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stop.wait()
}

// brutalChan is the channel closed when p's deferred code is cut short.
func (p *Proc) brutalChan() <-chan struct{} {
	s := &p.stops
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.brutal.wait()
}

// markStopped closes stop (once). Called with or without p.mu held.
func (p *Proc) markStopped() {
	s := &p.stops
	s.mu.Lock()
	s.stop.close()
	s.mu.Unlock()
}

// makeBrutal closes brutal (once).
func (p *Proc) makeBrutal() {
	s := &p.stops
	s.mu.Lock()
	s.brutal.close()
	s.mu.Unlock()
}

// unwinding is called when p's own goroutine starts its one Goexit, or
// when p dies with goroutines left: it takes attention and arms the
// deadline after which deferred code is cut short.
func (p *Proc) unwinding() {
	s := &p.stops
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.attention {
		s.attention = true
		p.rt.pendingKills.Add(1)
	}
	if s.deadline == nil && !s.brutal.closed {
		s.deadline = time.AfterFunc(p.rt.opts.ExitDeadline, p.makeBrutal)
	}
}

// settled is called when p is dead and one of its goroutines ended: when
// none is left, attention and the deadline go.
func (p *Proc) settled() {
	s := &p.stops
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.goroutines > 0 || !p.dead.Load() {
		return
	}
	if s.attention {
		s.attention = false
		p.rt.pendingKills.Add(-1)
	}
	if s.deadline != nil {
		s.deadline.Stop()
		s.deadline = nil
	}
}

// Interrupt is yaegi's hook (interp.Options.Interrupt): called on a
// goroutine about to block in a channel operation of module code, it
// returns what must end the wait and the function to call then (which
// ends the goroutine). A goroutine of no process gets a nil channel:
// only a purge (yaegi's interpreter-wide stop) reaches it.
func (rt *Runtime) Interrupt() (<-chan struct{}, func()) {
	e := rt.gs.current()
	if e == nil {
		return nil, nil
	}
	if e.exiting.Load() {
		return e.proc.brutalChan(), rt.Check
	}
	return e.proc.stopChan(), rt.Check
}

// checkSlow is Check's look at the calling goroutine once something is
// pending somewhere.
func (rt *Runtime) checkSlow() {
	e := rt.gs.current()
	if e == nil {
		return
	}
	p := e.proc
	switch {
	case e.exiting.Load():
		if p.stops.brutal.flag.Load() {
			runtime.Goexit() // again: the deadline or a second kill
		}
	case e.owned:
		if p.stops.stop.flag.Load() || p.dead.Load() {
			e.exiting.Store(true)
			runtime.Goexit()
		}
	default:
		p.checkKill()
	}
}

// unwindingNow reports whether the process's own goroutine has started
// its Goexit (or it died with goroutines left).
func (s *stops) unwindingNow() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attention
}

// Stopping returns a channel that closes when p gets an exit signal it
// does not trap, or dies: for host code that waits on p's behalf
// outside the runtime (package initialisation during c/1).
func (p *Proc) Stopping() <-chan struct{} { return p.stopChan() }
