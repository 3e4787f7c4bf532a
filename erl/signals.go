package erl

import (
	"goerl/term"
)

// Monitor is monitor(process, Target): target is a pid or a registered
// name (atom or Go string). A 'DOWN' message follows when it dies, at
// once with reason noproc if it does not exist.
func (a *api) Monitor(target term.Term) term.Ref {
	a.check()
	return a.ctx.proc().Monitor(a.destination(target, "monitor"))
}

// Demonitor is demonitor/1; it reports whether the monitor was active.
func (a *api) Demonitor(ref term.Ref) bool {
	a.check()
	return a.ctx.proc().Demonitor(ref, false)
}

// Link is link/1; linking to a dead process raises error:noproc unless
// the caller traps exits (then it gets {'EXIT',Pid,noproc}).
func (a *api) Link(pid term.Pid) {
	a.check()
	if err := a.ctx.proc().Link(pid); err != nil {
		term.RaiseError(term.Atom("noproc"))
	}
}

// Unlink is unlink/1.
func (a *api) Unlink(pid term.Pid) {
	a.check()
	a.ctx.proc().Unlink(pid)
}

// TrapExit is process_flag(trap_exit, On); it returns the old value.
func (a *api) TrapExit(on bool) bool {
	a.check()
	return a.ctx.proc().TrapExit(on)
}

// Exit is exit/1: raise an exception of class exit.
func (a *api) Exit(reason term.Term) {
	a.check()
	term.Raise("exit", a.ctx.AnyToTerm(reason))
}

// ExitPid is exit/2: send an exit signal to pid.
func (a *api) ExitPid(pid term.Pid, reason term.Term) {
	a.check()
	a.ctx.Runtime.Exit(a.ctx.Runtime.Current(), pid, a.ctx.AnyToTerm(reason))
	// A signal to oneself takes effect now, as in erl.
	a.check()
}

// Error is error/1: raise an exception of class error.
func (a *api) Error(reason term.Term) {
	a.check()
	term.RaiseError(a.ctx.AnyToTerm(reason))
}

// Throw is throw/1.
func (a *api) Throw(v term.Term) {
	a.check()
	term.Raise("throw", a.ctx.AnyToTerm(v))
}
