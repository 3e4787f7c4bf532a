package builtins

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"goerl/term"
)

// stdlib's unicode module: conversions of chardata between encodings and
// Unicode normalisation. Chardata is a possibly deep (and possibly
// improper, with a binary tail) list of code points and binaries, the
// binaries in the input encoding. A conversion that meets a bad code
// point or bad bytes returns {error, Converted, Rest}; one that ends in
// the middle of a UTF-8 sequence returns {incomplete, Converted, Rest};
// Rest keeps the shape erl gives it (the unconverted part of each
// enclosing list, innermost first). Anything that is not chardata is
// badarg.

// encoding is a character encoding of binaries.
type encoding struct {
	kind   string // latin1, utf8, utf16, utf32
	little bool
}

func readEncoding(t term.Term) (encoding, bool) {
	switch t {
	case term.Atom("latin1"):
		return encoding{kind: "latin1"}, true
	case term.Atom("unicode"), term.Atom("utf8"):
		return encoding{kind: "utf8"}, true
	case term.Atom("utf16"):
		return encoding{kind: "utf16"}, true
	case term.Atom("utf32"):
		return encoding{kind: "utf32"}, true
	}
	if tup, ok := t.(term.Tuple); ok && len(tup) == 2 && (tup[1] == term.Atom("little") || tup[1] == term.Atom("big")) {
		e, ok := readEncoding(tup[0])
		if ok && (e.kind == "utf16" || e.kind == "utf32") {
			e.little = tup[1] == term.Atom("little")
			return e, true
		}
	}
	return encoding{}, false
}

// decodeStep decodes one character at the start of b: its code point,
// its size, and whether b ends inside it (incomplete) or is invalid
// (size 0, not incomplete).
func (e encoding) decodeStep(b []byte) (r rune, size int, incomplete bool) {
	switch e.kind {
	case "latin1":
		return rune(b[0]), 1, false
	case "utf8":
		if !utf8.FullRune(b) {
			return 0, 0, validPrefix(b)
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			return 0, 0, false
		}
		return r, n, false
	case "utf16":
		if len(b) < 2 {
			return 0, 0, true
		}
		u := e.uint16(b)
		if utf16.IsSurrogate(rune(u)) {
			if len(b) < 4 {
				return 0, 0, u < 0xdc00
			}
			r := utf16.DecodeRune(rune(u), rune(e.uint16(b[2:])))
			if r == utf8.RuneError {
				return 0, 0, false
			}
			return r, 4, false
		}
		return rune(u), 2, false
	default: // utf32
		if len(b) < 4 {
			return 0, 0, true
		}
		var u uint32
		if e.little {
			u = binary.LittleEndian.Uint32(b)
		} else {
			u = binary.BigEndian.Uint32(b)
		}
		if u > utf8.MaxRune || (u >= 0xd800 && u <= 0xdfff) {
			return 0, 0, false
		}
		return rune(u), 4, false
	}
}

// validPrefix reports whether b can start a UTF-8 sequence that more
// bytes would complete.
func validPrefix(b []byte) bool {
	n := 0
	switch c := b[0]; {
	case c >= 0xc2 && c <= 0xdf:
		n = 2
	case c >= 0xe0 && c <= 0xef:
		n = 3
	case c >= 0xf0 && c <= 0xf4:
		n = 4
	default:
		return false
	}
	for _, c := range b[1:] {
		if c&0xc0 != 0x80 {
			return false
		}
	}
	return len(b) < n
}

func (e encoding) uint16(b []byte) uint16 {
	if e.little {
		return binary.LittleEndian.Uint16(b)
	}
	return binary.BigEndian.Uint16(b)
}

// encode appends r in e; ok is false when e cannot hold r.
func (e encoding) encode(out []byte, r rune) ([]byte, bool) {
	switch e.kind {
	case "latin1":
		if r > 255 {
			return out, false
		}
		return append(out, byte(r)), true
	case "utf8":
		return utf8.AppendRune(out, r), true
	case "utf16":
		var units []uint16
		if r >= 0x10000 {
			a, b := utf16.EncodeRune(r)
			units = []uint16{uint16(a), uint16(b)}
		} else {
			units = []uint16{uint16(r)}
		}
		for _, u := range units {
			if e.little {
				out = binary.LittleEndian.AppendUint16(out, u)
			} else {
				out = binary.BigEndian.AppendUint16(out, u)
			}
		}
		return out, true
	default:
		if e.little {
			return binary.LittleEndian.AppendUint32(out, uint32(r)), true
		}
		return binary.BigEndian.AppendUint32(out, uint32(r)), true
	}
}

