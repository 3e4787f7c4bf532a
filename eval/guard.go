package eval

import (
	"math"
	"math/big"

	"goerl/syntax"
	"goerl/term"
)

// Guards are evaluated here, not through Env: only guard expressions and
// guard BIFs are allowed, and any exception makes the guard false.

// guardFailure is raised for constructs that are not guard expressions.
type guardFailure struct{}

// guard reports whether a guard sequence (G1; G2; ...) holds: some
// conjunction has all tests true. An empty guard holds.
func (r *run) guard(g syntax.Guard, b *Bindings) bool {
	if len(g) == 0 {
		return true
	}
	for _, conj := range g {
		if r.conjunction(conj, b) {
			return true
		}
	}
	return false
}

// conjunction is one guard of a guard sequence: every test must be
// true; a test that fails or raises makes the guard false, as in erl.
func (r *run) conjunction(tests []syntax.Expr, b *Bindings) bool {
	for _, t := range tests {
		if v, ok := r.guardValue(newTypeTest(t), b); !ok || v != term.True {
			return false
		}
	}
	return true
}

// guardValue evaluates a guard expression; ok is false if it raised.
func (r *run) guardValue(e syntax.Expr, b *Bindings) (v term.Term, ok bool) {
	defer func() {
		if x := recover(); x != nil {
			switch x.(type) {
			case *term.Exception, guardFailure:
				v, ok = nil, false
			default:
				panic(x)
			}
		}
	}()
	return r.guardExpr(e, b), true
}

// guardExprs evaluates a guard call's arguments.
func (r *run) guardExprs(es []syntax.Expr, b *Bindings) []term.Term {
	vs := make([]term.Term, len(es))
	for i, e := range es {
		vs[i] = r.guardExpr(e, b)
	}
	return vs
}

// guardExpr evaluates an expression allowed in guards; an exception
// inside it is caught by guardValue, which turns it into a false test.
func (r *run) guardExpr(e syntax.Expr, b *Bindings) term.Term {
	switch e := e.(type) {
	case *syntax.Atom, *syntax.Integer, *syntax.Char, *syntax.Float, *syntax.String, *syntax.Var:
		v, _ := r.expr(e, b)
		return v
	case *syntax.Tuple:
		return term.Tuple(r.guardExprs(e.Elems, b))
	case *syntax.List:
		vs := r.guardExprs(e.Elems, b)
		var tail term.Term = term.List{}
		if e.Tail != nil {
			tail = r.guardExpr(e.Tail, b)
		}
		return term.ConsN(vs, tail)
	case *syntax.Map, *syntax.Binary:
		if !isGuardExpr(e) {
			panic(guardFailure{})
		}
		v, _ := r.expr(e, b)
		return v
	case *syntax.UnaryOp:
		return unary(e.Op, r.guardExpr(e.Operand, b))
	case *syntax.BinOp:
		// Along the left spine of a chain, without recursion.
		first, spine := syntax.LeftSpine(e)
		l := r.guardExpr(first, b)
		for _, e := range spine {
			switch e.Op {
			case "!":
				panic(guardFailure{})
			case "andalso", "orelse":
				if !isBool(l) {
					panic(guardFailure{})
				}
				if (e.Op == "andalso") != (l == term.False) {
					l = r.guardExpr(e.Right, b)
				}
				continue
			}
			l = binaryOp(e.Op, l, r.guardExpr(e.Right, b))
		}
		return l
	case *syntax.Call:
		if v, ok := r.guardIsRecord(e, b); ok {
			return v
		}
		name, ok := guardBIFName(e)
		if !ok {
			panic(guardFailure{})
		}
		return r.guardBIF(name, r.guardExprs(e.Args, b))
	case *syntax.Record:
		if !isGuardRecord(e) {
			panic(guardFailure{})
		}
		return r.guardRecord(e, b)
	}
	panic(guardFailure{})
}

