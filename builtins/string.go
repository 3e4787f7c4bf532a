package builtins

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"goerl/term"
)

// text reads a string argument (a char list or a binary); the result of
// a string function takes the argument's kind (see asKind).
func text(t term.Term) (s string, binary bool) {
	s, binary, ok := textOK(t)
	if !ok {
		badarg()
	}
	return s, binary
}

// textOK is text reporting a bad argument instead of raising it.
// Chardata may be an improper list with a binary tail (["abc"|<<"d">>]).
func textOK(t term.Term) (s string, binary, ok bool) {
	switch v := t.(type) {
	case term.Binary:
		return string(v), true, utf8.Valid(v)
	case term.List, term.Improper:
		s, ok := term.Chardata(v)
		return s, false, ok && utf8.ValidString(s)
	}
	return "", false, false
}

// asKind returns s as the kind of chardata the argument was: string
// functions answer a binary for a binary and a list for a list.
func asKind(s string, binary bool) term.Term {
	if binary {
		return term.Binary(s)
	}
	return term.String(s)
}

// stringMap makes a one-argument string function that maps the text
// (uppercase, lowercase, ...) and keeps its kind.
func stringMap(name, help string, f func(string) string) Entry {
	return modBIF("string", name, 1, help, func(_ *Call, a []term.Term) term.Term {
		badUTF8(name, a[0])
		s, bin := text(a[0])
		return asKind(f(s), bin)
	})
}

// badUTF8Lines are the lines of OTP 25's string.erl where a function
// meets a binary that is not UTF-8 and raises {badarg, Bin}.
var badUTF8Lines = map[string]int{"uppercase": 338, "lowercase": 355, "casefold": 387, "to_graphemes": 132}

// badUTF8 raises erl's error:{badarg,Bin} for a binary argument that is
// not UTF-8, from the function's own line, for the functions listed.
func badUTF8(name string, t term.Term) {
	b, ok := t.(term.Binary)
	line, known := badUTF8Lines[name]
	if !ok || !known || utf8.Valid(b) {
		return
	}
	panic(&failure{reason: term.Tuple{atomBadarg, b}, frames: term.List{SourceFrame("string", name, 1, "string.erl", line)}})
}

// stringBIFs are the string functions the first lessons needed: length,
// case, trim, find, split, tokens, join, concat; stringMoreBIFs below has
// the rest of the module.
func stringBIFs() []Entry {
	return []Entry{
		modBIF("string", "concat", 2, "two strings joined", func(_ *Call, a []term.Term) term.Term {
			s1, _ := text(a[0])
			s2, _ := text(a[1])
			return term.String(s1 + s2)
		}),
		modBIF("string", "to_upper", 1, "upper case (of a string or a character)", caseChar(unicode.ToUpper)),
		modBIF("string", "to_lower", 1, "lower case (of a string or a character)", caseChar(unicode.ToLower)),
		stringMap("trim", "without leading and trailing whitespace", func(s string) string {
			return strings.TrimSpace(s)
		}),
		modBIF("string", "is_empty", 1, "whether a string has no characters", func(_ *Call, a []term.Term) term.Term {
			s, _ := text(a[0])
			return term.Bool(s == "")
		}),
		modBIF("string", "tokens", 2, "the substrings between separator characters", func(_ *Call, a []term.Term) term.Term {
			s, _ := text(a[0])
			seps, _ := text(a[1])
			// tokens never returns empty strings: a run of separators counts
			// as one, and leading or trailing ones give nothing, as in erl.
			fields := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
			out := make(term.List, len(fields))
			for i, f := range fields {
				out[i] = term.String(f)
			}
			return out
		}),
		modBIF("string", "split", 2, "split at the first occurrence of a separator", func(_ *Call, a []term.Term) term.Term {
			return stringSplit(a[0], a[1], false)
		}),
		modBIF("string", "split", 3, "split at the leading or trailing or all separators", func(_ *Call, a []term.Term) term.Term {
			switch a[2] {
			case term.Atom("leading"):
				return stringSplit(a[0], a[1], false)
			case term.Atom("all"):
				return stringSplit(a[0], a[1], true)
			case term.Atom("trailing"):
				s, bin := text(a[0])
				sep, _ := text(a[1])
				if i := strings.LastIndex(s, sep); sep != "" && i >= 0 {
					return term.List{asKind(s[:i], bin), asKind(s[i+len(sep):], bin)}
				}
				return term.List{asKind(s, bin)}
			}
			badarg()
			return nil
		}),
		modBIF("string", "join", 2, "strings joined with a separator", func(_ *Call, a []term.Term) term.Term {
			l, ok := properList(a[0])
			if !ok {
				badarg()
			}
			sep, _ := text(a[1])
			parts := make([]string, len(l))
			for i, x := range l {
				parts[i], _ = text(x)
			}
			return term.String(strings.Join(parts, sep))
		}),
		modBIF("string", "find", 2, "the rest of the string from the first match, or nomatch", func(_ *Call, a []term.Term) term.Term {
			s, bin := text(a[0])
			sub, _ := text(a[1])
			if i := strings.Index(s, sub); i >= 0 {
				return asKind(s[i:], bin)
			}
			return term.Atom("nomatch")
		}),
	}
}

