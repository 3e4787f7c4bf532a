package builtins

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"goerl/term"
)

// erlangConvertBIFs are erlang's conversions between atoms, strings,
// binaries and numbers, with erl's printing of numbers (float_to_list's
// 20-digit %e default) and its parsing rules (list_to_integer takes a
// sign, no spaces).
func erlangConvertBIFs() []Entry {
	return []Entry{
		erlangBIF("atom_to_list", 1, "the text of an atom as a string", func(_ *Call, a []term.Term) term.Term {
			at, ok := a[0].(term.Atom)
			if !ok {
				badarg()
			}
			return term.String(string(at))
		}),
		erlangBIF("list_to_atom", 1, "the atom with a string's text", listToAtom),
		erlangBIF("list_to_existing_atom", 1, "the atom with a string's text, if it exists", func(c *Call, a []term.Term) term.Term {
			at := atomOfList(a[0])
			if !c.atomExists(at) {
				badarg()
			}
			return at
		}),
		erlangBIF("atom_to_binary", 1, "the text of an atom as a UTF-8 binary", func(_ *Call, a []term.Term) term.Term {
			at, ok := a[0].(term.Atom)
			if !ok {
				badarg()
			}
			return term.Binary(at)
		}),
		erlangBIF("atom_to_binary", 2, "the text of an atom as a binary", func(_ *Call, a []term.Term) term.Term {
			at, ok := a[0].(term.Atom)
			// The encoding is only validated: the text comes back as UTF-8
			// whatever it is, which for ASCII atoms (the usual case) are the
			// bytes latin1 gives too.
			if !ok || !term.IsEncoding(a[1]) {
				badarg()
			}
			return term.Binary(at)
		}),
		erlangBIF("binary_to_atom", 1, "the atom with a UTF-8 binary's text", func(c *Call, a []term.Term) term.Term {
			at := binaryToAtom(a[0], term.Atom("utf8"))
			c.dispatcher.atoms.note(at)
			return at
		}),
		erlangBIF("binary_to_atom", 2, "the atom with a binary's text", func(c *Call, a []term.Term) term.Term {
			at := binaryToAtom(a[0], a[1])
			c.dispatcher.atoms.note(at)
			return at
		}),
		erlangBIF("binary_to_existing_atom", 1, "the atom with a UTF-8 binary's text, if it exists", func(c *Call, a []term.Term) term.Term {
			at := binaryToAtom(a[0], term.Atom("utf8"))
			if !c.atomExists(at) {
				badarg()
			}
			return at
		}),
		erlangBIF("binary_to_existing_atom", 2, "the atom with a binary's text, if it exists", func(c *Call, a []term.Term) term.Term {
			at := binaryToAtom(a[0], a[1])
			if !c.atomExists(at) {
				badarg()
			}
			return at
		}),
		erlangBIF("integer_to_list", 1, "an integer as decimal text", func(_ *Call, a []term.Term) term.Term {
			return term.String(integerText(a[0], 10))
		}),
		erlangBIF("integer_to_list", 2, "an integer as text in a base 2..36", func(_ *Call, a []term.Term) term.Term {
			return term.String(integerText(a[0], a[1]))
		}),
		erlangBIF("integer_to_binary", 1, "an integer as decimal text in a binary", func(_ *Call, a []term.Term) term.Term {
			return term.Binary(integerText(a[0], 10))
		}),
		erlangBIF("integer_to_binary", 2, "an integer as text in a base, in a binary", func(_ *Call, a []term.Term) term.Term {
			return term.Binary(integerText(a[0], a[1]))
		}),
		erlangBIF("list_to_integer", 1, "parse decimal integer text", func(_ *Call, a []term.Term) term.Term {
			s, ok := term.CharList(a[0])
			if !ok {
				badarg()
			}
			return parseInteger(s, 10)
		}),
		erlangBIF("list_to_integer", 2, "parse integer text in a base", func(_ *Call, a []term.Term) term.Term {
			s, ok := term.CharList(a[0])
			base, okb := a[1].(int)
			if !ok || !okb || base < 2 || base > 36 {
				badarg()
			}
			return parseInteger(s, base)
		}),
		erlangBIF("binary_to_integer", 1, "parse decimal integer text in a binary", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			return parseInteger(string(b), 10)
		}),
		erlangBIF("binary_to_integer", 2, "parse integer text in a binary", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			base, okb := a[1].(int)
			if !ok || !okb || base < 2 || base > 36 {
				badarg()
			}
			return parseInteger(string(b), base)
		}),
		erlangBIF("float_to_list", 1, "a float as text, ~.20e style", func(_ *Call, a []term.Term) term.Term {
			return term.String(floatText1(a[0]))
		}),
		erlangBIF("float_to_list", 2, "a float as text with options [{decimals,N}|{scientific,N}|compact|short]", func(_ *Call, a []term.Term) term.Term {
			return term.String(floatText(a[0], a[1]))
		}),
		erlangBIF("float_to_binary", 1, "a float as text in a binary", func(_ *Call, a []term.Term) term.Term {
			return term.Binary(floatText1(a[0]))
		}),
		erlangBIF("float_to_binary", 2, "float_to_list/2 in a binary", func(_ *Call, a []term.Term) term.Term {
			return term.Binary(floatText(a[0], a[1]))
		}),
		erlangBIF("list_to_float", 1, "parse float text such as \"1.5e3\"", func(_ *Call, a []term.Term) term.Term {
			s, ok := term.CharList(a[0])
			if !ok {
				badarg()
			}
			return parseFloat(s)
		}),
		erlangBIF("list_to_binary", 1, "an iolist as a binary", iolistToBinary),
		erlangBIF("iolist_to_binary", 1, "an iolist as a binary", iolistToBinary),
		erlangBIF("iolist_size", 1, "the number of bytes of an iolist", func(_ *Call, a []term.Term) term.Term {
			b, ok := iolistBytes(a[0])
			if !ok {
				badarg()
			}
			return len(b)
		}),
		erlangBIF("binary_to_list", 1, "the bytes of a binary as a list", func(c *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			// One list cell per byte: a large binary is checked against the
			// allocation budget before the list is built.
			c.checkCells(len(b))
			l := make(term.List, len(b))
			for i, c := range b {
				l[i] = int(c)
			}
			return l
		}),
		erlangBIF("term_to_binary", 1, "a term in the external term format", func(_ *Call, a []term.Term) term.Term {
			b, ok := encodeTerm(a[0])
			if !ok {
				badarg()
			}
			return term.Binary(b)
		}),
		erlangBIF("binary_to_term", 1, "the term a binary encodes", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			// Any malformed or unsupported encoding is plain badarg, as erl
			// gives for a binary that is not external term format.
			t, ok := decodeTerm(b)
			if !ok {
				badarg()
			}
			return t
		}),
		erlangBIF("binary_to_float", 1, "parse float text in a binary", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			return parseFloat(string(b))
		}),
	}
}

