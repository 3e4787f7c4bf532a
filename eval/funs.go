package eval

import (
	"goerl/process"
	"goerl/syntax"
	"goerl/term"
)

// Shell funs print as erl 25 prints them: #Fun<erl_eval.I.3316493>, where
// I depends only on the arity and on whether the fun is named (erl_eval
// has one Erlang fun per arity for each kind).
const (
	shellFunUniq     = 3316493
	unnamedFunIndex0 = 43 // arity 0; arity n has index 43-n
	namedFunIndex0   = 20 // named fun of arity 0; arity n has 20-n
	maxFunArity      = 20
)

// shellFun is the Impl of a fun made by the evaluator: its definition and
// the bindings it closed over.
type shellFun struct {
	ev       *Evaluator
	def      *syntax.Fun
	bindings *Bindings
	self     *term.Fun
}

// CallFun applies a fun made by an Evaluator (a shell fun) to args in
// process p; ok is false if f is not a shell fun. Other packages use it
// to run shell funs handed to them (lists:map(F, L), spawn(F)).
func CallFun(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool) {
	sf, ok := f.Impl.(*shellFun)
	if !ok {
		return nil, false
	}
	r := &run{ev: sf.ev, p: p}
	return r.applyShellFun(sf, args), true
}

// FunSource is the definition of a shell fun (b() prints it), or ok
// false for other funs.
func FunSource(f *term.Fun) (*syntax.Fun, bool) {
	sf, ok := f.Impl.(*shellFun)
	if !ok {
		return nil, false
	}
	return sf.def, true
}

// IsShellFun reports whether f was made by an Evaluator.
func IsShellFun(f *term.Fun) bool {
	_, ok := f.Impl.(*shellFun)
	return ok
}

// makeFun makes a shell fun: a closure over the current bindings that
// prints as erl_eval's funs do (#Fun<erl_eval.N.Uniq>, N from the arity
// as erl_eval numbers its interpreted funs). Funs of more arguments than
// erl_eval supports fail at creation with argument_limit.
func (r *run) makeFun(e *syntax.Fun, b *Bindings) term.Term {
	arity := len(e.Clauses[0].Patterns)
	if arity > maxFunArity {
		// erl_eval's reason holds the fun's abstract form; goerl gives
		// its position only, which prints the same uncaught.
		raiseEval(term.Tuple{term.Atom("argument_limit"), term.Tuple{term.Atom("fun"), term.Tuple{e.Pos.Line, e.Pos.Col}}}, "expr", 6, 480)
	}
	index := unnamedFunIndex0 - arity
	if e.Name != "" {
		index = namedFunIndex0 - arity
	}
	sf := &shellFun{ev: r.ev, def: e, bindings: b}
	f := &term.Fun{Module: "erl_eval", Arity: arity, Index: index, Uniq: shellFunUniq, Impl: sf}
	sf.self = f
	return f
}

// applyShellFun applies a shell fun. It is the trampoline that makes
// tail calls run in constant Go stack (see tailcall.go): when the body
// ends in a tail call to a shell fun, the loop applies that fun next
// instead of recursing.
func (r *run) applyShellFun(sf *shellFun, args []term.Term) term.Term {
	for {
		if r.p != nil {
			// Every shell fun call, tail calls included, is a point where
			// a kill (Ctrl-C, a linked process dying, purge) or the stack
			// guard can stop a runaway loop or recursion, as module code's
			// rewritten function entries are.
			r.p.Runtime().Check()
		}
		body, b := r.enterShellFun(sf, args)
		v, next := r.tailSeq(body, b)
		if next == nil {
			return v
		}
		sf, args = next.fun, next.args
	}
}

// enterShellFun picks the clause of sf that args select and returns its
// body with the bindings to run it in, raising badarity or
// function_clause as erl_eval does.
func (r *run) enterShellFun(sf *shellFun, args []term.Term) ([]syntax.Expr, *Bindings) {
	f := sf.self
	if len(args) != f.Arity {
		raise(term.Tuple{term.Atom("badarity"), term.Tuple{f, term.List(args)}},
			stackOf(evalFrame("do_apply", 6, 714)))
	}
	b := sf.bindings
	if sf.def.Name != "" {
		b = b.With(sf.def.Name, f)
	}
	for _, c := range sf.def.Clauses {
		nb, ok := r.matchArgs(c.Patterns, args, b)
		if ok && r.guard(c.Guard, nb) {
			return c.Body, nb
		}
	}
	raise(term.Atom("function_clause"), stackOf(
		term.Tuple{term.Atom("erl_eval"), term.Atom("-inside-an-interpreted-fun-"), term.List(args), term.List{}},
		evalFrame("eval_fun", 8, 898)))
	return nil, nil
}

// matchArgs matches fun arguments; the patterns' variables shadow the
// bindings the fun closed over, as Erlang fun heads do.
func (r *run) matchArgs(pats []syntax.Expr, args []term.Term, outer *Bindings) (*Bindings, bool) {
	m := &matcher{r: r, outer: outer, b: NewBindings()}
	for i, p := range pats {
		if !m.match(p, args[i]) {
			return nil, false
		}
	}
	return m.merged(), true
}

