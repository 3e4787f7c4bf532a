package eval

import (
	"time"

	"goerl/syntax"
	"goerl/term"
)

// caseBody evaluates the case expression and picks the clause body to
// run, with its bindings; no match raises case_clause.
func (r *run) caseBody(e *syntax.Case, b *Bindings) ([]syntax.Expr, *Bindings) {
	v, b := r.expr(e.Expr, b)
	body, nb, ok := r.clauses(e.Clauses, []term.Term{v}, b)
	if !ok {
		raiseEval(term.Tuple{term.Atom("case_clause"), v}, "case_clauses", 8, 1041)
	}
	return body, nb
}

// ifBody picks the body of the first if clause whose guard holds (if
// binds nothing); none raises if_clause.
func (r *run) ifBody(e *syntax.If, b *Bindings) []syntax.Expr {
	for _, c := range e.Clauses {
		if r.guard(c.Guard, b) {
			return c.Body
		}
	}
	raiseEval(term.Atom("if_clause"), "if_clauses", 7, 980)
	return nil
}

// clauses picks the first clause whose patterns match vals and whose
// guard holds; it returns the clause body and the bindings to run it in.
func (r *run) clauses(cs []syntax.Clause, vals []term.Term, b *Bindings) ([]syntax.Expr, *Bindings, bool) {
	for _, c := range cs {
		nb := b
		ok := true
		for i, p := range c.Patterns {
			if nb, ok = r.match(p, vals[i], nb); !ok {
				break
			}
		}
		if ok && r.guard(c.Guard, nb) {
			return c.Body, nb, true
		}
	}
	return nil, nil, false
}

// receiveTimeout converts an after value: a non-negative integer of
// milliseconds or infinity (negative duration: wait forever).
func receiveTimeout(v term.Term) time.Duration {
	switch t := v.(type) {
	case term.Atom:
		if t == "infinity" {
			return -1
		}
	case int:
		if t >= 0 {
			return time.Duration(t) * time.Millisecond
		}
	}
	raise(term.Atom("timeout_value"), stackOf(
		term.Tuple{term.Atom("prim_eval"), term.Atom("receive"), 2, term.List{}},
		evalFrame("receive_clauses", 8, 1055)))
	return 0
}

type received struct {
	body []syntax.Expr
	b    *Bindings
}

// receiveBody waits for a message a clause matches (or the timeout)
// and returns the body to run with its bindings.
func (r *run) receiveBody(e *syntax.Receive, b *Bindings) ([]syntax.Expr, *Bindings) {
	timeout := time.Duration(-1)
	if e.After != nil {
		var v term.Term
		v, b = r.expr(e.After, b)
		timeout = receiveTimeout(v)
	}
	if r.p == nil {
		raiseEval(term.Atom("no_process"), "receive_clauses", 8, 1055)
	}
	got, ok := r.p.Receive(func(msg term.Term) (any, bool) {
		body, nb, ok := r.clauses(e.Clauses, []term.Term{msg}, b)
		if !ok {
			return nil, false
		}
		return received{body, nb}, true
	}, timeout)
	if !ok {
		return e.AfterBody, b
	}
	m := got.(received)
	return m.body, m.b
}

// try evaluates try ... of ... catch ... after ... end. The after
// section runs on every way out except a kill (runtime.Goexit, which
// recover does not see), as in Erlang where a killed process runs none.
func (r *run) try(e *syntax.Try, b *Bindings) (term.Term, *Bindings) {
	var (
		value   term.Term
		out     *Bindings
		pending any
	)
	func() {
		defer func() {
			if x := recover(); x != nil {
				pending = x
			}
		}()
		value, out = r.tryBody(e, b)
	}()
	if e.After != nil {
		r.seq(e.After, b)
	}
	if pending != nil {
		panic(pending)
	}
	return value, out
}

// tryBody is try without its after section.
func (r *run) tryBody(e *syntax.Try, b *Bindings) (term.Term, *Bindings) {
	v, body, nb := r.tryBranch(e, b)
	if body == nil {
		return v, nb
	}
	return r.seq(body, nb)
}