// stringSplit is string:split/2,3 with leading or all: the parts keep the
// argument's kind.
func stringSplit(str, sepT term.Term, all bool) term.Term {
	s, bin := text(str)
	sep, _ := text(sepT)
	// An empty separator matches nowhere: the whole string is the one
	// part.
	if sep == "" {
		return term.List{asKind(s, bin)}
	}
	// leading splits once, at the first occurrence; all at every
	// non-overlapping one, left to right, keeping empty parts between
	// adjacent separators.
	n := 2
	if all {
		n = -1
	}
	parts := strings.SplitN(s, sep, n)
	out := make(term.List, len(parts))
	for i, p := range parts {
		out[i] = asKind(p, bin)
	}
	return out
}

// The rest of OTP's string module (stringMoreBIFs) comes in two
// families: the modern ones (pad, trim/3, lexemes, slice, ...) take
// chardata, binaries included, and return chardata shaped as erl's
// (pad and replace return deep lists); the obsolete ones (left, strip,
// substr, str, ...) take flat character lists. goerl treats each code
// point as one grapheme cluster, so "\r\n" counts as two characters.

// runesOf reads chardata as runes and whether it was a binary.
func runesOf(t term.Term) ([]rune, bool) {
	s, bin := text(t)
	return []rune(s), bin
}

// flatChars reads a flat character list (the obsolete functions).
func flatChars(t term.Term) []rune {
	s, ok := term.CharList(t)
	if !ok {
		badarg()
	}
	return []rune(s)
}

// runesTerm is asKind for runes.
func runesTerm(r []rune, bin bool) term.Term { return asKind(string(r), bin) }

// charsTerm is a flat character list, what the obsolete functions return.
func charsTerm(r []rune) term.List { return term.String(string(r)) }

// padChar reads a pad character: a code point or a one-grapheme string.
func padChar(t term.Term) term.Term {
	switch v := t.(type) {
	case int:
		return v
	case term.List, term.Binary:
		return v
	}
	badarg()
	return nil
}

// duplicate is a list of n copies of x: the padding string:pad adds.
func duplicate(n int, x term.Term) term.List {
	out := make(term.List, n)
	for i := range out {
		out[i] = x
	}
	return out
}

// stringPad is string:pad/4 with erl's deep result.
func stringPad(cd, length, dir, char term.Term) term.Term {
	r, _ := runesOf(cd)
	n, ok := length.(int)
	if !ok {
		badarg()
	}
	c := padChar(char)
	missing := n - len(r)
	if missing <= 0 {
		return term.List{cd}
	}
	switch dir {
	case term.Atom("leading"):
		return term.List{duplicate(missing, c), cd}
	case term.Atom("trailing"):
		return append(term.List{cd}, duplicate(missing, c)...)
	case term.Atom("both"):
		left := duplicate(missing/2, c)
		out := term.List{left, cd, left}
		if missing%2 == 1 {
			out = append(out, c)
		}
		return out
	}
	badarg()
	return nil
}

