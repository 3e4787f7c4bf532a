package eval

import (
	"goerl/exception"
	"goerl/term"
)

// Stack frames as erl shows them in caught stack traces. Their file lines
// are those of OTP 25's erl_eval.erl and shell.erl, so that a caught
// exception prints the same as in erl.

func fileLine(file string, line int) term.List {
	return term.List{
		term.Tuple{term.Atom("file"), term.String(file)},
		term.Tuple{term.Atom("line"), line},
	}
}

func evalFrame(fun string, arity, line int) term.Tuple {
	return term.Tuple{term.Atom("erl_eval"), term.Atom(fun), arity, fileLine("erl_eval.erl", line)}
}

// shellFrames is the bottom of every stack trace: the shell's evaluator.
func shellFrames() []term.Term {
	return []term.Term{
		term.Tuple{term.Atom("shell"), term.Atom("exprs"), 7, fileLine("shell.erl", 691)},
		term.Tuple{term.Atom("shell"), term.Atom("eval_exprs"), 7, fileLine("shell.erl", 647)},
		term.Tuple{term.Atom("shell"), term.Atom("eval_loop"), 3, fileLine("shell.erl", 632)},
	}
}

// stackOf builds a stack list: frames, then erl_eval:expr/6, then the
// shell's frames.
func stackOf(frames ...term.Term) term.List {
	s := append(term.List{}, frames...)
	s = append(s, evalFrame("expr", 6, 480))
	return append(s, shellFrames()...)
}

// raise panics with an error-class exception.
func raise(reason term.Term, stack term.List) {
	panic(&term.Exception{Class: "error", Reason: reason, Stack: stack})
}

// stdlibErrorInfo is the location list of a stdlib frame whose argument
// errors erl_stdlib_errors explains (maps:update/3 in a map update).
func stdlibErrorInfo() term.List {
	m := term.NewMap([]term.Term{term.Atom("module")}, []term.Term{term.Atom("erl_stdlib_errors")})
	return term.List{term.Tuple{term.Atom("error_info"), m}}
}

// errorInfo is the location list of an operator frame.
func errorInfo() term.List {
	m := term.NewMap([]term.Term{term.Atom("module")}, []term.Term{term.Atom("erl_erts_errors")})
	return term.List{term.Tuple{term.Atom("error_info"), m}}
}

// raiseOp raises reason from operator op applied to args, with the frame
// {erlang,Op,Args,[{error_info,...}]} from which the shell prints
// "in operator  '/'/2 called as 1 / 0".
func raiseOp(reason term.Term, op string, args ...term.Term) {
	frame := term.Tuple{term.Atom("erlang"), term.Atom(op), term.List(args), errorInfo()}
	raise(reason, stackOf(frame, evalFrame("do_apply", 7, 748)))
}

func badarith(op string, args ...term.Term) { raiseOp(term.Atom("badarith"), op, args...) }
func badarg(op string, args ...term.Term)   { raiseOp(term.Atom("badarg"), op, args...) }

// raiseEval raises an error that erl_eval itself detects, with the
// frame erl shows for it (e.g. erl_eval:case_clauses/8 for case_clause).
func raiseEval(reason term.Term, fun string, arity, line int) {
	raise(reason, stackOf(evalFrame(fun, arity, line)))
}

func badmatch(v term.Term) { raiseEval(term.Tuple{term.Atom("badmatch"), v}, "expr", 6, 496) }

// isShellFrame reports whether a frame belongs to the shell's evaluator.
func isShellFrame(f term.Term) bool {
	t, ok := f.(term.Tuple)
	return ok && len(t) == 4 && t[0] == term.Atom("shell") && t[1] == term.Atom("eval_loop")
}

// withShellStack returns ex with the evaluator's frames appended to its
// stack, unless they are there already (an exception crossing several
// shell funs gets them once).
func withShellStack(ex *term.Exception) *term.Exception {
	if ex.Given {
		return ex
	}
	stack, _ := ex.Stack.(term.List)
	for _, f := range stack {
		if isShellFrame(f) {
			return ex
		}
	}
	s := append(term.List{}, stack...)
	s = append(s, evalFrame("do_apply", 7, 748), evalFrame("expr", 6, 480))
	s = append(s, shellFrames()...)
	return &term.Exception{Class: ex.Class, Reason: ex.Reason, Stack: s}
}

// annotate is deferred around calls that leave the evaluator: it adds the
// shell's frames to an exception coming back.
func annotate() {
	if r := recover(); r != nil {
		if ex, ok := r.(*term.Exception); ok {
			panic(withShellStack(ex))
		}
		panic(r)
	}
}

// WithoutEvaluatorFrames returns ex as it looks when the shell fun that
// raised it runs as the body of a spawned process: no shell evaluator is
// below it, so the frames of erl_eval's command chain and of the shell
// loop go. An exception raised by a local BIF call (error/1, throw/1)
// then shows the frame erl shows for it, shell:apply_fun/3.
func WithoutEvaluatorFrames(ex *term.Exception) *term.Exception {
	stack, ok := ex.Stack.(term.List)
	if !ok {
		return ex
	}
	var kept term.List
	for _, f := range stack {
		if !exception.IsEvaluatorChain(f) {
			kept = append(kept, f)
		}
	}
	if len(kept) == 0 {
		kept = term.List{applyFunFrame()}
	}
	return &term.Exception{Class: ex.Class, Reason: ex.Reason, Stack: kept}
}

// applyFunFrame is shell:apply_fun/3, through which erl's shell calls
// local functions.
func applyFunFrame() term.Tuple {
	return term.Tuple{term.Atom("shell"), term.Atom("apply_fun"), 3, fileLine("shell.erl", 912)}
}

// IsCatchFrame reports whether f is erl_eval:expr/6 at line 480: the frame
// of a catch or try inside a command, which erl's history value of a
// command that raised does not show.
func IsCatchFrame(f term.Term) bool { return term.ExactEqual(f, evalFrame("expr", 6, 480)) }

// withOuterFrame puts frame before the shell's frames at the bottom of a
// stack, which then keeps at most erl's backtrace depth of 8 frames.
func withOuterFrame(stack term.Term, frame term.Term) term.Term {
	l, ok := stack.(term.List)
	if !ok {
		return stack
	}
	i := len(l)
	for i > 0 {
		t, ok := l[i-1].(term.Tuple)
		if !ok || len(t) != 4 || t[0] != term.Atom("shell") {
			break
		}
		i--
	}
	out := append(append(append(term.List{}, l[:i]...), frame), l[i:]...)
	if len(out) > 8 {
		out = out[:8]
	}
	return out
}
