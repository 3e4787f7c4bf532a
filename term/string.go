package term

import (
	"strings"
	"unicode/utf8"
)

// isPrintableLatin1 is io_lib's test for one character of a printable
// Latin-1 list.
func isPrintableLatin1(c int) bool {
	switch {
	case c >= ' ' && c <= '~', c >= 0xa0 && c <= 0xff:
		return true
	case c == '\n', c == '\r', c == '\t', c == '\v', c == '\b', c == '\f', c == 27:
		return true
	}
	return false
}

// IsPrintableList is io_lib:printable_list/1 with erl's default +pc latin1:
// a proper, flat, non-empty-or-empty list of Latin-1 printable characters
// and the usual whitespace escapes. The empty list counts as printable, as
// in erl; printers show it as [] all the same.
func IsPrintableList(t Term) bool {
	l, ok := t.(List)
	if !ok {
		return false
	}
	for _, e := range l {
		c, ok := e.(int)
		if !ok || !isPrintableLatin1(c) {
			return false
		}
	}
	return true
}

// ToGoString flattens chardata into a Go (UTF-8) string: a possibly deep
// list of code points and binaries (taken as UTF-8), or an atom. It
// reports false when t is anything else or holds a non-character.
func ToGoString(t Term) (string, bool) {
	var b strings.Builder
	if a, ok := t.(Atom); ok {
		return string(a), true
	}
	if !appendChardata(&b, t) {
		return "", false
	}
	return b.String(), true
}

// Chardata flattens Unicode chardata (code points, binaries as UTF-8,
// nested lists, no atoms) into a string, as io:put_chars accepts it.
func Chardata(t Term) (string, bool) {
	var b strings.Builder
	if !appendChardata(&b, t) {
		return "", false
	}
	return b.String(), true
}

// CharList returns the text of a flat list of Unicode code points (what
// the obsolete string functions and list_to_atom/1 take).
func CharList(t Term) (string, bool) {
	l, ok := t.(List)
	if !ok {
		return "", false
	}
	var b strings.Builder
	for _, e := range l {
		c, ok := e.(int)
		if !ok || c < 0 || c > utf8.MaxRune {
			return "", false
		}
		b.WriteRune(rune(c))
	}
	return b.String(), true
}

// IsEncoding reports whether t names an encoding that atom_to_binary,
// binary_to_atom and friends take.
func IsEncoding(t Term) bool {
	switch t {
	case Atom("latin1"), Atom("unicode"), Atom("utf8"):
		return true
	}
	return false
}

func appendChardata(b *strings.Builder, t Term) bool {
	switch v := t.(type) {
	case List:
		for _, e := range v {
			switch c := e.(type) {
			case int:
				if c < 0 || c > utf8.MaxRune {
					return false
				}
				b.WriteRune(rune(c))
			default:
				if !appendChardata(b, c) {
					return false
				}
			}
		}
		return true
	case Improper:
		if _, ok := v.Tail.(Binary); !ok {
			return false
		}
		return appendChardata(b, List(v.Elems)) && appendChardata(b, v.Tail)
	case Binary:
		b.Write(v)
		return true
	}
	return false
}

// Text is ToGoString for callers that want something printable whatever
// t is: chardata as its text, any other term as ~tw writes it.
func Text(t Term) string {
	if s, ok := ToGoString(t); ok {
		return s
	}
	return Sprint(t)
}
