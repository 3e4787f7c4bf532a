package eval

import (
	"goerl/process"
	"goerl/syntax"
	"goerl/term"
)

// Evaluator evaluates shell commands against an Env.
type Evaluator struct {
	env     Env
	records *Records
	// limits is the allocation budget of the constructs the evaluator
	// builds itself (binaries); BIFs have the dispatcher's.
	limits term.Limits
}

// SetLimits sets the allocation budget of binary construction; the zero
// value means term's defaults.
func (ev *Evaluator) SetLimits(l term.Limits) { ev.limits = l }

// New makes an evaluator that calls out through env, with an empty table
// of record definitions of its own.
func New(env Env) *Evaluator { return &Evaluator{env: env, records: NewRecords()} }

// Records is the evaluator's table of record definitions: rd/2 in a
// command adds to it; the shell lists, forgets and prints with it.
func (ev *Evaluator) Records() *Records { return ev.records }

// Check is the shell's check of a command before evaluating it, with this
// evaluator's records known (see CheckUnbound).
func (ev *Evaluator) Check(exprs []syntax.Expr, b *Bindings) error {
	return checkCommand(exprs, b, ev.records)
}

// Eval evaluates a command (the expressions of one form) in process p with
// bindings b, returning the last value and the bindings after it.
// Uncaught exceptions propagate as a panic of *term.Exception. p may be
// nil for commands that use no process operation.
func (ev *Evaluator) Eval(p *process.Proc, exprs []syntax.Expr, b *Bindings) (value term.Term, out *Bindings) {
	r := &run{ev: ev, p: p}
	return r.seq(exprs, b)
}

// run is one evaluation: the evaluator and the process it runs in.
type run struct {
	ev *Evaluator
	p  *process.Proc
}

// seq evaluates a body: each expression sees the bindings the previous
// one made, and the value is the last one's (ok for an empty body, which
// the parser never produces).
func (r *run) seq(exprs []syntax.Expr, b *Bindings) (term.Term, *Bindings) {
	var v term.Term = term.OK
	for _, e := range exprs {
		v, b = r.expr(e, b)
	}
	return v, b
}

// value evaluates e for its value only; bindings it makes are dropped
// (used where Erlang scoping keeps them local, or where erl_lint forbids
// them anyway).
func (r *run) value(e syntax.Expr, b *Bindings) term.Term {
	v, _ := r.expr(e, b)
	return v
}

// exprList evaluates es left to right, threading bindings.
func (r *run) exprList(es []syntax.Expr, b *Bindings) ([]term.Term, *Bindings) {
	vs := make([]term.Term, len(es))
	for i, e := range es {
		vs[i], b = r.expr(e, b)
	}
	return vs, b
}

// expr is erl_eval:expr/6: one expression's value and the bindings after
// it. Bindings are immutable values threaded through, so a failed match
// or an exception leaves the caller's bindings as they were.
func (r *run) expr(e syntax.Expr, b *Bindings) (term.Term, *Bindings) {
	switch e := e.(type) {
	case *syntax.Atom:
		return term.Atom(e.Name), b
	case *syntax.Integer:
		return e.Value, b
	case *syntax.Char:
		return int(e.Value), b
	case *syntax.Float:
		return e.Value, b
	case *syntax.String:
		return runesToList(e.Value), b
	case *syntax.Var:
		v, ok := b.Get(e.Name)
		if !ok {
			raiseEval(term.Tuple{term.Atom("unbound"), term.Atom(e.Name)}, "expr", 6, 267)
		}
		return v, b
	case *syntax.Tuple:
		vs, b := r.exprList(e.Elems, b)
		return term.Tuple(vs), b
	case *syntax.List:
		vs, b := r.exprList(e.Elems, b)
		var tail term.Term = term.List{}
		if e.Tail != nil {
			tail, b = r.expr(e.Tail, b)
		}
		return term.ConsN(vs, tail), b
	case *syntax.Map:
		return r.mapExpr(e, b)
	case *syntax.Binary:
		return r.binary(e, b)
	case *syntax.Match:
		var v term.Term
		if c, ok := e.Right.(*syntax.Catch); ok {
			// erl_eval evaluates a match's right side by a call that is
			// not a tail call, so an error caught there has one more
			// frame: {erl_eval,expr,6,[...,{line,492}]}.
			v, b = r.catchWith(c, b, evalFrame("expr", 6, 492))
		} else {
			v, b = r.expr(e.Right, b)
		}
		nb, ok := r.match(e.Left, v, b)
		if !ok {
			badmatch(v)
		}
		return v, nb
	case *syntax.BinOp:
		return r.binOp(e, b)
	case *syntax.UnaryOp:
		v, b := r.expr(e.Operand, b)
		return unary(e.Op, v), b
	case *syntax.Catch:
		return r.catch(e, b)
	case *syntax.Call:
		return r.call(e, b)
	case *syntax.FunRef:
		return r.funRef(e, b), b
	case *syntax.Fun:
		return r.makeFun(e, b), b
	case *syntax.Block:
		return r.seq(e.Body, b)
	case *syntax.Case:
		return r.seq(r.caseBody(e, b))
	case *syntax.If:
		return r.seq(r.ifBody(e, b), b)
	case *syntax.Receive:
		return r.seq(r.receiveBody(e, b))
	case *syntax.Try:
		return r.try(e, b)
	case *syntax.Comprehension:
		return r.comprehension(e, b), b
	case *syntax.Record:
		return r.recordExpr(e, b)
	case *syntax.Remote, *syntax.Generator:
		raiseEval(term.Atom("illegal_expression"), "expr", 6, 480)
	}
	panic("eval: unknown expression")
}