// apply calls a fun value with evaluated arguments.
func (r *run) apply(fv term.Term, args []term.Term) term.Term {
	f, ok := fv.(*term.Fun)
	if !ok {
		raise(term.Tuple{term.Atom("badfun"), fv}, stackOf(
			term.Tuple{term.Atom("shell"), term.Atom("apply_fun"), 3, fileLine("shell.erl", 914)},
			evalFrame("do_apply", 6, 735)))
	}
	if sf, ok := f.Impl.(*shellFun); ok {
		return r.applyShellFun(sf, args)
	}
	if f.Arity != len(args) {
		raise(term.Tuple{term.Atom("badarity"), term.Tuple{f, term.List(args)}},
			stackOf(evalFrame("do_apply", 6, 714)))
	}
	if f.External {
		return r.callMFA(term.Atom(f.Module), term.Atom(f.Name), args)
	}
	defer annotate()
	v, ok := r.ev.env.CallFun(r.p, f, args)
	if !ok {
		raise(term.Tuple{term.Atom("badfun"), f}, stackOf(evalFrame("do_apply", 6, 735)))
	}
	return v
}

// callMFA makes a remote call through the Env; an exception coming back
// gets the evaluator's frames (annotate).
func (r *run) callMFA(mod, fun term.Atom, args []term.Term) term.Term {
	defer annotate()
	return r.ev.env.CallMFA(r.p, mod, fun, args)
}

// call evaluates a call: Mod:Fun(Args) with both parts evaluated (a
// non-atom is badfun), f(Args) as the shell's own builtins (f/0,1, record
// functions) or a local call, and any other callee as a fun applied to
// the arguments. Arguments are evaluated left to right after the callee.
func (r *run) call(e *syntax.Call, b *Bindings) (term.Term, *Bindings) {
	switch fn := e.Fun.(type) {
	case *syntax.Remote:
		mv, b := r.expr(fn.Mod, b)
		fv, b := r.expr(fn.Fun, b)
		args, b := r.exprList(e.Args, b)
		mod, ok1 := mv.(term.Atom)
		name, ok2 := fv.(term.Atom)
		if !ok1 || !ok2 {
			raise(term.Tuple{term.Atom("badfun"), term.Tuple{mv, fv}}, stackOf(evalFrame("expr", 6, 475)))
		}
		return r.callMFA(mod, name, args), b
	case *syntax.Atom:
		if v, nb, ok := r.shellBuiltin(fn.Name, e.Args, b); ok {
			return v, nb
		}
		if v, nb, ok := r.recordBuiltin(fn.Name, e.Args, b); ok {
			return v, nb
		}
		args, b := r.exprList(e.Args, b)
		return r.callLocal(term.Atom(fn.Name), args, b), b
	}
	fv, b := r.expr(e.Fun, b)
	args, b := r.exprList(e.Args, b)
	return r.apply(fv, args), b
}

// shellBuiltin handles the shell commands that act on the command's own
// bindings and so take their argument unevaluated: f() forgets every
// binding, f(X) forgets X.
func (r *run) shellBuiltin(name string, args []syntax.Expr, b *Bindings) (term.Term, *Bindings, bool) {
	if name != "f" {
		return nil, nil, false
	}
	switch len(args) {
	case 0:
		return term.OK, NewBindings(), true
	case 1:
		if v, ok := args[0].(*syntax.Var); ok {
			return term.OK, b.Without(v.Name), true
		}
		// shell:f/1 has a clause for a variable only.
		raise(term.Atom("function_clause"), term.List{term.Tuple{term.Atom("shell"), term.Atom("f"), 1, term.List{}}})
	}
	return nil, nil, false
}

// callLocal is an unqualified call: the Env's shell commands and
// auto-imported BIFs, else undef with the shell_default frame that prints
// as "undefined shell command f/N".
func (r *run) callLocal(name term.Atom, args []term.Term, b *Bindings) term.Term {
	defer annotate()
	defer localApplyFrame()
	v, ok := r.ev.env.CallLocal(&Context{Proc: r.p, bindings: b}, name, args)
	if !ok {
		raise(term.Atom("undef"), term.List{
			term.Tuple{term.Atom("shell_default"), name, term.List(args), term.List{}},
		})
	}
	return v
}

// localApplyFrame gives an exception raised by a local call with no frame
// of its own (error/1, exit/1, throw/1) the frame erl's shell shows for
// it: the shell applies local functions through shell:apply_fun/3.
func localApplyFrame() {
	if r := recover(); r != nil {
		if ex, ok := r.(*term.Exception); ok {
			if stack, isList := ex.Stack.(term.List); isList && len(stack) == 0 {
				panic(&term.Exception{Class: ex.Class, Reason: ex.Reason, Stack: term.List{applyFunFrame()}})
			}
		}
		panic(r)
	}
}

// funRef is fun M:F/A (an external fun, resolved at each call) and fun
// F/A, which has no meaning at the prompt (the shell has no local
// functions), so erl_eval raises undef for it.
func (r *run) funRef(e *syntax.FunRef, b *Bindings) term.Term {
	name := r.value(e.Name, b)
	arity := r.value(e.Arity, b)
	n, okN := name.(term.Atom)
	a, okA := arity.(int)
	if e.Module == nil {
		raise(term.Atom("undef"), stackOf(term.Tuple{term.Atom("erl_eval"), n, a, term.List{}}))
	}
	mod := r.value(e.Module, b)
	m, okM := mod.(term.Atom)
	if !okM || !okN || !okA || a < 0 || a > 255 {
		raiseOp(term.Atom("badarg"), "make_fun", mod, name, arity)
	}
	return &term.Fun{Module: string(m), Name: string(n), Arity: a, External: true}
}
