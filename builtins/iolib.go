package builtins

import (
	"goerl/term"
)

// The smaller functions of io_lib: quoting, character-list tests and
// writing with a depth.

// charListKind tests a (deep) list of characters up to max.
func charListKind(t term.Term, deep bool, max int) bool {
	l, ok := t.(term.List)
	if !ok {
		return false
	}
	for _, e := range l {
		switch v := e.(type) {
		case int:
			if v < 0 || v > max || (v >= 0xd800 && v <= 0xdfff) {
				return false
			}
		case term.List:
			if !deep || !charListKind(v, true, max) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// printableUnicode is io_lib:printable_unicode_list/1.
func printableUnicode(t term.Term) bool {
	l, ok := t.(term.List)
	if !ok {
		return false
	}
	for _, e := range l {
		c, ok := e.(int)
		if !ok {
			return false
		}
		switch {
		case c >= 0x20 && c <= 0x7e, c >= 0xa0 && c < 0xd800, c > 0xdfff && c < 0xfffe, c > 0xffff && c <= 0x10ffff:
		case c == '\n', c == '\r', c == '\t', c == '\v', c == '\b', c == '\f', c == 27:
		default:
			return false
		}
	}
	return true
}

func iolibBIFs() []Entry {
	lib := func(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
		return modBIF("io_lib", name, arity, help, fn)
	}
	test := func(name, help string, f func(term.Term) bool) Entry {
		return lib(name, 1, help, func(_ *Call, a []term.Term) term.Term { return term.Bool(f(a[0])) })
	}
	writeString := func(name string, arity int, unicode bool) Entry {
		return lib(name, arity, "a string as quoted text", func(_ *Call, a []term.Term) term.Term {
			s, ok := term.CharList(a[0])
			q := '"'
			if arity == 2 {
				c, isInt := a[1].(int)
				if !isInt {
					badarg()
				}
				q = rune(c)
			}
			if !ok {
				badarg()
			}
			return term.String(term.QuoteString([]rune(s), q, unicode))
		})
	}
	writeChar := func(name string) Entry {
		return lib(name, 1, "a character as $c text", func(_ *Call, a []term.Term) term.Term {
			c, ok := a[0].(int)
			if !ok || c < 0 {
				badarg()
			}
			q := term.QuoteString([]rune{rune(c)}, 0, name == "write_char")
			// QuoteString's quotes are NULs here: $ and the escaped char.
			r := []rune(q)
			return term.String("$" + string(r[1:len(r)-1]))
		})
	}
	return []Entry{
		lib("write", 2, "a term as ~w text, to a depth", func(_ *Call, a []term.Term) term.Term {
			d, ok := a[1].(int)
			if !ok {
				badarg()
			}
			return deepWriter{}.write(a[0], d)
		}),
		lib("write_atom", 1, "an atom as text, quoted if need be", func(_ *Call, a []term.Term) term.Term {
			at, ok := a[0].(term.Atom)
			if !ok {
				badarg()
			}
			return term.String(term.QuoteAtom(string(at)))
		}),
		writeString("write_string", 1, true), writeString("write_string", 2, true),
		writeString("write_latin1_string", 1, false), writeString("write_latin1_string", 2, false),
		writeChar("write_char"), writeChar("write_char_as_latin1"), writeChar("write_latin1_char"),
		lib("nl", 0, "a newline", func(*Call, []term.Term) term.Term { return term.String("\n") }),
		test("printable_list", "whether a list is a printable string (+pc latin1)", term.IsPrintableList),
		test("printable_latin1_list", "whether a list is a printable Latin-1 string", term.IsPrintableList),
		test("printable_unicode_list", "whether a list is a printable Unicode string", printableUnicode),
		test("char_list", "whether a list holds only Unicode characters", func(t term.Term) bool { return charListKind(t, false, 0x10ffff) }),
		test("deep_char_list", "whether a deep list holds only Unicode characters", func(t term.Term) bool { return charListKind(t, true, 0x10ffff) }),
		test("latin1_char_list", "whether a list holds only Latin-1 characters", func(t term.Term) bool { return charListKind(t, false, 255) }),
		test("deep_latin1_char_list", "whether a deep list holds only Latin-1 characters", func(t term.Term) bool { return charListKind(t, true, 255) }),
		lib("indentation", 2, "the column after printing a string from a column", func(_ *Call, a []term.Term) term.Term {
			s, ok1 := term.Chardata(a[0])
			col, ok2 := a[1].(int)
			if !ok1 || !ok2 {
				badarg()
			}
			return columnAfter(col, s)
		}),
		modBIF("io", "printable_range", 0, "the characters the shell prints as strings: latin1", func(*Call, []term.Term) term.Term {
			return term.Atom("latin1")
		}),
	}
}

// scanFormat is io_lib:scan_format/2: the format's characters, each
// directive a map of its parts and the arguments it takes.
func scanFormat(format term.Term, args term.List) term.List {
	f, ok := formatRunes(format)
	if !ok {
		if s, isList := term.CharList(format); isList {
			f = []rune(s)
		} else {
			badarg()
		}
	}
	out := term.List{}
	take := func() term.Term {
		if len(args) == 0 {
			badarg()
		}
		a := args[0]
		args = args[1:]
		return a
	}
	for i := 0; i < len(f); {
		if f[i] != '~' {
			out = append(out, int(f[i]))
			i++
			continue
		}
		i++
		at := func() rune {
			if i < len(f) {
				return f[i]
			}
			badarg()
			return 0
		}
		adjust := term.Atom("right")
		if at() == '-' {
			adjust, i = "left", i+1
		}
		number := func() term.Term {
			if at() == '*' {
				i++
				n, ok := take().(int)
				if !ok {
					badarg()
				}
				return n
			}
			n, digits := 0, false
			for at() >= '0' && at() <= '9' {
				n, digits, i = n*10+int(f[i]-'0'), true, i+1
			}
			if !digits {
				return term.Atom("none")
			}
			return n
		}
		width := number()
		if w, ok := width.(int); ok && w < 0 {
			adjust, width = "left", -w
		}
		precision, pad := term.Term(term.Atom("none")), term.Term(int(' '))
		if at() == '.' {
			i++
			precision = number()
			if at() == '.' {
				i++
				if at() == '*' {
					i++
					pad = take()
				} else {
					pad, i = int(f[i]), i+1
				}
			}
		}
		encoding, strings := term.Atom("latin1"), term.True
		for at() == 't' || at() == 'l' {
			if f[i] == 't' {
				encoding = "unicode"
			} else {
				strings = term.False
			}
			i++
		}
		control := f[i]
		i++
		n := 1
		switch control {
		case 'n', '~':
			n = 0
		case 'W', 'P', 'x', 'X':
			n = 2
		}
		used := term.List{}
		for k := 0; k < n; k++ {
			used = append(used, take())
		}
		out = append(out, term.NewMap(
			[]term.Term{term.Atom("adjust"), term.Atom("args"), term.Atom("control_char"), term.Atom("encoding"),
				term.Atom("pad_char"), term.Atom("precision"), term.Atom("strings"), term.Atom("width")},
			[]term.Term{adjust, used, int(control), encoding, pad, precision, strings, width}))
	}
	return out
}

// unscanFormat is io_lib:unscan_format/1: {Format, Args} back from a
// scanned list.
func unscanFormat(t term.Term) (term.List, term.List) {
	l, ok := t.(term.List)
	if !ok {
		badarg()
	}
	var f []rune
	args := term.List{}
	get := func(m *term.Map, k string) term.Term {
		v, ok := m.Get(term.Atom(k))
		if !ok {
			badarg()
		}
		return v
	}
	for _, e := range l {
		switch v := e.(type) {
		case int:
			f = append(f, rune(v))
		case *term.Map:
			f = append(f, '~')
			if get(v, "adjust") == term.Atom("left") {
				f = append(f, '-')
			}
			if w, ok := get(v, "width").(int); ok {
				f = append(f, []rune(term.Sprint(w))...)
			}
			prec, pad := get(v, "precision"), get(v, "pad_char")
			if p, ok := prec.(int); ok || pad != int(' ') {
				f = append(f, '.')
				if ok {
					f = append(f, []rune(term.Sprint(p))...)
				}
				if c, isInt := pad.(int); isInt && c != ' ' {
					f = append(f, '.', rune(c))
				}
			}
			if get(v, "encoding") == term.Atom("unicode") {
				f = append(f, 't')
			}
			if get(v, "strings") == term.False {
				f = append(f, 'l')
			}
			c, _ := get(v, "control_char").(int)
			f = append(f, rune(c))
			if a, ok := get(v, "args").(term.List); ok {
				args = append(args, a...)
			}
		default:
			badarg()
		}
	}
	return term.String(string(f)), args
}

func iolibScanBIFs() []Entry {
	return []Entry{
		modBIF("io_lib", "scan_format", 2, "a format's characters and directives as maps", func(_ *Call, a []term.Term) term.Term {
			args, ok := a[1].(term.List)
			if !ok {
				badarg()
			}
			return scanFormat(a[0], args)
		}),
		modBIF("io_lib", "unscan_format", 1, "{Format, Args} of a scanned format", func(_ *Call, a []term.Term) term.Term {
			f, args := unscanFormat(a[0])
			return term.Tuple{f, args}
		}),
		modBIF("io_lib", "build_text", 1, "the text of a scanned format", func(c *Call, a []term.Term) term.Term {
			l, ok := a[0].(term.List)
			if !ok {
				badarg()
			}
			out := term.List{}
			for _, e := range l {
				if ch, ok := e.(int); ok {
					out = append(out, ch)
					continue
				}
				f, args := unscanFormat(term.List{e})
				if _, err := term.FormatWithin(f, args, 0, c.limits()); err != nil {
					badarg()
				}
				out = append(out, ioLibChars(f, args)...)
			}
			return out
		}),
		modBIF("io_lib", "format", 3, "io_lib:format/2 with options (chars_limit is not applied)", func(c *Call, a []term.Term) term.Term {
			list, ok1 := a[1].(term.List)
			_, ok2 := a[2].(term.List)
			if !ok1 || !ok2 {
				raiseAt(atomBadarg, ioLibFormatLine)
			}
			if _, err := term.FormatWithin(a[0], list, 0, c.limits()); err != nil {
				failTooLarge(err)
				raiseAt(atomBadarg, ioLibFormatLine)
			}
			return ioLibChars(a[0], list)
		}),
	}
}
