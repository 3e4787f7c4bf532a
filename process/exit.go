package process

import (
	"fmt"
	"runtime"
	"sort"

	"goerl/term"
)

// Atoms the runtime speaks.
const (
	atomNormal      term.Atom = "normal"
	atomKill        term.Atom = "kill"
	atomKilled      term.Atom = "killed"
	atomExit        term.Atom = "EXIT"
	atomDown        term.Atom = "DOWN"
	atomProcess     term.Atom = "process"
	atomNoproc      term.Atom = "noproc"
	atomNocatch     term.Atom = "nocatch"
	atomSystemLimit term.Atom = "system_limit"
	atomGoPanic     term.Atom = "go_panic"
	atomNode        term.Atom = "nonode@nohost"
	classError      term.Atom = "error"
	classExit       term.Atom = "exit"
	classThrow      term.Atom = "throw"
)

// runtimePid is the sender of exit signals that come from no process
// (Exit with from == nil), like init's <0.0.0>.
var runtimePid = term.Pid{ID: 0}

// Exit sends an exit signal from `from` (nil for the runtime itself,
// seen as <0.0.0>) to pid with reason, following Erlang: reason kill is
// untrappable and ends the target with reason killed; normal is ignored
// unless the target is `from` itself or traps exits; a trapping target
// gets {'EXIT',From,Reason} as a message. Exit to a dead pid does
// nothing. A signal a process sends itself takes effect before Exit
// returns.
func (rt *Runtime) Exit(from *Proc, pid term.Pid, reason term.Term) {
	target := rt.Lookup(pid)
	if target == nil {
		return
	}
	fromPid := runtimePid
	if from != nil {
		fromPid = from.pid
	}
	target.mu.Lock()
	wake := target.exitSignalLocked(fromPid, from == target, reason == atomKill, reason)
	target.mu.Unlock()
	if wake {
		target.signal()
	}
	if from == target {
		target.checkKill()
	}
}

// Kill ends pid with reason killed at its next Check (at once if it is
// blocked in Receive, Sleep or Await). Used by the code server's purge.
func (rt *Runtime) Kill(pid term.Pid) { rt.Exit(nil, pid, atomKill) }

// exitSignalLocked applies an exit signal to p (p.mu held) and reports
// whether p must be woken. untrappable is exit/2's kill; a link signal
// with reason kill is an ordinary one.
func (p *Proc) exitSignalLocked(from term.Pid, fromSelf, untrappable bool, reason term.Term) (wake bool) {
	switch {
	case p.dead.Load():
		return false
	case untrappable:
		if p.stops.unwindingNow() {
			// Killed again while its deferred code runs: cut it short.
			p.makeBrutal()
		}
		return p.setPendingExitLocked(atomKilled)
	case p.trapExit:
		return p.appendLocked(term.Tuple{atomExit, from, reason})
	case reason == atomNormal && !fromSelf:
		return false
	default:
		return p.setPendingExitLocked(reason)
	}
}

// setPendingExitLocked records that p must exit with reason (the first
// signal wins) and makes a blocked p runnable so it can act on it.
func (p *Proc) setPendingExitLocked(reason term.Term) (wake bool) {
	if p.hasPendingExit.Load() {
		return false
	}
	p.pendingExit = reason
	p.hasPendingExit.Store(true)
	p.rt.pendingKills.Add(1)
	p.markStopped()
	if p.idle {
		p.idle = false
		p.rt.idle.busy.Add(1)
		return true
	}
	return false
}

// ownGoroutine returns the calling goroutine's entry when it is p's,
// and whether that goroutine is already exiting.
func (p *Proc) ownGoroutine() (own *gEntry, exiting bool) {
	e := p.rt.gs.current()
	if e == nil || e.proc != p {
		return nil, false
	}
	return e, e.exiting.Load()
}

// checkKill ends the calling goroutine if it is p's, is not already
// exiting, and p has a pending exit signal.
func (p *Proc) checkKill() {
	if !p.hasPendingExit.Load() {
		return
	}
	if own, exiting := p.ownGoroutine(); own != nil && !exiting {
		if own.owned {
			// A goroutine p owns ends with it, silently.
			own.exiting.Store(true)
			runtime.Goexit()
		}
		p.exitPending(own)
	}
}