// listToAtom is list_to_atom/1: the atom exists from now on.
func listToAtom(c *Call, a []term.Term) term.Term {
	at := atomOfList(a[0])
	c.dispatcher.atoms.note(at)
	return at
}

// atomOfList is the atom a character list names, or badarg.
func atomOfList(t term.Term) term.Atom {
	s, ok := term.CharList(t)
	// Atoms are limited to 255 characters (not bytes), as in erl, where
	// longer text raises system_limit; here it is badarg.
	if !ok || utf8.RuneCountInString(s) > 255 {
		badarg()
	}
	return term.Atom(s)
}

// binaryToAtom is binary_to_atom/2: latin1 maps each byte to a
// character; utf8 and unicode need valid UTF-8.
func binaryToAtom(b, enc term.Term) term.Atom {
	bin, ok := b.(term.Binary)
	if !ok || !term.IsEncoding(enc) {
		badarg()
	}
	// latin1 reads each byte as the code point of the same number, so
	// binary_to_atom(<<233>>, latin1) is 'é', stored as UTF-8.
	if enc == term.Atom("latin1") {
		var s strings.Builder
		for _, c := range bin {
			s.WriteRune(rune(c))
		}
		return term.Atom(s.String())
	}
	if !utf8.Valid(bin) {
		badarg()
	}
	return term.Atom(bin)
}

// integerText formats an integer in a base, digits above 9 upper case.
func integerText(n, base term.Term) string {
	b, ok := base.(int)
	if !term.IsInteger(n) || !ok || b < 2 || b > 36 {
		badarg()
	}
	// erl writes digits above 9 in upper case: integer_to_list(255, 16)
	// is "FF".
	return strings.ToUpper(term.ToBig(n).Text(b))
}

