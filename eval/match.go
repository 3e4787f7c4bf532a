package eval

import (
	"goerl/syntax"
	"goerl/term"
)

// matcher matches one pattern. b holds the bindings being built; when
// outer is set the pattern's variables are fresh (fun heads, generators):
// they shadow outer, which only serves expressions inside the pattern
// (map keys, binary sizes).
type matcher struct {
	r     *run
	outer *Bindings
	b     *Bindings
}

// match matches pattern p against v with bindings b (= semantics: bound
// variables must be equal).
func (r *run) match(p syntax.Expr, v term.Term, b *Bindings) (*Bindings, bool) {
	m := &matcher{r: r, b: b}
	if !m.match(p, v) {
		return nil, false
	}
	return m.b, true
}

// merged returns outer extended with the pattern's bindings.
func (m *matcher) merged() *Bindings {
	if m.outer == nil {
		return m.b
	}
	out := m.outer
	m.b.each(func(name string, v term.Term) { out = out.With(name, v) })
	return out
}

// exprValue evaluates an expression inside a pattern as a guard
// expression would be: it must not fail.
func (m *matcher) exprValue(e syntax.Expr) (v term.Term, ok bool) {
	return m.r.guardValue(e, m.merged())
}

// headTail splits a non-empty list (proper or improper) into its first
// cell's head and tail, for matching [H|T]; false for [] and non-lists.
func headTail(t term.Term) (term.Term, term.Term, bool) {
	switch l := t.(type) {
	case term.List:
		if len(l) == 0 {
			return nil, nil, false
		}
		return l[0], l[1:], true
	case term.Improper:
		if len(l.Elems) == 1 {
			return l.Elems[0], l.Tail, true
		}
		return l.Elems[0], term.Improper{Elems: l.Elems[1:], Tail: l.Tail}, true
	}
	return nil, nil, false
}

// isEmptyList is the pattern []'s test.
func isEmptyList(t term.Term) bool {
	l, ok := t.(term.List)
	return ok && len(l) == 0
}

// match is erl_eval's match/4: whether v matches pattern p, binding the
// pattern's new variables in m and comparing its bound ones (exactly, as
// =:= does: 1 does not match 1.0). A failed match reports false and the
// caller raises the error the construct owes (badmatch, case_clause,
// function_clause).
func (m *matcher) match(p syntax.Expr, v term.Term) bool {
	switch p := p.(type) {
	case *syntax.Var:
		if p.Name == "_" {
			return true
		}
		// A variable already bound, earlier in this pattern or outside it, is a
		// test, not a binding: {X, X} matches only equal pairs.
		if old, ok := m.b.Get(p.Name); ok {
			return term.CompareExact(old, v) == 0
		}
		m.b = m.b.With(p.Name, v)
		return true
	case *syntax.Atom, *syntax.Integer, *syntax.Char, *syntax.Float, *syntax.String:
		lit, _ := m.r.expr(p, nil)
		return term.CompareExact(lit, v) == 0
	case *syntax.Tuple:
		t, ok := v.(term.Tuple)
		if !ok || len(t) != len(p.Elems) {
			return false
		}
		for i, e := range p.Elems {
			if !m.match(e, t[i]) {
				return false
			}
		}
		return true
	case *syntax.List:
		rest := v
		for _, e := range p.Elems {
			h, t, ok := headTail(rest)
			if !ok || !m.match(e, h) {
				return false
			}
			rest = t
		}
		if p.Tail == nil {
			return isEmptyList(rest)
		}
		return m.match(p.Tail, rest)
	// A map pattern matches any map holding at least the listed keys (the
	// keys are expressions, evaluated, never bound), and a
	// pattern M#{...} cannot match.
	case *syntax.Map:
		mv, ok := v.(*term.Map)
		if !ok || p.Base != nil {
			return false
		}
		for _, a := range p.Assocs {
			k, ok := m.exprValue(a.Key)
			if !ok {
				return false
			}
			val, ok := mv.Get(k)
			if !ok || !m.match(a.Value, val) {
				return false
			}
		}
		return true
	case *syntax.Binary:
		data, size, ok := term.Bits(v)
		if !ok {
			return false
		}
		left, ok := m.matchBinary(p.Elems, data, size)
		// The pattern must consume the whole binary: <<A:8>> does not match two bytes.
		return ok && left == 0
	case *syntax.Match:
		// P1 = P2 in a pattern: v must match both, so variables bound on the left
		// constrain the right ({A, _} = {_, A} = T).
		return m.match(p.Left, v) && m.match(p.Right, v)
	case *syntax.Record:
		return m.matchRecord(p, v)
	case *syntax.BinOp:
		if p.Op == "++" {
			return m.matchPrefix(p, v)
		}
	}
	if c, ok := m.exprValue(p); ok && isConstantPattern(p) {
		return term.CompareExact(c, v) == 0
	}
	raiseEval(term.Tuple{term.Atom("illegal_pattern"), term.Atom("pattern")}, "expr", 6, 480)
	return false
}

// matchPrefix matches "abc" ++ T and [1,2] ++ T.
func (m *matcher) matchPrefix(p *syntax.BinOp, v term.Term) bool {
	var prefix []term.Term
	switch l := p.Left.(type) {
	case *syntax.String:
		prefix = runesToList(l.Value)
	case *syntax.List:
		if l.Tail != nil {
			return false
		}
		for _, e := range l.Elems {
			c, ok := m.exprValue(e)
			if !ok {
				return false
			}
			prefix = append(prefix, c)
		}
	default:
		raiseEval(term.Tuple{term.Atom("illegal_pattern"), term.Atom("pattern")}, "expr", 6, 480)
	}
	rest := v
	for _, c := range prefix {
		h, t, ok := headTail(rest)
		if !ok || term.CompareExact(c, h) != 0 {
			return false
		}
		rest = t
	}
	return m.match(p.Right, rest)
}

// isConstantPattern reports whether p is an arithmetic expression of
// literals, which Erlang allows in patterns (1 + 2 = 3, -1).
func isConstantPattern(p syntax.Expr) bool {
	switch p := p.(type) {
	case *syntax.Integer, *syntax.Char, *syntax.Float:
		return true
	case *syntax.UnaryOp:
		return (p.Op == "-" || p.Op == "+" || p.Op == "bnot") && isConstantPattern(p.Operand)
	case *syntax.BinOp:
		switch p.Op {
		case "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr":
			return isConstantPattern(p.Left) && isConstantPattern(p.Right)
		}
	}
	return false
}