// conversion walks chardata, collecting code points.
type conversion struct {
	in, out encoding
	chars   []rune
	// status is "" (all converted), "error" or "incomplete"; rest is
	// then what was not converted.
	status string
	rest   term.Term
	// nest is walk's recursion depth, bounded by maxWriteNesting
	// (limits.go): chardata nested a million deep is system_limit.
	nest int
}

func isCodePoint(c int) bool { return c >= 0 && c <= utf8.MaxRune && !(c >= 0xd800 && c <= 0xdfff) }

// walk converts t; it returns false on badarg (not chardata).
func (c *conversion) walk(t term.Term) bool {
	if c.nest++; c.nest > maxWriteNesting {
		systemLimit()
	}
	defer func() { c.nest-- }()
	switch v := t.(type) {
	case term.Binary:
		return c.binary(v)
	case term.List:
		return c.list(v, term.List{})
	case term.Improper:
		if _, ok := v.Tail.(term.Binary); !ok {
			return false
		}
		return c.list(term.List(v.Elems), v.Tail)
	}
	return false
}

// list converts the elements of l, then tail (a binary or []).
func (c *conversion) list(l term.List, tail term.Term) bool {
	restFrom := func(i int, head term.Term) term.Term {
		return term.ConsN(append([]term.Term{head}, l[i+1:]...), tail)
	}
	for i, e := range l {
		switch v := e.(type) {
		case int:
			if !isCodePoint(v) || (c.in.kind == "latin1" && v > 255) {
				c.status, c.rest = "error", term.ConsN(l[i:], tail)
				return true
			}
			if _, ok := c.out.encode(nil, rune(v)); !ok {
				c.status, c.rest = "error", restFrom(i, term.List{v})
				return true
			}
			c.chars = append(c.chars, rune(v))
		default:
			if !c.walk(e) {
				return false
			}
			if c.status != "" {
				c.rest = restFrom(i, c.rest)
				return true
			}
		}
	}
	if b, ok := tail.(term.Binary); ok {
		return c.binary(b)
	}
	return true
}

func (c *conversion) binary(b term.Binary) bool {
	for i := 0; i < len(b); {
		r, n, incomplete := c.in.decodeStep(b[i:])
		if n == 0 {
			c.status, c.rest = "error", append(term.Binary{}, b[i:]...)
			if incomplete {
				c.status = "incomplete"
			}
			return true
		}
		if _, ok := c.out.encode(nil, r); !ok {
			c.status, c.rest = "error", append(term.Binary{}, b[i:]...)
			return true
		}
		c.chars = append(c.chars, r)
		i += n
	}
	return true
}

// joinIncomplete lets a UTF-8 sequence cut at the end of one binary
// continue in the next, as erl does for [<<97,195>>,<<165>>]: the
// chardata is flattened into one binary first when it holds only
// binaries in a byte-oriented input encoding.
func convert(t term.Term, in, out encoding) *conversion {
	c := &conversion{in: in, out: out}
	if !c.walk(t) {
		badargAt(lineUnicodeConv)
	}
	if c.status == "incomplete" && in.kind != "latin1" {
		if flat, ok := binariesOnly(t); ok {
			c2 := &conversion{in: in, out: out}
			c2.binary(flat)
			if c2.status == "" || len(c2.chars) > len(c.chars) {
				return c2
			}
		}
	}
	return c
}

// binariesOnly flattens t when it is binaries in nested proper lists,
// with no characters.
func binariesOnly(t term.Term) (term.Binary, bool) {
	out, ok := flattenBinaries(t, false)
	return term.Binary(out), ok
}

const (
	lineUnicodeConv = 895
	lineUnicodeNorm = 892
)

// badargAt fails with badarg in unicode.erl at line, with error_info.
func badargAt(line int) {
	panic(&failure{reason: atomBadarg, line: line, withErrorInfo: true})
}

func (c *conversion) asList() term.Term {
	l := make(term.List, len(c.chars))
	for i, r := range c.chars {
		l[i] = int(r)
	}
	if c.status != "" {
		return term.Tuple{term.Atom(c.status), l, c.rest}
	}
	return l
}

