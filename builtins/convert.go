package builtins

import (
	"strings"

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

// charList returns the text of a flat list of Unicode code points.
func charList(t term.Term) (string, bool) {
	l, ok := t.(term.List)
	if !ok {
		return "", false
	}
	var b strings.Builder
	for _, e := range l {
		c, ok := e.(int)
		if !ok || c < 0 || c > 0x10ffff {
			return "", false
		}
		b.WriteRune(rune(c))
	}
	return b.String(), true
}

// iolistBytes flattens an iolist (bytes 0..255, binaries, nested lists,
// a binary tail) into bytes.
func iolistBytes(t term.Term) ([]byte, bool) {
	var out []byte
	var walk func(t term.Term) bool
	walk = func(t term.Term) bool {
		switch v := t.(type) {
		case term.Binary:
			out = append(out, v...)
			return true
		case term.List:
			for _, e := range v {
				if !walkElem(e, &out, walk) {
					return false
				}
			}
			return true
		case term.Improper:
			for _, e := range v.Elems {
				if !walkElem(e, &out, walk) {
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

func walkElem(e term.Term, out *[]byte, walk func(term.Term) bool) bool {
	if c, ok := e.(int); ok {
		if c < 0 || c > 255 {
			return false
		}
		*out = append(*out, byte(c))
		return true
	}
	switch e.(type) {
	case term.List, term.Improper, term.Binary:
		return walk(e)
	}
	return false
}

// chardata flattens Unicode chardata (code points, binaries as UTF-8,
// nested lists) into a string, as io:put_chars accepts it.
func chardata(t term.Term) (string, bool) {
	var b strings.Builder
	var walk func(t term.Term) bool
	walk = func(t term.Term) bool {
		switch v := t.(type) {
		case term.Binary:
			b.Write(v)
			return true
		case term.Atom:
			return false
		case term.List:
			for _, e := range v {
				switch c := e.(type) {
				case int:
					if c < 0 || c > 0x10ffff {
						return false
					}
					b.WriteRune(rune(c))
				default:
					if !walk(c) {
						return false
					}
				}
			}
			return true
		}
		return false
	}
	if !walk(t) {
		return "", false
	}
	return b.String(), true
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