// runesToList is a string literal's value: a list of code points.
func runesToList(rs []rune) term.List {
	l := make(term.List, len(rs))
	for i, c := range rs {
		l[i] = int(c)
	}
	return l
}

// binOp evaluates a chain of binary operators nesting to the left
// (1+1+...+1) along its spine, left operand first, without a level of
// recursion per operator.
func (r *run) binOp(e *syntax.BinOp, b *Bindings) (term.Term, *Bindings) {
	if next, ok := e.Right.(*syntax.BinOp); ok && e.Op == "++" && next.Op == "++" {
		return r.appendChain(e, b)
	}
	first, spine := syntax.LeftSpine(e)
	l, b := r.expr(first, b)
	for _, op := range spine {
		l, b = r.binOpRight(op, l, b)
	}
	return l, b
}

// binOpRight finishes e given the value of its left operand.
func (r *run) binOpRight(e *syntax.BinOp, l term.Term, b *Bindings) (term.Term, *Bindings) {
	switch e.Op {
	case "andalso", "orelse":
		if !isBool(l) {
			raiseEval(term.Tuple{term.Atom("badarg"), l}, "expr", 6, 480)
		}
		if (e.Op == "andalso") == (l == term.False) {
			return l, b
		}
		return r.expr(e.Right, b)
	}
	rv, b := r.expr(e.Right, b)
	if e.Op == "!" {
		return r.send(l, rv), b
	}
	return binaryOp(e.Op, l, rv), b
}

// send is the ! operator. A destination that is not a pid, a name or a
// {Name,Node} pair, or a name nobody has, raises badarg with the
// operator's frame (erlang:!/2), as erl_eval reports it.
func (r *run) send(dest, msg term.Term) term.Term {
	switch d := dest.(type) {
	case term.Pid, term.Atom:
	case term.Tuple:
		if len(d) != 2 {
			badarg("!", dest, msg)
		}
	default:
		badarg("!", dest, msg)
	}
	if r.p == nil {
		badarg("!", dest, msg)
	}
	func() {
		defer func() {
			if x := recover(); x != nil {
				if ex, ok := x.(*term.Exception); ok && ex.Reason == term.Atom("badarg") {
					badarg("!", dest, msg)
				}
				panic(x)
			}
		}()
		r.p.Runtime().Send(r.p, dest, msg)
	}()
	return msg
}