// oldJustify is string:left/right/centre: a flat list of exactly n
// characters, cut or padded with c.
func oldJustify(how string, s []rune, n int, c rune) term.List {
	if n < 0 {
		badarg()
	}
	pad := func(k int) []rune { return []rune(strings.Repeat(string(c), k)) }
	switch l := len(s); {
	case l == n:
		return charsTerm(s)
	case how == "left" && l > n:
		return charsTerm(s[:n])
	case how == "left":
		return charsTerm(append(append([]rune{}, s...), pad(n-l)...))
	case how == "right" && l > n:
		return charsTerm(s[l-n:])
	case how == "right":
		return charsTerm(append(pad(n-l), s...))
	case l > n: // centre, cut
		skip := (l - n) / 2
		return charsTerm(s[skip : skip+n])
	default:
		left := (n - l) / 2
		return charsTerm(append(append(pad(left), s...), pad(n-l-left)...))
	}
}

// oldJustifyBIF makes string:left/2,3, right/2,3 and centre/2,3: the
// obsolete functions that pad or cut a flat string to exactly N
// characters.
func oldJustifyBIF(how string, arity int) Entry {
	return modBIF("string", how, arity, how+"-justify a string in a field of N characters", func(call *Call, a []term.Term) term.Term {
		n, ok := a[1].(int)
		if !ok {
			badarg()
		}
		call.checkLength(n)
		c := ' '
		if arity == 3 {
			ch, ok := a[2].(int)
			if !ok {
				badarg()
			}
			c = rune(ch)
		}
		return oldJustify(how, flatChars(a[0]), n, c)
	})
}

// strip is string:strip/3.
func strip(s []rune, dir term.Term, c rune) []rune {
	left := dir == term.Atom("left") || dir == term.Atom("both")
	right := dir == term.Atom("right") || dir == term.Atom("both")
	if !left && !right {
		badarg()
	}
	for left && len(s) > 0 && s[0] == c {
		s = s[1:]
	}
	for right && len(s) > 0 && s[len(s)-1] == c {
		s = s[:len(s)-1]
	}
	return s
}