// guardBIFName returns the name of a call to a guard BIF, written f(...)
// or erlang:f(...).
func guardBIFName(c *syntax.Call) (string, bool) {
	switch fn := c.Fun.(type) {
	case *syntax.Atom:
		return fn.Name, isGuardBIF(fn.Name, len(c.Args))
	case *syntax.Remote:
		m, ok1 := fn.Mod.(*syntax.Atom)
		f, ok2 := fn.Fun.(*syntax.Atom)
		if ok1 && ok2 && m.Name == "erlang" {
			return f.Name, isGuardBIF(f.Name, len(c.Args))
		}
	}
	return "", false
}

var guardBIFArities = map[string][]int{
	"is_atom": {1}, "is_binary": {1}, "is_bitstring": {1}, "is_boolean": {1},
	"is_float": {1}, "is_function": {1, 2}, "is_integer": {1}, "is_list": {1},
	"is_map": {1}, "is_map_key": {2}, "is_number": {1}, "is_pid": {1},
	"is_port": {1}, "is_reference": {1}, "is_tuple": {1}, "is_record": {2, 3},
	"abs": {1}, "byte_size": {1}, "bit_size": {1}, "element": {2}, "float": {1},
	"hd": {1}, "tl": {1}, "length": {1}, "map_get": {2}, "map_size": {1},
	"node": {0, 1}, "round": {1}, "self": {0}, "size": {1}, "tuple_size": {1},
	"trunc": {1}, "ceil": {1}, "floor": {1}, "min": {2}, "max": {2}, "not": {1},
}

// isGuardBIF reports the BIFs erl allows in guards (erl_internal's
// guard_bif/2 and type tests).
func isGuardBIF(name string, arity int) bool {
	for _, a := range guardBIFArities[name] {
		if a == arity {
			return true
		}
	}
	return false
}

// guardBIF evaluates a guard BIF; a bad argument panics with badarg,
// which the guard turns into false.
func (r *run) guardBIF(name string, args []term.Term) term.Term {
	fail := func() term.Term { term.Badarg(); return nil }
	a := func(i int) term.Term { return args[i] }
	switch name {
	case "is_atom":
		_, ok := a(0).(term.Atom)
		return term.Bool(ok)
	case "is_binary":
		_, ok := a(0).(term.Binary)
		return term.Bool(ok)
	case "is_bitstring":
		return term.Bool(term.IsBitstring(a(0)))
	case "is_boolean":
		return term.Bool(isBool(a(0)))
	case "is_float":
		_, ok := a(0).(float64)
		return term.Bool(ok)
	case "is_function":
		f, ok := a(0).(*term.Fun)
		if len(args) == 2 {
			n, isInt := a(1).(int)
			if !isInt || n < 0 {
				return fail()
			}
			return term.Bool(ok && f.Arity == n)
		}
		return term.Bool(ok)
	case "is_integer":
		return term.Bool(term.IsInteger(a(0)))
	case "is_list":
		return term.Bool(term.IsList(a(0)))
	case "is_map":
		_, ok := a(0).(*term.Map)
		return term.Bool(ok)
	case "is_map_key":
		m, ok := a(1).(*term.Map)
		if !ok {
			return fail()
		}
		_, has := m.Get(a(0))
		return term.Bool(has)
	case "is_number":
		return term.Bool(term.IsNumber(a(0)))
	case "is_pid":
		_, ok := a(0).(term.Pid)
		return term.Bool(ok)
	case "is_port":
		_, ok := a(0).(term.Port)
		return term.Bool(ok)
	case "is_reference":
		_, ok := a(0).(term.Ref)
		return term.Bool(ok)
	case "is_tuple":
		_, ok := a(0).(term.Tuple)
		return term.Bool(ok)
	case "is_record":
		t, ok := a(0).(term.Tuple)
		return term.Bool(ok && len(t) > 0 && term.CompareExact(t[0], a(1)) == 0 &&
			(len(args) == 2 || term.CompareExact(len(t), a(2)) == 0))
	case "abs":
		switch v := a(0).(type) {
		case float64:
			return math.Abs(v)
		case int, *big.Int:
			if term.ToBig(v).Sign() < 0 {
				return negate(v)
			}
			return v
		}
	case "byte_size":
		if _, n, ok := term.Bits(a(0)); ok {
			return (n + 7) / 8
		}
	case "bit_size":
		if _, n, ok := term.Bits(a(0)); ok {
			return n
		}
	case "size":
		// size/1 of a bitstring counts whole bytes only (size(<<1:3>>) is 0).
		switch v := a(0).(type) {
		case term.Bitstring:
			return v.Size / 8
		case term.Binary:
			return len(v)
		case term.Tuple:
			return len(v)
		}
	case "tuple_size":
		if t, ok := a(0).(term.Tuple); ok {
			return len(t)
		}
	case "element":
		n, ok1 := a(0).(int)
		t, ok2 := a(1).(term.Tuple)
		if ok1 && ok2 && n >= 1 && n <= len(t) {
			return t[n-1]
		}
	case "hd", "tl":
		if h, t, ok := headTail(a(0)); ok {
			if name == "hd" {
				return h
			}
			return t
		}
	case "length":
		if l, ok := a(0).(term.List); ok {
			return len(l)
		}
	case "map_get":
		if m, ok := a(1).(*term.Map); ok {
			if v, ok := m.Get(a(0)); ok {
				return v
			}
		}
	case "map_size":
		if m, ok := a(0).(*term.Map); ok {
			return m.Len()
		}
	case "node":
		return term.Atom("nonode@nohost")
	case "self":
		if r.p != nil {
			return r.p.Pid()
		}
	case "float":
		if f, ok := term.ToFloat(a(0)); ok {
			return f
		}
	case "round", "trunc", "ceil", "floor":
		return roundNumber(name, a(0))
	case "min", "max":
		c := term.Compare(a(0), a(1))
		if (name == "min") == (c <= 0) {
			return a(0)
		}
		return a(1)
	case "not":
		return unary("not", a(0))
	}
	return fail()
}

