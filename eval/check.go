package eval

import (
	"fmt"

	"goerl/syntax"
)

// CheckUnbound is the shell's check of a command before evaluating it
// (erl_lint as shell.erl runs it): the first use of an unbound variable,
// an illegal pattern, a map construction with :=, a stack-trace variable
// already bound, a record other than those rd/2 defines earlier in the
// command (Evaluator.Check knows the evaluator's records too). It returns
// a *syntax.Error positioned in the form, or nil.
func CheckUnbound(exprs []syntax.Expr, b *Bindings) error {
	return checkCommand(exprs, b, nil)
}

func checkCommand(exprs []syntax.Expr, b *Bindings, recs *Records) (err error) {
	c := &checker{records: recs, defined: map[string]RecordDef{}}
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(*syntax.Error)
			if !ok {
				panic(x)
			}
			err = e
		}
	}()
	bound := newVarSet(b.Names()...)
	for _, e := range exprs {
		bound = c.topLevel(e, bound)
	}
	return nil
}

type checker struct {
	records *Records
	// defined holds the records that rd/2 calls earlier in the command
	// define: erl's shell expands records one expression at a time.
	defined map[string]RecordDef
}

func (c *checker) fail(p syntax.Pos, format string, args ...any) {
	panic(&syntax.Error{Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
}

// topLevel checks one expression of the command; f() and f(X) there
// unbind variables for the rest of the command, as in erl.
func (c *checker) topLevel(e syntax.Expr, bound varSet) varSet {
	if call, ok := e.(*syntax.Call); ok {
		if a, ok := call.Fun.(*syntax.Atom); ok && a.Name == "rd" && len(call.Args) == 2 {
			bound = c.expr(e, bound)
			if def, ex := recordDefinition(call.Args); ex == nil {
				c.defined[def.Name] = def
			}
			return bound
		}
		if a, ok := call.Fun.(*syntax.Atom); ok && a.Name == "f" {
			switch len(call.Args) {
			case 0:
				return varSet{}
			case 1:
				if v, ok := call.Args[0].(*syntax.Var); ok {
					return bound.without(v.Name)
				}
			}
		}
	}
	return c.expr(e, bound)
}

func (c *checker) exprs(es []syntax.Expr, bound varSet) varSet {
	for _, e := range es {
		bound = c.expr(e, bound)
	}
	return bound
}

// expr checks e and returns the variables bound after it.
func (c *checker) expr(e syntax.Expr, bound varSet) varSet {
	switch e := e.(type) {
	case *syntax.Var:
		if !bound.has(e.Name) {
			c.fail(e.Pos, "variable '%s' is unbound", e.Name)
		}
	case *syntax.Tuple:
		return c.exprs(e.Elems, bound)
	case *syntax.List:
		bound = c.exprs(e.Elems, bound)
		if e.Tail != nil {
			bound = c.expr(e.Tail, bound)
		}
	case *syntax.Map:
		if e.Base != nil {
			bound = c.expr(e.Base, bound)
		}
		for _, a := range e.Assocs {
			if a.Exact && e.Base == nil {
				c.fail(a.Pos, "only association operators '=>' are allowed in map construction")
			}
			bound = c.expr(a.Key, bound)
			bound = c.expr(a.Value, bound)
		}
	case *syntax.Binary:
		for _, el := range e.Elems {
			bound = c.expr(el.Value, bound)
			if el.Size != nil {
				bound = c.expr(el.Size, bound)
			}
		}
	case *syntax.Record:
		return c.record(e, bound)
	case *syntax.Match:
		bound = c.expr(e.Right, bound)
		known := bound
		return c.pattern(e.Left, bound, &known)
	case *syntax.BinOp:
		// A chain 1+1+...+1 goes down its left spine without recursion.
		first, spine := syntax.LeftSpine(e)
		bound = c.expr(first, bound)
		for _, op := range spine {
			bound = c.expr(op.Right, bound)
		}
		return bound
	case *syntax.UnaryOp:
		return c.expr(e.Operand, bound)
	case *syntax.Catch:
		return c.expr(e.Expr, bound)
	case *syntax.Call:
		switch fn := e.Fun.(type) {
		case *syntax.Remote:
			bound = c.expr(fn.Mod, bound)
			bound = c.expr(fn.Fun, bound)
		case *syntax.Atom:
			if fn.Name == "record_info" && len(e.Args) == 2 {
				c.recordInfo(e, fn)
				return bound
			}
			if _, isVar := argVar(e); isVar && fn.Name == "f" {
				// f(X) inside an expression is not a use of X: erl checks
				// nothing there and unbinds X only when it runs.
				return bound
			}
		default:
			bound = c.expr(fn, bound)
		}
		return c.exprs(e.Args, bound)
	case *syntax.Remote:
		c.fail(e.Pos, "illegal expression")
	case *syntax.FunRef:
		for _, x := range []syntax.Expr{e.Module, e.Name, e.Arity} {
			if x != nil {
				bound = c.expr(x, bound)
			}
		}
	case *syntax.Fun:
		for _, cl := range e.Clauses {
			inner := bound
			if e.Name != "" {
				inner = inner.with(e.Name)
			}
			c.clause(cl, inner, true)
		}
	case *syntax.Block:
		return c.exprs(e.Body, bound)
	case *syntax.Case:
		bound = c.expr(e.Expr, bound)
		return c.clauses(e.Clauses, bound)
	case *syntax.If:
		return c.clauses(e.Clauses, bound)
	case *syntax.Receive:
		out := c.clauses(e.Clauses, bound)
		if e.After != nil {
			c.expr(e.After, bound)
			out = out.union(c.exprs(e.AfterBody, bound))
		}
		return out
	case *syntax.Try:
		return c.try(e, bound)
	case *syntax.Comprehension:
		c.comprehension(e, bound)
	case *syntax.Generator:
		c.fail(e.Pos, "illegal expression")
	}
	return bound
}

// clause checks one clause; with fresh (fun heads) the patterns'
// variables shadow outer ones. It returns the variables bound after it.
func (c *checker) clause(cl syntax.Clause, bound varSet, fresh bool) varSet {
	inner := bound
	for _, p := range cl.Patterns {
		if fresh {
			inner = c.freshPattern(p, inner)
		} else {
			known := inner
			inner = c.pattern(p, inner, &known)
		}
	}
	c.guard(cl.Guard, inner)
	return c.exprs(cl.Body, inner)
}

// clauses checks alternatives; afterwards a variable counts as bound if
// some clause binds it (erl_eval would raise unbound_var at run time
// otherwise; the shell's check does not report unsafe variables).
func (c *checker) clauses(cs []syntax.Clause, bound varSet) varSet {
	out := bound
	for _, cl := range cs {
		out = out.union(c.clause(cl, bound, false))
	}
	return out
}

func (c *checker) guard(g syntax.Guard, bound varSet) {
	for _, conj := range g {
		for _, t := range conj {
			if nt := newTypeTest(t); nt != t {
				c.oldRecordTest(nt.(*syntax.Call))
				t = nt
			}
			if bad := illegalInGuard(t); bad != nil {
				c.fail(bad.Position(), "illegal guard expression")
			}
			c.expr(t, bound)
		}
	}
}

// guardOps are the operators allowed in guards: arithmetic, bitwise,
// comparison and boolean ones; not ++, --, ! or =.
var guardOps = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "div": true, "rem": true,
	"band": true, "bor": true, "bxor": true, "bsl": true, "bsr": true,
	"==": true, "/=": true, "=<": true, "<": true, ">=": true, ">": true, "=:=": true, "=/=": true,
	"and": true, "or": true, "xor": true, "andalso": true, "orelse": true,
}

// illegalInGuard returns the first part of a guard test that erl_lint
// rejects as an illegal guard expression (a call to anything but a guard
// BIF, a match, a send, a fun, case, receive...), or nil.
func illegalInGuard(e syntax.Expr) syntax.Expr {
	var bad syntax.Expr
	syntax.Inspect(e, func(x syntax.Expr) bool {
		if bad != nil {
			return false
		}
		switch x := x.(type) {
		case *syntax.Var, *syntax.Atom, *syntax.Integer, *syntax.Char, *syntax.Float, *syntax.String,
			*syntax.Tuple, *syntax.List, *syntax.Map, *syntax.Binary, *syntax.UnaryOp, *syntax.Record:
			return true
		case *syntax.BinOp:
			if !guardOps[x.Op] {
				bad = x
			}
			return bad == nil
		case *syntax.Call:
			if _, ok := guardBIFName(x); !ok {
				bad = x
				return false
			}
			// The callee is a name, not an expression to check; only the
			// arguments are.
			for _, a := range x.Args {
				if b := illegalInGuard(a); b != nil {
					bad = b
					break
				}
			}
			return false
		default:
			bad = x
			return false
		}
	})
	return bad
}

func (c *checker) try(e *syntax.Try, bound varSet) varSet {
	body := c.exprs(e.Body, bound)
	out := body.union(c.clauses(e.OfClauses, body))
	for _, cl := range e.CatchClauses {
		if v, ok := cl.Patterns[2].(*syntax.Var); ok && v.Name != "_" && bound.has(v.Name) {
			c.fail(v.Pos, "stacktrace variable '%s' must not be previously bound", v.Name)
		}
		out = out.union(c.clause(cl, bound, false))
	}
	if e.After != nil {
		c.exprs(e.After, bound)
	}
	return out
}

func (c *checker) comprehension(e *syntax.Comprehension, bound varSet) {
	inner := bound
	for _, q := range e.Quals {
		if g, ok := q.(*syntax.Generator); ok {
			c.expr(g.Expr, inner)
			inner = c.freshPattern(g.Pattern, inner)
			continue
		}
		inner = c.expr(q, inner)
	}
	c.expr(e.Elem, inner)
}

// freshPattern binds a pattern whose variables are new (shadowing).
func (c *checker) freshPattern(p syntax.Expr, bound varSet) varSet {
	known := bound
	return bound.union(c.pattern(p, varSet{}, &known))
}

// pattern checks a pattern: bound holds the variables it may already
// refer to as values (and gets the pattern's own), known is what
// expressions inside it (map keys, binary sizes) may use.
func (c *checker) pattern(p syntax.Expr, bound varSet, known *varSet) varSet {
	switch p := p.(type) {
	case *syntax.Var:
		if p.Name != "_" {
			bound = bound.with(p.Name)
			*known = known.with(p.Name)
		}
	case *syntax.Atom, *syntax.Integer, *syntax.Char, *syntax.Float, *syntax.String:
	case *syntax.Tuple:
		for _, e := range p.Elems {
			bound = c.pattern(e, bound, known)
		}
	case *syntax.List:
		for _, e := range p.Elems {
			bound = c.pattern(e, bound, known)
		}
		if p.Tail != nil {
			bound = c.pattern(p.Tail, bound, known)
		}
	case *syntax.Map:
		if p.Base != nil {
			c.fail(p.Pos, "illegal pattern")
		}
		for _, a := range p.Assocs {
			if !a.Exact {
				c.fail(a.Pos, "illegal pattern")
			}
			c.expr(a.Key, *known)
			bound = c.pattern(a.Value, bound, known)
		}
	case *syntax.Binary:
		for _, el := range p.Elems {
			if el.Size != nil {
				c.expr(el.Size, *known)
			}
			bound = c.pattern(el.Value, bound, known)
		}
	case *syntax.Match:
		bound = c.pattern(p.Left, bound, known)
		bound = c.pattern(p.Right, bound, known)
	case *syntax.BinOp:
		if p.Op == "++" {
			switch l := p.Left.(type) {
			case *syntax.String:
				return c.pattern(p.Right, bound, known)
			case *syntax.List:
				if l.Tail == nil {
					bound = c.pattern(l, bound, known)
					return c.pattern(p.Right, bound, known)
				}
			}
		}
		if !isConstantPattern(p) {
			c.fail(p.Pos, "illegal pattern")
		}
	case *syntax.UnaryOp:
		if !isConstantPattern(p) {
			c.fail(p.Pos, "illegal pattern")
		}
	case *syntax.Record:
		return c.recordPattern(p, bound, known)
	default:
		c.fail(p.Position(), "illegal pattern")
	}
	return bound
}

// argVar is the variable that is a call's only argument.
func argVar(call *syntax.Call) (*syntax.Var, bool) {
	if len(call.Args) != 1 {
		return nil, false
	}
	v, ok := call.Args[0].(*syntax.Var)
	return v, ok
}
