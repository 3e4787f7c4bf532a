package builtins

import (
	"goerl/term"
)

// properList returns the elements of a proper list.
func properList(t term.Term) (term.List, bool) {
	l, ok := t.(term.List)
	return l, ok
}

// isProperList reports whether t is a proper list (possibly empty).
func isProperList(t term.Term) bool {
	_, ok := t.(term.List)
	return ok
}

// iolistBytes flattens an iolist (bytes 0..255, binaries, nested lists,
// a binary tail) into bytes.
func iolistBytes(t term.Term) ([]byte, bool) {
	return flattenBinaries(t, true)
}

// flattenBinaries flattens nested proper lists of binaries into bytes.
// With iolist, list elements may also be bytes 0..255 and a list may end
// in a binary tail, as in an iolist.
func flattenBinaries(t term.Term, iolist bool) ([]byte, bool) {
	var out []byte
	var walk func(t term.Term) bool
	elem := func(e term.Term) bool {
		if c, ok := e.(int); ok && iolist {
			if c < 0 || c > 255 {
				return false
			}
			out = append(out, byte(c))
			return true
		}
		return walk(e)
	}
	walk = func(t term.Term) bool {
		switch v := t.(type) {
		case term.Binary:
			out = append(out, v...)
			return true
		case term.List:
			for _, e := range v {
				if !elem(e) {
					return false
				}
			}
			return true
		case term.Improper:
			if !iolist {
				return false
			}
			for _, e := range v.Elems {
				if !elem(e) {
					return false
				}
			}
			if b, ok := v.Tail.(term.Binary); ok {
				out = append(out, b...)
				return true
			}
			return false
		}
		return false
	}
	if !walk(t) {
		return nil, false
	}
	return out, true
}

// listOf is xs as an Erlang list.
func listOf[T term.Term](xs []T) term.List {
	l := make(term.List, len(xs))
	for i, x := range xs {
		l[i] = x
	}
	return l
}

// isFun reports whether t is a fun.
func isFun(t term.Term) bool {
	_, ok := t.(*term.Fun)
	return ok
}

// funOfArity returns t as a fun of the given arity.
func funOfArity(t term.Term, arity int) (*term.Fun, bool) {
	f, ok := t.(*term.Fun)
	return f, ok && f.Arity == arity
}
