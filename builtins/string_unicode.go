package builtins

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"goerl/term"
)

// OTP's modern string functions work on grapheme clusters, not code
// points: string:length("e\x{301}") is 1, to_graphemes gives [[101,769]]
// for it, and the case functions use Unicode's full mappings
// (uppercase("ß") is "SS"). goerl segments text with the rules that
// matter outside scripts with syllable clusters: CR LF is one cluster,
// and a base character takes every following combining mark, ZWJ or
// variation selector (Unicode's Extend and SpacingMark classes).

// graphemes splits s into grapheme clusters.
func graphemes(s string) [][]rune {
	var out [][]rune
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i + 1
		if r[i] == '\r' && j < len(r) && r[j] == '\n' {
			j++
		} else if r[i] != '\r' && r[i] != '\n' {
			for j < len(r) && extendsCluster(r[j]) {
				j++
			}
		}
		out = append(out, r[i:j])
		i = j
	}
	return out
}

func extendsCluster(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || r == 0x200d || (r >= 0xfe00 && r <= 0xfe0f)
}

// graphemeTerm is one cluster as erl returns it: a code point, or a list
// of code points when it has several.
func graphemeTerm(g []rune) term.Term {
	if len(g) == 1 {
		return int(g[0])
	}
	return term.String(string(g))
}

// caser maps case with Unicode's full (special-casing) rules.
func caser(c cases.Caser) func(string) string {
	return func(s string) string { return c.String(s) }
}

// titlecase is string:titlecase/1: the first cluster in title case, the
// rest unchanged.
func titlecase(s string) string {
	_, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	first := s[:size]
	if t := cases.Title(language.Und, cases.NoLower).String(first); t != first {
		return t + s[size:]
	}
	return string(unicode.ToTitle([]rune(first)[0])) + s[size:]
}

// normForm reads string:equal/4's normalisation argument.
func normForm(t term.Term) func(string) string {
	switch t {
	case term.Atom("none"):
		return func(s string) string { return s }
	case term.Atom("nfc"):
		return norm.NFC.String
	case term.Atom("nfd"):
		return norm.NFD.String
	case term.Atom("nfkc"):
		return norm.NFKC.String
	case term.Atom("nfkd"):
		return norm.NFKD.String
	}
	badarg()
	return nil
}

// nextCluster is string:next_grapheme/1 and next_codepoint/1: [C|Rest]
// with Rest of the argument's kind (a binary tail stays a binary), or []
// for empty text.
func nextCluster(t term.Term, cluster bool) term.Term {
	s, bin := text(t)
	if s == "" {
		return term.List{}
	}
	var first []rune
	if cluster {
		first = graphemes(s)[0]
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		first = []rune{r}
	}
	rest := s[len(string(first)):]
	head := graphemeTerm(first)
	if bin {
		return term.Improper{Elems: []term.Term{head}, Tail: term.Binary(rest)}
	}
	return term.Cons(head, term.String(rest))
}

// stringTake is string:take/2,3,4: the longest leading (or trailing) run
// of clusters in (or, with complement, not in) chars, and the rest.
func stringTake(str, chars term.Term, complement bool, dir term.Term) term.Term {
	s, bin := text(str)
	var set []string
	switch c := chars.(type) {
	case term.List:
		for _, e := range c {
			if cp, ok := e.(int); ok {
				set = append(set, string(rune(cp)))
				continue
			}
			g, ok := term.Chardata(e)
			if !ok {
				badarg()
			}
			set = append(set, g)
		}
	default:
		badarg()
	}
	in := func(g []rune) bool {
		for _, x := range set {
			if x == string(g) {
				return !complement
			}
		}
		return complement
	}
	gs := graphemes(s)
	split := func(k int) (string, string) {
		var a strings.Builder
		for _, g := range gs[:k] {
			a.WriteString(string(g))
		}
		return a.String(), s[a.Len():]
	}
	switch dir {
	case term.Atom("leading"):
		k := 0
		for k < len(gs) && in(gs[k]) {
			k++
		}
		a, b := split(k)
		return term.Tuple{asKind(a, bin), asKind(b, bin)}
	case term.Atom("trailing"):
		k := len(gs)
		for k > 0 && in(gs[k-1]) {
			k--
		}
		a, b := split(k)
		return term.Tuple{asKind(a, bin), asKind(b, bin)}
	}
	badarg()
	return nil
}

// subWord is OTP's string:sub_word/3: the N-th word separated by runs
// of sep.
func subWord(s []rune, n int, sep rune) term.Term {
	if n < 1 {
		noClause(lineSubWord)
	}
	s = strip(s, term.Atom("left"), sep)
	word := 1
	var out []rune
	for i := 0; i < len(s); i++ {
		switch {
		case word == n && s[i] == sep:
			return charsTerm(out)
		case word == n:
			out = append(out, s[i])
		case s[i] == sep:
			for i+1 < len(s) && s[i+1] == sep {
				i++
			}
			word++
		}
	}
	return charsTerm(out)
}

