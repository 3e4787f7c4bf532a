package eval

import (
	"goerl/syntax"
	"goerl/term"
)

// Tail calls.
//
// Erlang has no loops: a server is a fun that receives a message and calls
// itself, forever. Erlang runs such a call in tail position (its value is
// the caller's value) in constant space. Go has no tail calls, so an
// evaluator that applied the callee by recursing in Go would grow the
// goroutine's stack with every iteration, until the stack guard ends the
// process with system_limit. Instead, applyShellFun is a trampoline: the
// body of a shell fun is evaluated in tail mode, and a call in tail
// position whose callee is a shell fun is not made but returned to the
// trampoline as a tailCall, which then runs the callee in the same Go
// frame. Calls to module code and BIFs are ordinary Go calls even in tail
// position: they do not come back to the evaluator in a loop.
//
// Tail positions, as compiled Erlang has them: the last expression of a
// fun clause body, and recursively the last expression of
//   - begin ... end,
//   - the chosen clause body of case, if and receive (and the after body),
//   - the chosen of or catch clause body of a try that has no after
//     section (with an after section, the after code still has to run
//     when the call returns, so nothing in the try is a tail call).
// The protected part of a try (between try and of/catch) is never a tail
// position: its exceptions must be caught by this try, so its frame must
// stay. Nor are catch Expr, a match X = Call, the right side of
// andalso/orelse (compiled Erlang makes it one, erl_eval does not), or
// the last expression of a shell command (the shell keeps its bindings).
// erl_eval on OTP 25 makes no call inside a try a tail call (measured
// with process_info(self(), stack_size)); we follow the compiler there,
// which changes no value and no error, only frees the stack sooner.

// tailCall is a call in tail position to a shell fun, deferred to the
// trampoline in applyShellFun.
type tailCall struct {
	fun  *shellFun
	args []term.Term
}

// tailSeq is seq in tail position: the last expression's call to a shell
// fun comes back as a tailCall instead of being made. The bindings are
// not returned: a fun body's bindings die with it.
func (r *run) tailSeq(exprs []syntax.Expr, b *Bindings) (term.Term, *tailCall) {
	if len(exprs) == 0 {
		return term.OK, nil
	}
	last := len(exprs) - 1
	for _, e := range exprs[:last] {
		_, b = r.expr(e, b)
	}
	return r.tailExpr(exprs[last], b)
}

// tailExpr evaluates e in tail position. Only the expressions that have
// a tail position inside them are handled here; any other expression is
// evaluated as usual.
func (r *run) tailExpr(e syntax.Expr, b *Bindings) (term.Term, *tailCall) {
	switch e := e.(type) {
	case *syntax.Call:
		return r.tailCallExpr(e, b)
	case *syntax.Block:
		return r.tailSeq(e.Body, b)
	case *syntax.Case:
		body, nb := r.caseBody(e, b)
		return r.tailSeq(body, nb)
	case *syntax.If:
		return r.tailSeq(r.ifBody(e, b), b)
	case *syntax.Receive:
		body, nb := r.receiveBody(e, b)
		return r.tailSeq(body, nb)
	case *syntax.Try:
		if e.After == nil {
			v, body, nb := r.tryBranch(e, b)
			if body == nil {
				return v, nil
			}
			return r.tailSeq(body, nb)
		}
	}
	v, _ := r.expr(e, b)
	return v, nil
}

// tailCallExpr evaluates a call in tail position. Only a call through a
// fun value (a variable, a named fun's own name, any expression) can
// reach a shell fun; Mod:F(...) and f(...) leave the evaluator and are
// made as usual.
func (r *run) tailCallExpr(e *syntax.Call, b *Bindings) (term.Term, *tailCall) {
	switch e.Fun.(type) {
	case *syntax.Remote, *syntax.Atom:
		v, _ := r.call(e, b)
		return v, nil
	}
	fv, b := r.expr(e.Fun, b)
	args, _ := r.exprList(e.Args, b)
	if f, ok := fv.(*term.Fun); ok {
		if sf, ok := f.Impl.(*shellFun); ok {
			return nil, &tailCall{fun: sf, args: args}
		}
	}
	return r.apply(fv, args), nil
}