func roundNumber(how string, t term.Term) term.Term {
	switch v := t.(type) {
	case int, *big.Int:
		return v
	case float64:
		var f float64
		switch how {
		case "round":
			f = math.Round(v)
		case "trunc":
			f = math.Trunc(v)
		case "ceil":
			f = math.Ceil(v)
		default:
			f = math.Floor(v)
		}
		b, _ := new(big.Float).SetFloat64(f).Int(nil)
		return term.BigInt(b)
	}
	term.Badarg()
	return nil
}

// isGuardExpr reports whether e may appear in a guard; comprehension
// filters that are guard expressions are evaluated as guards.
func isGuardExpr(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Atom, *syntax.Integer, *syntax.Char, *syntax.Float, *syntax.String, *syntax.Var:
		return true
	case *syntax.Tuple:
		return allGuardExprs(e.Elems)
	case *syntax.List:
		return allGuardExprs(e.Elems) && (e.Tail == nil || isGuardExpr(e.Tail))
	case *syntax.Map:
		if e.Base != nil && !isGuardExpr(e.Base) {
			return false
		}
		for _, a := range e.Assocs {
			if !isGuardExpr(a.Key) || !isGuardExpr(a.Value) {
				return false
			}
		}
		return true
	case *syntax.Binary:
		for _, el := range e.Elems {
			if !isGuardExpr(el.Value) || (el.Size != nil && !isGuardExpr(el.Size)) {
				return false
			}
		}
		return true
	case *syntax.UnaryOp:
		return isGuardExpr(e.Operand)
	case *syntax.BinOp:
		first, spine := syntax.LeftSpine(e)
		for _, op := range spine {
			if op.Op == "!" || !isGuardExpr(op.Right) {
				return false
			}
		}
		return isGuardExpr(first)
	case *syntax.Call:
		_, ok := guardBIFName(e)
		return ok && allGuardExprs(e.Args)
	case *syntax.Record:
		return isGuardRecord(e)
	}
	return false
}

// allGuardExprs reports whether every expression may stand in a guard.
func allGuardExprs(es []syntax.Expr) bool {
	for _, e := range es {
		if !isGuardExpr(e) {
			return false
		}
	}
	return true
}