const lineSubWord = 1390

func stringUnicodeBIFs() []Entry {
	upper := caser(cases.Upper(language.Und))
	lower := caser(cases.Lower(language.Und))
	fold := caser(cases.Fold())
	equal := func(arity int) Entry {
		return modBIF("string", "equal", arity, "whether two strings are equal (ignoring case, after normalising)", func(_ *Call, a []term.Term) term.Term {
			s1, _ := text(a[0])
			s2, _ := text(a[1])
			if arity == 4 {
				f := normForm(a[3])
				s1, s2 = f(s1), f(s2)
			}
			if arity >= 3 {
				switch a[2] {
				case term.True:
					s1, s2 = fold(s1), fold(s2)
				case term.False:
				default:
					badarg()
				}
			}
			return term.Bool(s1 == s2)
		})
	}
	take := func(arity int) Entry {
		return modBIF("string", "take", arity, "{Leading, Rest}: the longest prefix of (not) given characters", func(_ *Call, a []term.Term) term.Term {
			complement, dir := false, term.Term(term.Atom("leading"))
			if arity >= 3 {
				switch a[2] {
				case term.True:
					complement = true
				case term.False:
				default:
					badarg()
				}
			}
			if arity == 4 {
				dir = a[3]
			}
			return stringTake(a[0], a[1], complement, dir)
		})
	}
	chars := func(arity int) Entry {
		return modBIF("string", "chars", arity, "N copies of a character (obsolete)", func(call *Call, a []term.Term) term.Term {
			c, ok1 := a[0].(int)
			n, ok2 := a[1].(int)
			if !ok1 || !ok2 || n < 0 {
				noClause(lineChars)
			}
			call.checkCells(n)
			var tail term.Term = term.List{}
			if arity == 3 {
				tail = a[2]
			}
			return term.ConsN(duplicate(n, c), tail)
		})
	}
	subWordBIF := func(arity int) Entry {
		return modBIF("string", "sub_word", arity, "the N-th word (obsolete)", func(_ *Call, a []term.Term) term.Term {
			sep := ' '
			if arity == 3 {
				c, ok := a[2].(int)
				if !ok {
					noClause(lineSubWord)
				}
				sep = rune(c)
			}
			n, ok := a[1].(int)
			if !ok {
				noClause(lineSubWord)
			}
			return subWord(flatChars(a[0]), n, sep)
		})
	}
	length := func(_ *Call, a []term.Term) term.Term {
		s, _ := text(a[0])
		return len(graphemes(s))
	}
	return []Entry{
		modBIF("string", "length", 1, "the number of grapheme clusters", length),
		modBIF("string", "len", 1, "the number of characters (obsolete)", func(_ *Call, a []term.Term) term.Term {
			return len(flatChars(a[0]))
		}),
		stringMap("uppercase", "upper case (Unicode's full mapping)", upper),
		stringMap("lowercase", "lower case (Unicode's full mapping)", lower),
		stringMap("casefold", "case-insensitive form (Unicode's case folding)", fold),
		stringMap("titlecase", "the first character in title case", titlecase),
		stringMap("chomp", "without trailing line breaks", func(s string) string {
			return strings.TrimRight(s, "\r\n")
		}),
		modBIF("string", "reverse", 1, "the grapheme clusters in reverse order, as a list", func(_ *Call, a []term.Term) term.Term {
			s, _ := text(a[0])
			gs := graphemes(s)
			out := make(term.List, len(gs))
			for i, g := range gs {
				out[len(gs)-1-i] = graphemeTerm(g)
			}
			return out
		}),
		modBIF("string", "to_graphemes", 1, "the list of grapheme clusters", func(_ *Call, a []term.Term) term.Term {
			badUTF8("to_graphemes", a[0])
			s, _ := text(a[0])
			gs := graphemes(s)
			out := make(term.List, len(gs))
			for i, g := range gs {
				out[i] = graphemeTerm(g)
			}
			return out
		}),
		modBIF("string", "next_grapheme", 1, "[Grapheme | Rest], or []", func(_ *Call, a []term.Term) term.Term {
			return nextCluster(a[0], true)
		}),
		modBIF("string", "next_codepoint", 1, "[CodePoint | Rest], or []", func(_ *Call, a []term.Term) term.Term {
			return nextCluster(a[0], false)
		}),
		equal(2), equal(3), equal(4),
		take(2), take(3), take(4),
		chars(2), chars(3),
		subWordBIF(2), subWordBIF(3),
	}
}

const lineChars = 1170
