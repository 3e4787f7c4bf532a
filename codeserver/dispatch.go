package codeserver

import (
	"goerl/erl"
	"goerl/process"
	"goerl/term"
)

// dispatcher is the erl.Caller of every version's erl functions: module
// code's erl.Apply and erl.TailCall come here.
type dispatcher struct{ s *Server }

var (
	_ erl.Caller     = (*dispatcher)(nil)
	_ erl.BaseCaller = (*dispatcher)(nil)
)

// CallMFA makes a fully qualified call: erlang:apply/2 of a module fun
// directly, everything else through Options.Caller (BIFs first, then Go
// modules, as the shell resolves them), or straight to the Go modules
// when no Caller was configured.
func (d *dispatcher) CallMFA(p *process.Proc, mod, fun term.Atom, args []term.Term) term.Term {
	s := d.s
	if mod == "erlang" && fun == "apply" && len(args) == 2 {
		if f, ok := args[0].(*term.Fun); ok {
			if l, ok := args[1].(term.List); ok {
				if r, ok := s.CallFun(p, f, l); ok {
					return r
				}
			}
		}
	}
	if s.opts.Caller != nil {
		return s.opts.Caller.CallMFA(p, mod, fun, args)
	}
	if r, ok := s.Call(p, string(mod), string(fun), args); ok {
		return r
	}
	raiseAt("undef", string(mod), string(fun), args)
	return nil
}

// CallMFAAtBase makes the continuation of a TailCall at the base of a
// process: a Go module's function runs without a returning boundary
// (nobody waits for its result), so its own TailCalls replace the
// goroutine again and a process looping this way keeps a flat stack.
func (d *dispatcher) CallMFAAtBase(p *process.Proc, mod, fun term.Atom, args []term.Term) {
	s := d.s
	v, known := s.resolve(string(mod))
	if !known {
		d.CallMFA(p, mod, fun, args)
		return
	}
	if v == nil {
		raiseAt("undef", string(mod), string(fun), args)
	}
	s.call(p, v, string(mod), string(fun), args, false)
}
