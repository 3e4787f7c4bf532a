package process

import (
	"goerl/term"
)

// atomNotProcessGoroutine is the error a goroutine a process owns gets
// when it calls what only the process's own goroutine may: receive from
// the mailbox, sleep, tail-call.
const atomNotProcessGoroutine term.Atom = "not_process_goroutine"

// Go starts fn on a goroutine that belongs to owner: a go statement in
// module code. The goroutine acts for owner (Current returns owner, so
// it can send, spawn, link...), but it is not owner's own goroutine: it
// has no mailbox (Receive and Sleep raise error:not_process_goroutine).
// It dies with owner: when owner gets an exit signal or dies, the
// goroutine ends at its next Check or blocking channel operation. If it
// panics, owner exits as if its own goroutine had raised that exception
// (exit reason, crash report and all). It reports false, starting
// nothing, when owner is already stopping.
func (rt *Runtime) Go(owner *Proc, fn func()) bool {
	s := &owner.stops
	s.mu.Lock()
	if s.stop.closed || owner.dead.Load() {
		s.mu.Unlock()
		return false
	}
	s.goroutines++
	s.mu.Unlock()
	go rt.runOwned(owner, fn)
	return true
}

func (rt *Runtime) runOwned(owner *Proc, fn func()) {
	e := rt.gs.register(owner, true)
	returned := false
	defer func() { rt.finishOwned(owner, e, returned, recover()) }()
	if owner.stops.stop.flag.Load() {
		return
	}
	fn()
	returned = true
}

func (rt *Runtime) finishOwned(owner *Proc, e *gEntry, returned bool, recovered any) {
	e.exiting.Store(true)
	if !returned && recovered != nil {
		x, ok := recovered.(*term.Exception)
		if !ok {
			x = rt.panicToException(recovered)
		}
		owner.goroutineCrashed(x)
	}
	rt.gs.unregister(e)
	s := &owner.stops
	s.mu.Lock()
	s.goroutines--
	s.mu.Unlock()
	owner.settled()
}

// goroutineCrashed makes p end with x, as if its own goroutine had
// raised it: untrappable, like a crash of the process itself. The first
// reason to stop p wins.
func (p *Proc) goroutineCrashed(x *term.Exception) {
	p.mu.Lock()
	if p.dead.Load() || p.hasPendingExit.Load() {
		p.mu.Unlock()
		return
	}
	p.stops.mu.Lock()
	p.stops.crash = x
	p.stops.mu.Unlock()
	wake := p.setPendingExitLocked(x.Reason)
	p.mu.Unlock()
	if wake {
		p.signal()
	}
}

// refuseOwned raises error:not_process_goroutine when e is a goroutine
// p owns rather than p's own.
func refuseOwned(e *gEntry) {
	if e != nil && e.owned {
		panic(&term.Exception{Class: classError, Reason: atomNotProcessGoroutine, Stack: term.List{}})
	}
}

// Goroutines is the number of live goroutines pid owns (for tests and
// process_info-like reports); 0 for a dead pid.
func (rt *Runtime) Goroutines(pid term.Pid) int {
	p := rt.Lookup(pid)
	if p == nil {
		return 0
	}
	p.stops.mu.Lock()
	defer p.stops.mu.Unlock()
	return p.stops.goroutines
}

// RefuseOwned raises error:not_process_goroutine when the calling
// goroutine is one a process owns (Go) rather than a process's own: for
// host calls that only the process's own goroutine may make.
func (rt *Runtime) RefuseOwned() { refuseOwned(rt.gs.current()) }

// InOwnedGoroutine reports whether the calling goroutine is one a process
// owns (Go) rather than a process's own.
func (rt *Runtime) InOwnedGoroutine() bool {
	e := rt.gs.current()
	return e != nil && e.owned
}