// parseInteger parses an optionally signed integer in base, the whole
// text or badarg.
func parseInteger(s string, base int) term.Term {
	digits := s
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		digits = s[1:]
	}
	// erl's list_to_integer takes one optional sign and then digits only:
	// no second sign, no digit separators (unlike the source syntax 1_000),
	// no spaces.
	if digits == "" || strings.ContainsAny(digits, "+-_ ") {
		badarg()
	}
	// Text too long for erl's largest bignum is system_limit before
	// parsing, so a megabyte of digits costs nothing.
	if !term.DigitsFit(len(digits), base) {
		systemLimit()
	}
	n, ok := term.ParseDigits(digits, base)
	if !ok {
		badarg()
	}
	if strings.HasPrefix(s, "-") {
		n.Neg(n)
	}
	return term.BigInt(n)
}

// parseFloat accepts Erlang float syntax: digits, a point, digits, and
// an optional exponent.
func parseFloat(s string) term.Term {
	body := strings.TrimPrefix(strings.TrimPrefix(s, "+"), "-")
	dot := strings.IndexByte(body, '.')
	// erl needs digits on both sides of the point: "1." , ".5" and "1e5"
	// are badarg although Go's ParseFloat accepts them.
	if dot <= 0 || dot == len(body)-1 || body[dot+1] < '0' || body[dot+1] > '9' {
		badarg()
	}
	for _, c := range body[:dot] {
		if c < '0' || c > '9' {
			badarg()
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	// ParseFloat also takes hex floats, underscores, inf and nan, none of
	// which list_to_float accepts; an overflow (1e999) is an error and
	// thus badarg.
	if err != nil || strings.ContainsAny(s, "xXpP_infINF") {
		badarg()
	}
	return f
}

// iolistToBinary flattens an iolist after checking its size against the
// allocation budget, so a deep iolist of huge binaries fails with
// system_limit before it is copied.
func iolistToBinary(c *Call, a []term.Term) term.Term {
	// A binary is already its own result; no copy is needed since terms
	// are immutable.
	if b, ok := a[0].(term.Binary); ok {
		return b
	}
	c.checkAlloc(iolistSize(a[0], c.limits().Max()), 1)
	b, ok := iolistBytes(a[0])
	if !ok {
		badarg()
	}
	return term.Binary(b)
}

// floatText1 is float_to_list/1: the float in ~.20e style.
func floatText1(x term.Term) string {
	f, ok := x.(float64)
	if !ok {
		badarg()
	}
	return strconv.FormatFloat(f, 'e', 20, 64)
}

// floatText is float_to_list/2.
func floatText(x, options term.Term) string {
	f, ok := x.(float64)
	opts, okl := properList(options)
	if !ok || !okl {
		badarg()
	}
	decimals, scientific, compact := -1, -1, false
	for _, o := range opts {
		switch v := o.(type) {
		case term.Atom:
			switch v {
			case "compact":
				compact = true
			// short is the shortest text that reads back as the same float,
			// like io_lib's ~p; it wins over any other option.
			case "short":
				return term.FormatFloat(f)
			default:
				badarg()
			}
		case term.Tuple:
			// The length first: float_to_list(1.0, [{decimals}]) is badarg, not
			// an index out of range.
			if len(v) != 2 {
				badarg()
			}
			n, ok := v[1].(int)
			if !ok || n < 0 {
				badarg()
			}
			switch v[0] {
			case term.Atom("decimals"):
				if n > 253 {
					badarg()
				}
				// The last of decimals and scientific wins; the limits 253 and 249
				// are erl's own.
				decimals, scientific = n, -1
			case term.Atom("scientific"):
				if n > 249 {
					badarg()
				}
				scientific, decimals = n, -1
			default:
				badarg()
			}
		default:
			badarg()
		}
	}
	switch {
	case decimals >= 0:
		s := strconv.FormatFloat(f, 'f', decimals, 64)
		// compact trims trailing zeros but keeps one digit after the point
		// (1.0, not 1.), and only applies with decimals.
		if compact && strings.Contains(s, ".") {
			s = strings.TrimRight(s, "0")
			if strings.HasSuffix(s, ".") {
				s += "0"
			}
		}
		return s
	case scientific >= 0:
		return strconv.FormatFloat(f, 'e', scientific, 64)
	}
	return strconv.FormatFloat(f, 'e', 20, 64)
}
