package process

import "goerl/term"

// Caller makes a fully qualified call Mod:Fun(Args) on behalf of process
// p; it raises *term.Exception (error:undef etc.) on failure. It is the
// one interface through which every layer calls out: module code's
// erl.Apply (package erl), the code server's calls that are not module
// code, and the shell evaluator's remote calls (package eval) all reach
// the node's resolver (builtins.Dispatcher: BIFs, then Go modules, then
// undef). It lives here, the lowest package all three import.
type Caller interface {
	CallMFA(p *Proc, mod, fun term.Atom, args []term.Term) term.Term
}

// PanicToException is the exception a panic value stands for when it
// ends a process: an *term.Exception as it is, anything else through
// Options.PanicToException (module code's panics), else error:{go_panic,
// Text}. A recover point above the runtime (the shell's evaluator) uses
// it so that it reports what the process would have died of.
func (rt *Runtime) PanicToException(v any) *term.Exception {
	if e, ok := v.(*term.Exception); ok {
		return e
	}
	return rt.panicToException(v)
}
