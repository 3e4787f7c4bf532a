package builtins

import (
	"goerl/exception"
	"goerl/term"
)

// This file gives lists' failures the stacks OTP 25's lists.erl leaves:
// which helper function failed (map_1, foldl_1, ...), with the arguments
// it had reached, and the frames of the body-recursive callers above it.
// Users compare these with erl's output, so they follow erl's, measured
// against a real erl.

// Lines of lists.erl where a helper fails or calls the user's fun.
const (
	lineNthStep      = 200 // nth(N - 1, T)
	lineNthtailStep  = 210 // nthtail(N - 1, T)
	lineSublist2Tail = 388 // sublist_2/2
	lineMapCase      = 1314
	lineMapCall      = 1315
	lineMap1         = 1319
	lineMap1Call     = 1320
	lineFoldlCase    = 1349
	lineFoldlCall    = 1350
	lineFoldl1       = 1354
	lineFoldl1Call   = 1355
	lineFoldr1       = 1371
	lineFoldr1Call   = 1372
	lineFilterLC     = 1383
	lineFlatmap1Call = 1335
	lineForeach1     = 1441
	lineForeach1Call = 1442
	lineAllCase      = 1266
	lineAllCall      = 1268
	lineAll1         = 1275
	lineAnyCase      = 1289
	lineAnyCall      = 1291
)

// filterLC is the name the compiler gives filter/2's list comprehension.
const filterLC = "-filter/2-lc$^0/1-0-"

// maxListsFrames caps the frames of body recursion, as erl's
// backtrace_depth (8) caps a whole stack.
const maxListsFrames = 7

// at is a lists frame with only the arity: a failure or call inside the
// function's body.
func at(fun string, arity, line int) term.Tuple {
	return SourceFrame("lists", fun, arity, "lists.erl", line)
}

// clauseAt is a lists frame whose clauses did not match args.
func clauseAt(fun string, args term.List, line int) term.Tuple {
	return SourceFrame("lists", fun, args, "lists.erl", line)
}

// raiseWith raises error:reason with exactly the given stack (no frame of
// the called function is added).
func raiseWith(reason term.Term, frames ...term.Tuple) {
	stack := make(term.List, len(frames))
	for i, f := range frames {
		stack[i] = f
	}
	panic(&failure{reason: reason, frames: stack})
}

// repeated is n copies of frame, capped at maxListsFrames, followed by
// the rest.
func repeated(frame term.Tuple, n int, rest ...term.Tuple) []term.Tuple {
	n = max(min(n, maxListsFrames), 0)
	out := make([]term.Tuple, 0, n+len(rest))
	for range n {
		out = append(out, frame)
	}
	return append(out, rest...)
}

// applyIn calls f as lists does at the given frames: an exception from
// the fun gets those frames between its own and the evaluator's, as
// erl's stack shows the lists functions the fun was called from.
func (c *Call) applyIn(f *term.Fun, args []term.Term, frames ...term.Tuple) term.Term {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*term.Exception); ok {
				panic(withCallers(e, frames))
			}
			panic(r)
		}
	}()
	return c.Apply(f, args)
}

// withCallers is e with frames inserted before the first frame of the
// shell evaluator's command chain (or at the end). Frames of the fun
// itself (erl_eval:'-inside-an-interpreted-fun-', erl_eval:eval_fun/8,
// shell:apply_fun/3) stay above the lists frames, as in erl.
func withCallers(e *term.Exception, frames []term.Tuple) *term.Exception {
	stack, ok := e.Stack.(term.List)
	if !ok || len(frames) == 0 {
		return e
	}
	cut := len(stack)
	for i, fr := range stack {
		if exception.IsEvaluatorChain(fr) {
			cut = i
			break
		}
	}
	out := make(term.List, 0, len(stack)+len(frames))
	out = append(out, stack[:cut]...)
	for _, f := range frames {
		out = append(out, f)
	}
	out = append(out, stack[cut:]...)
	copied := *e
	copied.Stack = out
	return &copied
}

// cons splits a list term into its head and tail; ok is false for []
// and for anything that is not a list.
func cons(t term.Term) (head, tail term.Term, ok bool) {
	switch v := t.(type) {
	case term.List:
		if len(v) == 0 {
			return nil, nil, false
		}
		return v[0], v[1:], true
	case term.Improper:
		if len(v.Elems) == 1 {
			return v.Elems[0], v.Tail, true
		}
		return v.Elems[0], term.Improper{Elems: v.Elems[1:], Tail: v.Tail}, true
	}
	return nil, nil, false
}

// isNil reports whether t is [].
func isNil(t term.Term) bool {
	l, ok := t.(term.List)
	return ok && len(l) == 0
}

// greaterThanOne is the guard N > 1 in term order (an atom is greater
// than any number).
func greaterThanOne(n term.Term) bool { return term.Compare(n, 1) > 0 }