func (c *conversion) asBinary() term.Term {
	var b []byte
	for _, r := range c.chars {
		b, _ = c.out.encode(b, r)
	}
	if b == nil {
		b = []byte{}
	}
	if c.status != "" {
		return term.Tuple{term.Atom(c.status), term.Binary(b), c.rest}
	}
	return term.Binary(b)
}

func unicodeBIFs() []Entry {
	uni := func(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
		return modBIF("unicode", name, arity, help, fn)
	}
	utf8Enc := encoding{kind: "utf8"}
	enc := func(t term.Term) encoding {
		e, ok := readEncoding(t)
		if !ok {
			badarg()
		}
		return e
	}
	normalized := func(name string, f norm.Form, binary bool) Entry {
		return uni(name, 1, "chardata normalised to "+name[len("characters_to_"):], func(_ *Call, a []term.Term) term.Term {
			c := &conversion{in: utf8Enc, out: utf8Enc}
			if !c.walk(a[0]) {
				badargAt(lineUnicodeNorm)
			}
			c.chars = []rune(f.String(string(c.chars)))
			if binary {
				return c.asBinary()
			}
			return c.asList()
		})
	}
	return []Entry{
		uni("characters_to_list", 1, "chardata (binaries in UTF-8) as a list of code points", func(_ *Call, a []term.Term) term.Term {
			return convert(a[0], utf8Enc, utf8Enc).asList()
		}),
		uni("characters_to_list", 2, "chardata with binaries in an encoding as a list of code points", func(_ *Call, a []term.Term) term.Term {
			return convert(a[0], enc(a[1]), utf8Enc).asList()
		}),
		uni("characters_to_binary", 1, "chardata as a UTF-8 binary", func(_ *Call, a []term.Term) term.Term {
			return convert(a[0], utf8Enc, utf8Enc).asBinary()
		}),
		uni("characters_to_binary", 2, "chardata with binaries in an encoding as a UTF-8 binary", func(_ *Call, a []term.Term) term.Term {
			return convert(a[0], enc(a[1]), utf8Enc).asBinary()
		}),
		uni("characters_to_binary", 3, "chardata converted from one encoding to another", func(_ *Call, a []term.Term) term.Term {
			return convert(a[0], enc(a[1]), enc(a[2])).asBinary()
		}),
		normalized("characters_to_nfc_list", norm.NFC, false),
		normalized("characters_to_nfd_list", norm.NFD, false),
		normalized("characters_to_nfkc_list", norm.NFKC, false),
		normalized("characters_to_nfkd_list", norm.NFKD, false),
		normalized("characters_to_nfc_binary", norm.NFC, true),
		normalized("characters_to_nfd_binary", norm.NFD, true),
		normalized("characters_to_nfkc_binary", norm.NFKC, true),
		normalized("characters_to_nfkd_binary", norm.NFKD, true),
		uni("bom_to_encoding", 1, "{Encoding, BomLength} of a byte order mark", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			has := func(p ...byte) bool { return len(b) >= len(p) && string(b[:len(p)]) == string(p) }
			le := func(k string) term.Term { return term.Tuple{term.Atom(k), term.Atom("little")} }
			switch {
			case has(0xef, 0xbb, 0xbf):
				return term.Tuple{term.Atom("utf8"), 3}
			case has(0, 0, 0xfe, 0xff):
				return term.Tuple{term.Tuple{term.Atom("utf32"), term.Atom("big")}, 4}
			case has(0xff, 0xfe, 0, 0):
				return term.Tuple{le("utf32"), 4}
			case has(0xfe, 0xff):
				return term.Tuple{term.Tuple{term.Atom("utf16"), term.Atom("big")}, 2}
			case has(0xff, 0xfe):
				return term.Tuple{le("utf16"), 2}
			}
			return term.Tuple{term.Atom("latin1"), 0}
		}),
		uni("encoding_to_bom", 1, "the byte order mark of an encoding", func(_ *Call, a []term.Term) term.Term {
			e := enc(a[0])
			switch e.kind {
			case "latin1":
				return term.Binary{}
			case "utf8":
				return term.Binary{0xef, 0xbb, 0xbf}
			}
			b, _ := e.encode(nil, 0xfeff)
			return term.Binary(b)
		}),
	}
}
