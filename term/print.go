package term

import (
	"math/big"
	"strconv"
	"strings"
)

// Sprint returns t as io_lib:write (~w) prints it: no line breaks, lists of
// integers printed as lists, atoms quoted when needed.
func Sprint(t Term) string {
	var b strings.Builder
	writeTerm(&b, t)
	return b.String()
}

func writeTerm(b *strings.Builder, t Term) {
	switch v := t.(type) {
	case Atom:
		b.WriteString(QuoteAtom(string(v)))
	case int:
		b.WriteString(strconv.Itoa(v))
	case *big.Int:
		b.WriteString(v.String())
	case float64:
		b.WriteString(FormatFloat(v))
	case Tuple:
		b.WriteByte('{')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTerm(b, e)
		}
		b.WriteByte('}')
	case List:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTerm(b, e)
		}
		b.WriteByte(']')
	case Improper:
		b.WriteByte('[')
		for i, e := range v.Elems {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTerm(b, e)
		}
		b.WriteByte('|')
		writeTerm(b, v.Tail)
		b.WriteByte(']')
	case *Map:
		b.WriteString("#{")
		for i, k := range v.keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTerm(b, k)
			b.WriteString(" => ")
			writeTerm(b, v.vals[i])
		}
		b.WriteByte('}')
	case Binary:
		b.WriteString("<<")
		for i, c := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Itoa(int(c)))
		}
		b.WriteString(">>")
	case Pid:
		b.WriteString("<0." + strconv.Itoa(v.ID) + ".0>")
	case Ref:
		b.WriteString("#Ref<0.0.0." + strconv.Itoa(v.ID) + ">")
	case Port:
		b.WriteString("#Port<0." + strconv.Itoa(v.ID) + ">")
	case *Fun:
		if v.External {
			b.WriteString("fun " + QuoteAtom(v.Module) + ":" + QuoteAtom(v.Name) + "/" + strconv.Itoa(v.Arity))
		} else {
			b.WriteString("#Fun<" + v.Module + "." + strconv.Itoa(v.Index) + "." + strconv.Itoa(v.Uniq) + ">")
		}
	default:
		b.WriteString("<invalid term>")
	}
}

// FormatFloat prints a float as Erlang does: the shortest digits that read
// back exactly, always with a fraction, and an exponent outside 0.1..1e16.
func FormatFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		if !strings.Contains(mant, ".") {
			mant += ".0"
		}
		exp = strings.TrimPrefix(exp, "+")
		neg := strings.HasPrefix(exp, "-")
		exp = strings.TrimLeft(strings.TrimPrefix(exp, "-"), "0")
		if neg {
			exp = "-" + exp
		}
		s = mant + "e" + exp
	}
	return s
}

// QuoteAtom returns the atom's text as Erlang prints it, quoted when needed.
func QuoteAtom(s string) string {
	if atomNeedsQuotes(s) {
		return "'" + escapeQuoted(s, '\'') + "'"
	}
	return s
}

var reserved = map[string]bool{
	"after": true, "and": true, "andalso": true, "band": true, "begin": true, "bnot": true,
	"bor": true, "bsl": true, "bsr": true, "bxor": true, "case": true, "catch": true,
	"cond": true, "div": true, "end": true, "fun": true, "if": true, "let": true, "not": true,
	"of": true, "or": true, "orelse": true, "receive": true, "rem": true, "try": true,
	"when": true, "xor": true, "maybe": true, "else": true,
}

func atomNeedsQuotes(s string) bool {
	if s == "" || reserved[s] {
		return true
	}
	for i, r := range s {
		if i == 0 {
			if !(r >= 'a' && r <= 'z' || r >= 0xdf && r <= 0xff && r != 0xf7) {
				return true
			}
			continue
		}
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '@' ||
			r >= 0xc0 && r <= 0xff && r != 0xd7 && r != 0xf7) {
			return true
		}
	}
	return false
}

func escapeQuoted(s string, q rune) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case q:
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\f':
			b.WriteString(`\f`)
		case '\b':
			b.WriteString(`\b`)
		case '\v':
			b.WriteString(`\v`)
		case 27:
			b.WriteString(`\e`)
		case 127:
			b.WriteString(`\d`)
		default:
			if r < 32 {
				b.WriteString(`\^` + string(rune(r+64)))
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