// minusOne is N - 1, or a badarith at frame.
func minusOne(n term.Term, frame term.Tuple) term.Term {
	r, ok := add(n, -1)
	if !ok {
		raiseWith(atomBadarith, frame)
	}
	return r
}

// improperTail is where a walk down t stops: t itself unless it is a
// list, the tail of an improper list.
func improperTail(t term.Term) term.Term {
	if v, ok := t.(term.Improper); ok {
		return v.Tail
	}
	return t
}

// nth is lists:nth/2, recursing as lists.erl does so that a failure
// shows the arguments reached: nth(5,[a,b]) fails as nth(3,[]).
func nth(n, l term.Term) term.Term {
	for {
		head, tail, ok := cons(l)
		switch {
		case ok && n == 1:
			return head
		case ok && greaterThanOne(n):
			n, l = minusOne(n, at("nth", 2, lineNthStep)), tail
		default:
			raiseWith(atomFunctionClause, clauseAt("nth", term.List{n, l}, lineNth))
		}
	}
}

// nthtail is lists:nthtail/2, recursing as lists.erl does.
func nthtail(n, l term.Term) term.Term {
	for {
		_, tail, ok := cons(l)
		switch {
		case ok && n == 1:
			return tail
		case ok && greaterThanOne(n):
			n, l = minusOne(n, at("nthtail", 2, lineNthtailStep)), tail
		case n == 0 && term.IsList(l):
			return l
		default:
			raiseWith(atomFunctionClause, clauseAt("nthtail", term.List{n, l}, lineNthtail))
		}
	}
}

// mapList is lists:map/2: map/2 handles the first element, the body
// recursive map_1/2 the rest. The frames above map/2's are erl's: k
// map_1 frames when the fun fails on element k (0-based), k-2 when the
// list's tail after k elements is not a list.
func mapList(c *Call, f *term.Fun, l term.Term) term.Term {
	if isNil(l) {
		return term.List{}
	}
	if _, _, ok := cons(l); !ok {
		raiseWith(term.Tuple{term.Atom("case_clause"), l}, at("map", 2, lineMapCase))
	}
	var out term.List
	for k := 0; !isNil(l); k++ {
		x, tail, ok := cons(l)
		if !ok {
			raiseWith(atomFunctionClause, append([]term.Tuple{clauseAt("map_1", term.List{f, l}, lineMap1)},
				repeated(at("map_1", 2, lineMap1Call), k-2, at("map", 2, lineMapCall))...)...)
		}
		frames := repeated(at("map_1", 2, lineMap1Call), k, at("map", 2, lineMapCall))
		out = append(out, c.applyIn(f, []term.Term{x}, frames...))
		l = tail
	}
	return out
}

// foldl is lists:foldl/3: foldl/3 calls the fun on the first element,
// the tail recursive foldl_1/3 on the others.
func foldl(c *Call, f *term.Fun, acc, l term.Term) term.Term {
	if isNil(l) {
		return acc
	}
	if _, _, ok := cons(l); !ok {
		raiseWith(term.Tuple{term.Atom("case_clause"), l}, at("foldl", 3, lineFoldlCase))
	}
	caller := at("foldl", 3, lineFoldlCall)
	for !isNil(l) {
		x, tail, ok := cons(l)
		if !ok {
			raiseWith(atomFunctionClause, clauseAt("foldl_1", term.List{f, acc, l}, lineFoldl1))
		}
		acc = c.applyIn(f, []term.Term{x, acc}, caller)
		caller = at("foldl_1", 3, lineFoldl1Call)
		l = tail
	}
	return acc
}

// filterList is lists:filter/2, a list comprehension in lists.erl: a
// non-boolean is a bad_filter and a non-list a bad_generator in the
// comprehension's function, which calls itself once per element.
func filterList(c *Call, f *term.Fun, l term.Term) term.Term {
	lc := at(filterLC, 2, lineFilterLC)
	out := term.List{}
	for k := 0; !isNil(l); k++ {
		x, tail, ok := cons(l)
		if !ok {
			raiseWith(term.Tuple{term.Atom("bad_generator"), l}, repeated(lc, k+1)...)
		}
		switch r := c.applyIn(f, []term.Term{x}, lc); r {
		case term.True:
			out = append(out, x)
		case term.False:
		default:
			raiseWith(term.Tuple{term.Atom("bad_filter"), r}, lc)
		}
		l = tail
	}
	return out
}

// predIn calls a predicate fun from frame; a non-boolean result is a
// case_clause there.
func (c *Call) predIn(f *term.Fun, x term.Term, frame term.Tuple) bool {
	switch r := c.applyIn(f, []term.Term{x}, frame); r {
	case term.True:
		return true
	case term.False:
		return false
	default:
		raiseWith(term.Tuple{term.Atom("case_clause"), r}, frame)
	}
	return false
}