// exitPending ends p's goroutine e with its pending exit reason.
func (p *Proc) exitPending(e *gEntry) {
	p.mu.Lock()
	reason := p.pendingExit
	p.mu.Unlock()
	p.stops.mu.Lock()
	crash := p.stops.crash
	p.stops.mu.Unlock()
	if crash != nil {
		p.exitNow(e, crash) // a goroutine p owns crashed: p crashes
	}
	p.exitNow(e, &term.Exception{Class: classExit, Reason: reason, Stack: term.List{}})
}

// exitNow ends p's goroutine e with x: the one Goexit of this goroutine.
func (p *Proc) exitNow(e *gEntry, x *term.Exception) {
	e.exiting.Store(true)
	p.forced = x
	p.unwinding()
	runtime.Goexit()
}

// exitReason maps an uncaught exception to the exit reason, and says
// whether erl would print a crash report for it.
func exitReason(x *term.Exception) (reason term.Term, crash bool) {
	stack := x.Stack
	if stack == nil {
		stack = term.List{}
	}
	switch x.Class {
	case classExit:
		return x.Reason, false
	case classThrow:
		return term.Tuple{term.Tuple{atomNocatch, x.Reason}, stack}, true
	default:
		return term.Tuple{x.Reason, stack}, true
	}
}

// panicToException converts a foreign panic value.
func (rt *Runtime) panicToException(v any) *term.Exception {
	if rt.opts.PanicToException != nil {
		if x := rt.opts.PanicToException(v); x != nil {
			return x
		}
	}
	text := fmt.Sprint(v)
	if err, ok := v.(error); ok {
		text = err.Error()
	}
	return &term.Exception{Class: classError, Reason: term.Tuple{atomGoPanic, term.String(text)}, Stack: term.List{}}
}

// die removes a dead process from everything that knows it and fires
// its links and monitors, in pid and ref order so that runs repeat.
func (rt *Runtime) die(p *Proc, reason term.Term) {
	p.mu.Lock()
	p.dead.Store(true)
	links := sortedPids(p.links)
	monitoredBy := p.monitoredBy
	monitoring := p.monitoring
	p.links, p.monitoredBy, p.monitoring = nil, nil, nil
	p.mailbox = mailbox{}
	pending := p.hasPendingExit.Load()
	waitTimer := p.waitTimer
	p.waitTimer = nil
	p.mu.Unlock()

	if waitTimer != nil {
		rt.clock.cancel(waitTimer)
	}
	rt.procs.remove(p.pid.ID)
	rt.reg.forget(p)
	p.resetCode()

	for _, pid := range links {
		if other := rt.Lookup(pid); other != nil {
			other.linkedExit(p.pid, reason)
		}
	}
	refs := make([]term.Ref, 0, len(monitoredBy))
	for ref := range monitoredBy {
		refs = append(refs, ref)
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].ID < refs[j].ID })
	for _, ref := range refs {
		m := monitoredBy[ref]
		m.watcher.monitorFired(ref, m.object, reason)
	}
	for ref, target := range monitoring {
		target.forgetMonitor(ref)
	}
	if pending {
		rt.pendingKills.Add(-1)
	}
	p.markStopped()
	p.stops.mu.Lock()
	orphans := p.stops.goroutines > 0
	p.stops.mu.Unlock()
	if orphans {
		p.unwinding() // its goroutines end at their next check
	}
	p.settled()
}

// linkedExit is the exit signal a dying linked process sends p, if the
// link still exists (Unlink guarantees no signal afterwards).
func (p *Proc) linkedExit(from term.Pid, reason term.Term) {
	p.mu.Lock()
	if _, linked := p.links[from]; !linked {
		p.mu.Unlock()
		return
	}
	delete(p.links, from)
	wake := p.exitSignalLocked(from, false, false, reason)
	p.mu.Unlock()
	if wake {
		p.signal()
	}
}

func sortedPids(set map[term.Pid]struct{}) []term.Pid {
	pids := make([]term.Pid, 0, len(set))
	for pid := range set {
		pids = append(pids, pid)
	}
	sort.Slice(pids, func(i, j int) bool { return pids[i].ID < pids[j].ID })
	return pids
}