// inSet reports whether r is one of the separator characters, which may
// be given as code points or one-character strings.
func inSet(r rune, set []rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// separators reads a separator list: code points or strings of one.
func separators(t term.Term) []rune {
	l, ok := properList(t)
	if !ok {
		if b, ok := t.(term.Binary); ok {
			return []rune(string(b))
		}
		badarg()
	}
	var out []rune
	for _, x := range l {
		switch v := x.(type) {
		case int:
			out = append(out, rune(v))
		default:
			r, _ := runesOf(v)
			out = append(out, r...)
		}
	}
	return out
}

// lexemes splits r at runs of separator characters, dropping empty parts
// (string:lexemes/2, tokens/2).
func lexemes(r []rune, seps []rune) [][]rune {
	var out [][]rune
	start := -1
	for i, c := range r {
		if inSet(c, seps) {
			if start >= 0 {
				out = append(out, r[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, r[start:])
	}
	return out
}

// indexRunes is the index of the first sub in s at or after from, or -1.
func indexRunes(s, sub []rune, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

// lastIndexRunes is the index of the last sub in s, or -1.
func lastIndexRunes(s, sub []rune) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

// stringToNumber is string:to_integer/1 and to_float/1: the number at
// the start and the rest, or {error,no_integer|no_float}.
func stringToNumber(t term.Term, float bool) term.Term {
	s, bin, ok := textOK(t)
	if !ok {
		// Not chardata is the documented {error, badarg} result, not an
		// exception.
		return term.Tuple{atomError, atomBadarg}
	}
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() int {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j - i
	}
	n := digits()
	if n == 0 {
		return noNumber(float)
	}
	i += n
	if !float {
		return term.Tuple{parseInteger(s[:i], 10), asKind(s[i:], bin)}
	}
	// A float needs a point and at least one digit after it: "1" and
	// "1." are no_float; ',' is taken as the point too.
	if i+1 >= len(s) || (s[i] != '.' && s[i] != ',') {
		return noNumber(float)
	}
	i++
	if n = digits(); n == 0 {
		return noNumber(float)
	}
	i += n
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		// An exponent without digits is not part of the number: "1.0e"
		// gives {1.0, "e"}.
		if k > j {
			i = k
		}
	}
	f, err := strconv.ParseFloat(strings.Replace(s[:i], ",", ".", 1), 64)
	if err != nil {
		return term.Tuple{atomError, term.Atom("badarg")}
	}
	return term.Tuple{f, asKind(s[i:], bin)}
}

// oldWords is OTP's string:words/2: after stripping Char at both ends,
// one more than the number of runs of Char (so words("") is 1).
func oldWords(s []rune, sep rune) int {
	s = strip(s, term.Atom("both"), sep)
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			n++
			for i+1 < len(s) && s[i+1] == sep {
				i++
			}
		}
	}
	return n
}

// noNumber is to_integer/1's or to_float/1's {error,no_integer} or
// {error,no_float}.
func noNumber(float bool) term.Term {
	if float {
		return term.Tuple{atomError, term.Atom("no_float")}
	}
	return term.Tuple{atomError, term.Atom("no_integer")}
}

// caseChar maps a code point (string:to_upper/to_lower accept one).
func caseChar(f func(rune) rune) func(*Call, []term.Term) term.Term {
	return func(_ *Call, a []term.Term) term.Term {
		if c, ok := a[0].(int); ok {
			return int(f(rune(c)))
		}
		s, bin := text(a[0])
		return asKind(strings.Map(f, s), bin)
	}
}

// trimWhere is string:trim/3.
func trimWhere(t, dir term.Term, seps []rune) term.Term {
	r, bin := runesOf(t)
	lead := dir == term.Atom("leading") || dir == term.Atom("both")
	trail := dir == term.Atom("trailing") || dir == term.Atom("both")
	if !lead && !trail {
		badarg()
	}
	for lead && len(r) > 0 && inSet(r[0], seps) {
		r = r[1:]
	}
	for trail && len(r) > 0 && inSet(r[len(r)-1], seps) {
		r = r[:len(r)-1]
	}
	return runesTerm(r, bin)
}

// whitespace is what string:trim/1,2 removes: erl's Unicode white space.
func whitespace() []rune {
	return []rune{' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
		0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000}
}

// stringMoreBIFs are the rest of OTP's string module: the modern
// chardata functions (pad, trim/3, lexemes, slice, to_integer, ...) and
// the obsolete flat-list ones (left, strip, substr, str, ...).
func stringMoreBIFs() []Entry {
	padBIF := func(arity int) Entry {
		return modBIF("string", "pad", arity, "pad to Length characters: leading, trailing or both", func(c *Call, a []term.Term) term.Term {
			c.checkLength(a[1])
			dir, char := term.Term(term.Atom("trailing")), term.Term(int(' '))
			if arity >= 3 {
				dir = a[2]
			}
			if arity == 4 {
				char = a[3]
			}
			return stringPad(a[0], a[1], dir, char)
		})
	}
	stripBIF := func(arity int) Entry {
		return modBIF("string", "strip", arity, "a flat string without leading/trailing Char (obsolete)", func(_ *Call, a []term.Term) term.Term {
			dir, c := term.Term(term.Atom("both")), ' '
			if arity >= 2 {
				dir = a[1]
			}
			if arity == 3 {
				ch, ok := a[2].(int)
				if !ok {
					badarg()
				}
				c = rune(ch)
			}
			return charsTerm(strip(flatChars(a[0]), dir, c))
		})
	}
	substr := func(name string, arity int) Entry {
		return modBIF("string", name, arity, "the characters from position Start (obsolete)", func(_ *Call, a []term.Term) term.Term {
			s := flatChars(a[0])
			start, ok := a[1].(int)
			if !ok || start < 1 || start > len(s)+1 {
				noClause(0)
			}
			end := len(s)
			if arity == 3 {
				n, ok := a[2].(int)
				if !ok || n < 0 {
					noClause(0)
				}
				if name == "sub_string" { // sub_string(S, Start, Stop)
					n = n - start + 1
				}
				if n < 0 {
					n = 0
				}
				end = min(len(s), start-1+n)
			}
			return charsTerm(s[start-1 : end])
		})
	}
	position := func(name string, last bool) Entry {
		return modBIF("string", name, 2, "the position of a substring, or 0 (obsolete)", func(_ *Call, a []term.Term) term.Term {
			s, sub := flatChars(a[0]), flatChars(a[1])
			if len(sub) == 0 {
				return 0 // OTP's str/rstr never match the empty string
			}
			i := indexRunes(s, sub, 0)
			if last {
				i = lastIndexRunes(s, sub)
			}
			return i + 1
		})
	}
	charPos := func(name string, last bool) Entry {
		return modBIF("string", name, 2, "the position of a character, or 0 (obsolete)", func(_ *Call, a []term.Term) term.Term {
			s := flatChars(a[0])
			c, ok := a[1].(int)
			if !ok {
				badarg()
			}
			pos := 0
			for i, r := range s {
				if r == rune(c) {
					pos = i + 1
					if !last {
						break
					}
				}
			}
			return pos
		})
	}
	span := func(name string, in bool) Entry {
		return modBIF("string", name, 2, "the length of the prefix of (not) given characters (obsolete)", func(_ *Call, a []term.Term) term.Term {
			s, set := flatChars(a[0]), flatChars(a[1])
			n := 0
			for n < len(s) && inSet(s[n], set) == in {
				n++
			}
			return n
		})
	}
	words := func(arity int) Entry {
		return modBIF("string", "words", arity, "the number of words (obsolete)", func(_ *Call, a []term.Term) term.Term {
			sep := ' '
			if arity == 2 {
				c, ok := a[1].(int)
				if !ok {
					badarg()
				}
				sep = rune(c)
			}
			return oldWords(flatChars(a[0]), sep)
		})
	}
	replace := func(arity int) Entry {
		return modBIF("string", "replace", arity, "lists:join(New, split(String, Pattern, Where))", func(_ *Call, a []term.Term) term.Term {
			all := false
			where := term.Term(term.Atom("leading"))
			if arity == 4 {
				where = a[3]
			}
			var parts term.Term
			switch where {
			case term.Atom("leading"):
				parts = stringSplit(a[0], a[1], false)
			case term.Atom("all"):
				all = true
				parts = stringSplit(a[0], a[1], all)
			case term.Atom("trailing"):
				parts = stringSplitTrailing(a[0], a[1])
			default:
				badarg()
			}
			l := parts.(term.List)
			out := make(term.List, 0, 2*len(l))
			for i, p := range l {
				if i > 0 {
					out = append(out, a[2])
				}
				out = append(out, p)
			}
			return out
		})
	}
	slice := func(arity int) Entry {
		return modBIF("string", "slice", arity, "the characters from position Start (0-based)", func(_ *Call, a []term.Term) term.Term {
			r, bin := runesOf(a[0])
			start, ok := a[1].(int)
			if !ok || start < 0 {
				badarg()
			}
			start = min(start, len(r))
			end := len(r)
			if arity == 3 && a[2] != term.Atom("infinity") {
				n, ok := a[2].(int)
				if !ok || n < 0 {
					badarg()
				}
				end = min(len(r), start+n)
			}
			return runesTerm(r[start:end], bin)
		})
	}
	find := modBIF("string", "find", 3, "the rest from the leading or trailing match, or nomatch", func(_ *Call, a []term.Term) term.Term {
		r, bin := runesOf(a[0])
		sub, _ := runesOf(a[1])
		var i int
		switch a[2] {
		case term.Atom("leading"):
			i = indexRunes(r, sub, 0)
		case term.Atom("trailing"):
			i = lastIndexRunes(r, sub)
		default:
			badarg()
		}
		if i < 0 {
			return term.Atom("nomatch")
		}
		return runesTerm(r[i:], bin)
	})
	return []Entry{
		modBIF("string", "to_integer", 1, "{Integer, Rest} from leading digits, or {error,no_integer}", func(_ *Call, a []term.Term) term.Term {
			return stringToNumber(a[0], false)
		}),
		modBIF("string", "to_float", 1, "{Float, Rest} from a leading float, or {error,no_float}", func(_ *Call, a []term.Term) term.Term {
			return stringToNumber(a[0], true)
		}),
		padBIF(2), padBIF(3), padBIF(4),
		oldJustifyBIF("left", 2), oldJustifyBIF("left", 3),
		oldJustifyBIF("right", 2), oldJustifyBIF("right", 3),
		oldJustifyBIF("centre", 2), oldJustifyBIF("centre", 3),
		modBIF("string", "copies", 2, "a string repeated N times (obsolete)", func(c *Call, a []term.Term) term.Term {
			n, ok := a[1].(int)
			if !ok || n < 0 {
				badarg()
			}
			c.checkAlloc(n, len(flatChars(a[0]))*term.CellBytes)
			return charsTerm([]rune(strings.Repeat(string(flatChars(a[0])), n)))
		}),
		stripBIF(1), stripBIF(2), stripBIF(3),
		substr("substr", 2), substr("substr", 3), substr("sub_string", 2), substr("sub_string", 3),
		position("str", false), position("rstr", true),
		charPos("chr", false), charPos("rchr", true),
		span("span", true), span("cspan", false),
		words(1), words(2),
		replace(3), replace(4),
		modBIF("string", "lexemes", 2, "the substrings between separator characters", func(_ *Call, a []term.Term) term.Term {
			r, bin := runesOf(a[0])
			parts := lexemes(r, separators(a[1]))
			out := make(term.List, len(parts))
			for i, p := range parts {
				out[i] = runesTerm(p, bin)
			}
			return out
		}),
		modBIF("string", "nth_lexeme", 3, "the N-th lexeme", func(_ *Call, a []term.Term) term.Term {
			r, bin := runesOf(a[0])
			n, ok := a[1].(int)
			if !ok || n < 1 {
				badarg()
			}
			parts := lexemes(r, separators(a[2]))
			if n > len(parts) {
				return runesTerm(nil, bin)
			}
			return runesTerm(parts[n-1], bin)
		}),
		slice(2), slice(3),
		modBIF("string", "prefix", 2, "the rest after Prefix, or nomatch", func(_ *Call, a []term.Term) term.Term {
			r, bin := runesOf(a[0])
			p, _ := runesOf(a[1])
			if len(p) > len(r) || string(r[:len(p)]) != string(p) {
				return term.Atom("nomatch")
			}
			return runesTerm(r[len(p):], bin)
		}),
		modBIF("string", "trim", 2, "without whitespace at leading, trailing or both ends", func(_ *Call, a []term.Term) term.Term {
			return trimWhere(a[0], a[1], whitespace())
		}),
		modBIF("string", "trim", 3, "without the given characters at leading, trailing or both ends", func(_ *Call, a []term.Term) term.Term {
			return trimWhere(a[0], a[1], separators(a[2]))
		}),
		find,
	}
}

// stringSplitTrailing is string:split(S, Sep, trailing).
func stringSplitTrailing(str, sepT term.Term) term.Term {
	s, bin := text(str)
	sep, _ := text(sepT)
	if i := strings.LastIndex(s, sep); sep != "" && i >= 0 {
		return term.List{asKind(s[:i], bin), asKind(s[i+len(sep):], bin)}
	}
	return term.List{asKind(s, bin)}
}
