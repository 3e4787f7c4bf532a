package erl

import (
	"goerl/term"
)

// NewTuple builds a tuple, converting Go values (strings, bools, small
// ints...) to terms. erl.Tuple{...} literals work too; they are converted
// when they cross a boundary.
func (a *api) NewTuple(elems ...term.Term) term.Tuple {
	a.check()
	return term.Tuple(a.terms(elems))
}

// NewList builds a proper list, converting Go values like NewTuple.
func (a *api) NewList(elems ...term.Term) term.List {
	a.check()
	return term.List(a.terms(elems))
}

// String makes an Erlang string (a list of code points).
func (a *api) String(s string) term.List {
	a.check()
	return term.String(s)
}

// Int reads an integer; anything else raises error:badarg.
func (a *api) Int(t term.Term) int {
	a.check()
	i, ok := t.(int)
	if !ok {
		raiseBadarg("erl", "int", t)
	}
	return i
}

// Float reads a number as a float; anything else raises error:badarg.
func (a *api) Float(t term.Term) float64 {
	a.check()
	switch n := t.(type) {
	case float64:
		return n
	case int:
		return float64(n)
	}
	raiseBadarg("erl", "float", t)
	return 0
}

// Str reads a string (a list of code points), a binary or an atom's text;
// anything else raises error:badarg.
func (a *api) Str(t term.Term) string {
	a.check()
	if at, ok := t.(term.Atom); ok {
		return string(at)
	}
	s, ok := stringOf(a.ctx.AnyToTerm(t))
	if !ok {
		raiseBadarg("erl", "str", t)
	}
	return s
}

// Element is element/2: the i-th element (1-based) of a tuple.
func (a *api) Element(t term.Term, i int) term.Term {
	a.check()
	tu, ok := t.(term.Tuple)
	if !ok || i < 1 || i > len(tu) {
		raiseBadarg("erlang", "element", i, t)
	}
	return tu[i-1]
}

// Size is the size of a tuple or the length of a proper list; anything
// else raises error:badarg.
func (a *api) Size(t term.Term) int {
	a.check()
	switch v := t.(type) {
	case term.Tuple:
		return len(v)
	case term.List:
		return len(v)
	}
	raiseBadarg("erl", "size", t)
	return 0
}

// IsAtom reports whether t is the atom name.
func (a *api) IsAtom(t term.Term, name string) bool {
	a.check()
	at, ok := t.(term.Atom)
	return ok && string(at) == name
}

// IsTuple reports whether t is a tuple of the given size whose first
// element is the atom tag (a record-like {tag, ...} message).
func (a *api) IsTuple(t term.Term, size int, tag string) bool {
	a.check()
	tu, ok := t.(term.Tuple)
	if !ok || len(tu) != size || size == 0 {
		return false
	}
	at, ok := tu[0].(term.Atom)
	return ok && string(at) == tag
}

// Equal is =:= on terms (Go values are converted first).
func (a *api) Equal(x, y term.Term) bool {
	a.check()
	return term.ExactEqual(a.ctx.AnyToTerm(x), a.ctx.AnyToTerm(y))
}

// MakeRef is make_ref/0.
func (a *api) MakeRef() term.Ref {
	a.check()
	return a.ctx.Runtime.MakeRef()
}

// Sprint is io_lib:format("~w", [T]) as a Go string.
func (a *api) Sprint(t term.Term) string {
	a.check()
	return term.Sprint(a.ctx.AnyToTerm(t))
}