func (r *run) mapExpr(e *syntax.Map, b *Bindings) (term.Term, *Bindings) {
	// erl_eval evaluates the map, then every association, and only then
	// checks that the map is one ([]#{a => error(bad)} raises bad).
	var bv term.Term
	if e.Base != nil {
		bv, b = r.expr(e.Base, b)
	}
	type kv struct {
		k, v  term.Term
		exact bool
	}
	pairs := make([]kv, len(e.Assocs))
	for i, a := range e.Assocs {
		pairs[i].k, b = r.expr(a.Key, b)
		pairs[i].v, b = r.expr(a.Value, b)
		pairs[i].exact = a.Exact
	}
	base := term.NewMap(nil, nil)
	if e.Base != nil {
		m, ok := bv.(*term.Map)
		if !ok {
			raise(term.Tuple{term.Atom("badmap"), bv},
				stackOf(term.Tuple{term.Atom("maps"), term.Atom("put"), term.List{term.Atom("k"), term.Atom("v"), bv}, term.List{}}))
		}
		base = m
	}
	for i, p := range pairs {
		if p.exact {
			if _, ok := base.Get(p.k); !ok {
				// erl_eval folds the associations over the map with
				// lists:foldl; the first one fails in foldl/3, later
				// ones in foldl_1/3.
				fold := term.Tuple{term.Atom("lists"), term.Atom("foldl"), 3, fileLine("lists.erl", 1350)}
				if i > 0 {
					fold = term.Tuple{term.Atom("lists"), term.Atom("foldl_1"), 3, fileLine("lists.erl", 1355)}
				}
				raise(term.Tuple{term.Atom("badkey"), p.k}, stackOf(
					term.Tuple{term.Atom("maps"), term.Atom("update"), term.List{p.k, p.v, base}, stdlibErrorInfo()},
					term.Tuple{term.Atom("erl_eval"), term.Atom("-expr/6-fun-0-"), 2, fileLine("erl_eval.erl", 309)},
					fold))
			}
		}
		base = base.Put(p.k, p.v)
	}
	return base, b
}

// catch evaluates catch Expr: a throw gives its value, an exit
// {'EXIT',Reason}, an error {'EXIT',{Reason,Stack}}. Bindings made inside
// are kept only when nothing was raised.
func (r *run) catch(e *syntax.Catch, b *Bindings) (v term.Term, out *Bindings) {
	return r.catchWith(e, b, nil)
}

// catchWith is catch; outer, when not nil, is the frame of the
// expression the catch is part of, which erl's stack has between the
// evaluator's frames and the shell's (cut at erl's backtrace depth, 8).
func (r *run) catchWith(e *syntax.Catch, b *Bindings, outer term.Term) (v term.Term, out *Bindings) {
	defer func() {
		if x := recover(); x != nil {
			ex, ok := x.(*term.Exception)
			if !ok {
				panic(x)
			}
			out = b
			switch ex.Class {
			case "throw":
				v = ex.Reason
			case "exit":
				v = term.Tuple{term.Atom("EXIT"), ex.Reason}
			default:
				stack := ex.Stack
				if outer != nil {
					stack = withOuterFrame(stack, outer)
				}
				v = term.Tuple{term.Atom("EXIT"), term.Tuple{ex.Reason, stack}}
			}
		}
	}()
	return r.expr(e.Expr, b)
}

// appendChain evaluates A ++ B ++ ... ++ Z (++ nests to the right) with
// one copy of the lists instead of one per operator, which was quadratic
// in the length of the chain: the operands left to right as erl does,
// then the joins from the right, so that a bad operand fails as erl's
// innermost failing ++ would, with the same arguments.
func (r *run) appendChain(e *syntax.BinOp, b *Bindings) (term.Term, *Bindings) {
	var operands []syntax.Expr
	cur := syntax.Expr(e)
	for {
		op, ok := cur.(*syntax.BinOp)
		if !ok || op.Op != "++" {
			break
		}
		operands = append(operands, op.Left)
		cur = op.Right
	}
	operands = append(operands, cur)
	vals, b := r.exprList(operands, b)
	last := vals[len(vals)-1]
	total := 0
	for i := len(vals) - 2; i >= 0; i-- {
		l, ok := properElems(vals[i])
		if !ok {
			var rest []term.Term
			for _, v := range vals[i+1 : len(vals)-1] {
				rest = append(rest, v.(term.List)...)
			}
			badarg("++", vals[i], term.ConsN(rest, last))
		}
		total += len(l)
	}
	elems := make([]term.Term, 0, total)
	for _, v := range vals[:len(vals)-1] {
		elems = append(elems, v.(term.List)...)
	}
	return term.ConsN(elems, last), b
}