// tryBranch evaluates the protected body of a try and picks what comes
// next: the catch clause body for an exception, else the of clause body,
// returned with its bindings so that it can run outside the protection
// (in tail position when the try has no after section). With no of
// clauses, body is nil and v, nb are the protected body's value and
// bindings. An exception no catch clause matches goes on up.
func (r *run) tryBranch(e *syntax.Try, b *Bindings) (v term.Term, body []syntax.Expr, nb *Bindings) {
	v, nb, ex := r.protected(e.Body, b)
	if ex != nil {
		ev := []term.Term{ex.Class, ex.Reason, ex.Stack}
		body, cb, ok := r.clauses(e.CatchClauses, ev, b)
		if !ok {
			panic(ex)
		}
		return nil, body, cb
	}
	if e.OfClauses == nil {
		return v, nil, nb
	}
	body, ob, ok := r.clauses(e.OfClauses, []term.Term{v}, nb)
	if !ok {
		raiseEval(term.Tuple{term.Atom("try_clause"), v}, "try_clauses", 10, 995)
	}
	return nil, body, ob
}

// protected evaluates body, returning an Erlang exception it raised.
func (r *run) protected(body []syntax.Expr, b *Bindings) (v term.Term, out *Bindings, ex *term.Exception) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(*term.Exception)
			if !ok {
				panic(x)
			}
			ex = e
		}
	}()
	v, out = r.seq(body, b)
	return v, out, nil
}

// comprehension evaluates a list or binary comprehension.
func (r *run) comprehension(e *syntax.Comprehension, b *Bindings) term.Term {
	var out []term.Term
	bin := &bitWriter{}
	r.qualify(e.Quals, b, func(nb *Bindings) {
		v := r.value(e.Elem, nb)
		if !e.IsBinary {
			out = append(out, v)
			return
		}
		data, n, ok := term.Bits(v)
		if !ok {
			raiseEval(term.Tuple{term.Atom("bad_generator"), v}, "eval_bc1", 7, 480)
		}
		bin.writeBits(data, n)
	})
	if e.IsBinary {
		return bin.result()
	}
	return term.List(out)
}

// qualify runs emit for every binding the qualifiers produce, in order.
func (r *run) qualify(quals []syntax.Expr, b *Bindings, emit func(*Bindings)) {
	if len(quals) == 0 {
		emit(b)
		return
	}
	q, rest := quals[0], quals[1:]
	gen, ok := q.(*syntax.Generator)
	if !ok {
		if r.filter(q, b) {
			r.qualify(rest, b, emit)
		}
		return
	}
	src := r.value(gen.Expr, b)
	if gen.IsBinary {
		r.binaryGenerate(gen, src, b, func(nb *Bindings) { r.qualify(rest, nb, emit) })
		return
	}
	l := src
	for {
		h, t, ok := headTail(l)
		if !ok {
			break
		}
		m := &matcher{r: r, outer: b, b: NewBindings()}
		if m.match(gen.Pattern, h) {
			r.qualify(rest, m.merged(), emit)
		}
		l = t
	}
	if !isEmptyList(l) {
		raiseEval(term.Tuple{term.Atom("bad_generator"), l}, "eval_generate", 8, 480)
	}
}

// filter evaluates a comprehension filter: a guard test is false when it
// fails; another expression must give a boolean.
func (r *run) filter(q syntax.Expr, b *Bindings) bool {
	if isGuardExpr(q) {
		v, ok := r.guardValue(q, b)
		return ok && v == term.True
	}
	v := r.value(q, b)
	if !isBool(v) {
		raiseEval(term.Tuple{term.Atom("bad_filter"), v}, "eval_filter", 6, 480)
	}
	return v == term.True
}

// binaryGenerate runs a bitstring generator Pat <= Bin, as erl_eval's
// eval_b_generate: the pattern is matched repeatedly from the front of
// what is left, a chunk whose values do not match is skipped, and the
// generator stops silently at the first chunk that cannot be read (too
// short), leaving any tail unread. A source that is not a binary raises
// bad_generator.
func (r *run) binaryGenerate(gen *syntax.Generator, src term.Term, b *Bindings, emit func(*Bindings)) {
	data, size, ok := term.Bits(src)
	if !ok {
		raiseEval(term.Tuple{term.Atom("bad_generator"), src}, "eval_b_generate", 8, 480)
	}
	pat, ok := gen.Pattern.(*syntax.Binary)
	if !ok {
		raiseEval(term.Tuple{term.Atom("illegal_pattern"), term.Atom("pattern")}, "expr", 6, 480)
	}
	for pos := 0; pos < size; {
		m := &matcher{r: r, outer: b, b: NewBindings()}
		rd, ok, mismatch := m.matchBinarySkip(pat.Elems, data, size, pos, true)
		// A pattern that consumed nothing would loop forever; erl stops too.
		if !ok || rd.pos == pos {
			return
		}
		if !mismatch {
			emit(m.merged())
		}
		pos = rd.pos
	}
}
