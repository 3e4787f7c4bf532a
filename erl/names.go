package erl

import (
	"errors"

	"goerl/process"
	"goerl/term"
)

// Register is register/2. Like erl it raises error:badarg when the name
// is taken, the process already has a name, the pid is dead or the name
// is undefined; it returns true otherwise.
func (a *api) Register(name string, pid term.Pid) bool {
	a.check()
	if err := a.ctx.Runtime.Register(term.Atom(name), pid); err != nil {
		raiseBIF("erlang", "register", registerCause(err), term.Atom(name), pid)
	}
	return true
}

// registerCause is the cause erl's error_info gives for a register/2
// failure (erl_erts_errors' vocabulary, which the shell turns into
// "*** argument N: ..." text): a name in use has no cause of its own.
func registerCause(err error) term.Term {
	switch {
	case errors.Is(err, process.ErrNameInUse):
		return nil
	case errors.Is(err, process.ErrAlreadyNamed):
		return term.Atom("registered_name")
	case errors.Is(err, process.ErrNoProc):
		return term.Atom("notalive")
	}
	return term.Atom("none")
}

// Unregister is unregister/1: true, or error:badarg when the name is not
// registered.
func (a *api) Unregister(name string) bool {
	a.check()
	if !a.ctx.Runtime.Unregister(term.Atom(name)) {
		raiseBadarg("erlang", "unregister", term.Atom(name))
	}
	return true
}

// Whereis is whereis/1: the pid, or the atom undefined.
func (a *api) Whereis(name string) term.Term {
	a.check()
	if pid, ok := a.ctx.Runtime.Whereis(term.Atom(name)); ok {
		return pid
	}
	return term.Undefined
}
