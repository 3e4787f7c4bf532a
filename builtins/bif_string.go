package builtins

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"goerl/term"
)

// text reads a string argument (a char list or a binary); the result of
// a string function takes the argument's kind (see asKind).
func text(t term.Term) (s string, binary bool) {
	switch v := t.(type) {
	case term.Binary:
		if !utf8.Valid(v) {
			badarg()
		}
		return string(v), true
	case term.List:
		s, ok := chardata(v)
		if !ok {
			badarg()
		}
		return s, false
	}
	badarg()
	return "", false
}

func asKind(s string, binary bool) term.Term {
	if binary {
		return term.Binary(s)
	}
	return term.String(s)
}

func stringMap(name, help string, f func(string) string) Entry {
	return modBIF("string", name, 1, help, func(_ *Call, a []term.Term) term.Term {
		s, bin := text(a[0])
		return asKind(f(s), bin)
	})
}

func stringBIFs() []Entry {
	length := func(_ *Call, a []term.Term) term.Term {
		s, _ := text(a[0])
		return utf8.RuneCountInString(s)
	}
	return []Entry{
		modBIF("string", "length", 1, "the number of characters", length),
		modBIF("string", "len", 1, "the number of characters (obsolete)", length),
		modBIF("string", "concat", 2, "two strings joined", func(_ *Call, a []term.Term) term.Term {
			s1, _ := text(a[0])
			s2, _ := text(a[1])
			return term.String(s1 + s2)
		}),
		modBIF("string", "to_upper", 1, "upper case (of a string or a character)", caseChar(unicode.ToUpper)),
		modBIF("string", "to_lower", 1, "lower case (of a string or a character)", caseChar(unicode.ToLower)),
		stringMap("uppercase", "upper case", strings.ToUpper),
		stringMap("lowercase", "lower case", strings.ToLower),
		stringMap("trim", "without leading and trailing whitespace", func(s string) string {
			return strings.TrimSpace(s)
		}),
		modBIF("string", "reverse", 1, "the characters in reverse order, as a list", func(_ *Call, a []term.Term) term.Term {
			r, _ := runesOf(a[0])
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return charsTerm(r)
		}),
		modBIF("string", "is_empty", 1, "whether a string has no characters", func(_ *Call, a []term.Term) term.Term {
			s, _ := text(a[0])
			return term.Bool(s == "")
		}),
		modBIF("string", "equal", 2, "whether two strings have the same characters", func(_ *Call, a []term.Term) term.Term {
			s1, _ := text(a[0])
			s2, _ := text(a[1])
			return term.Bool(s1 == s2)
		}),
		modBIF("string", "tokens", 2, "the substrings between separator characters", func(_ *Call, a []term.Term) term.Term {
			s, _ := text(a[0])
			seps, _ := text(a[1])
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

func stringSplit(str, sepT term.Term, all bool) term.Term {
	s, bin := text(str)
	sep, _ := text(sepT)
	if sep == "" {
		return term.List{asKind(s, bin)}
	}
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
