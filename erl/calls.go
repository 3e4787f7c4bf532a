package erl

import (
	"goerl/process"
	"goerl/term"
)

// Apply is Mod:Fun(Args...), a fully qualified call: it runs the current
// version of mod (or a BIF) and returns its result.
func (a *api) Apply(mod, fun string, args ...term.Term) term.Term {
	a.check()
	p := a.ctx.proc()
	return a.ctx.Caller.CallMFA(p, term.Atom(mod), term.Atom(fun), a.terms(args))
}

// ApplyFun applies a fun term (one received in a message, say) to args.
// Anything else raises error:{badfun,F}.
func (a *api) ApplyFun(f term.Term, args ...term.Term) term.Term {
	a.check()
	p := a.ctx.proc()
	fun, ok := f.(*term.Fun)
	if !ok {
		term.RaiseError(term.Tuple{term.Atom("badfun"), a.ctx.AnyToTerm(f)})
	}
	return a.ctx.Caller.CallMFA(p, "erlang", "apply", []term.Term{fun, term.List(a.terms(args))})
}

// TailCall is Mod:Fun(Args...) in tail position: it continues in the
// current version of mod and never returns, leaving no frame of the
// calling version behind (Go has no tail calls, DESIGN.md mechanism 6).
//
// When nothing waits for a result (no returning boundary above the
// process's base: a spawned process looping), the goroutine is abandoned
// and the process continues on a fresh one with the call. Otherwise the
// call unwinds, as a TailCallRequest panic, to the innermost boundary,
// which makes the call and hands its result to its caller. A user
// recover() between here and that boundary would swallow the request.
func (a *api) TailCall(mod, fun string, args ...term.Term) {
	a.check()
	p := a.ctx.proc()
	a.ctx.Runtime.RefuseOwned() // a goroutine has no process base to continue at
	req := &TailCallRequest{Mod: term.Atom(mod), Fun: term.Atom(fun), Args: a.terms(args)}
	if a.ctx.TailCalling != nil {
		a.ctx.TailCalling(p, req)
	}
	if b := a.ctx.Boundaries; b != nil && b.Depth(p) == 0 {
		caller := a.ctx.Caller
		p.TailCall(func(p *process.Proc) { CallAtBase(caller, p, req) })
	}
	panic(req)
}

// CallAtBase makes the call req asks for at the base of p, where nobody
// waits for its result.
func CallAtBase(caller Caller, p *process.Proc, req *TailCallRequest) {
	if bc, ok := caller.(BaseCaller); ok {
		bc.CallMFAAtBase(p, req.Mod, req.Fun, req.Args)
		return
	}
	caller.CallMFA(p, req.Mod, req.Fun, req.Args)
}

func (a *api) terms(args []term.Term) []term.Term {
	out := make([]term.Term, len(args))
	for i, x := range args {
		out[i] = a.ctx.AnyToTerm(x)
	}
	return out
}
