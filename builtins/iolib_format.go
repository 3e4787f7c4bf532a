package builtins

import (
	"math"
	"strings"

	"goerl/term"
)

// ioLibChars is io_lib:format/2's result: like io_lib_format, a deep
// character list where literal characters, ~n, ~~, ~c and the floats of
// ~e/~f/~g are characters of the outer list and the text of most other
// directives is one element (a string), so the shell prints
// io_lib:format("~p~n", [a]) as ["a",10] as erl does. Where erl nests
// further (the text of ~w and ~p of lists and tuples, padded fields),
// goerl keeps each directive's text as one flat string: flattened, the
// characters are the same. The format has already been checked by
// term.Format, so parse failures cannot happen here.
func ioLibChars(format term.Term, args []term.Term) term.List {
	f, _ := formatRunes(format)
	out := term.List{}
	col := 0
	advance := func(s string) {
		for _, r := range s {
			switch r {
			case '\n':
				col = 0
			case '\t':
				col = (col + 8) / 8 * 8
			default:
				col++
			}
		}
	}
	for i := 0; i < len(f); {
		if f[i] != '~' {
			out = append(out, int(f[i]))
			advance(string(f[i]))
			i++
			continue
		}
		end, used, control, plain := directiveSpan(f, i+1, args)
		// The whole format passed the caller's budget check already.
		text, err := term.FormatWithin(term.String(string(f[i:end])), args[:used], col, term.Limits{MaxAlloc: math.MaxInt})
		if err != nil { // cannot happen after the whole format passed
			badarg()
		}
		arg := term.Term(nil)
		if used > 0 {
			arg = args[used-1]
		}
		args = args[used:]
		i = end
		advance(text)
		if inlineDirective(control, arg, plain) {
			for _, r := range text {
				out = append(out, int(r))
			}
			continue
		}
		if deep, ok := deepDirective(control, f[end-2] == 't', arg, plain, text); ok {
			out = append(out, deep)
			continue
		}
		out = append(out, term.String(text))
	}
	return out
}

// deepDirective is the deep list erl gives a plain ~w, a ~p that fits
// on one line, or a ~s of a deep character list (its binaries become
// lists).
func deepDirective(control rune, unicode bool, arg term.Term, plain bool, text string) (term.Term, bool) {
	if !plain {
		return nil, false
	}
	switch control {
	case 'w':
		return deepWriter{}.write(arg, -1), true
	case 'p':
		if strings.ContainsRune(text, '\n') {
			return nil, false
		}
		return deepWriter{pretty: true, unicode: unicode}.write(arg, -1), true
	case 's':
		if _, ok := arg.(term.List); ok {
			return charsWithoutBinaries(arg, unicode), true
		}
	}
	return nil, false
}

// charsWithoutBinaries keeps the shape of ~s's chardata, each binary
// turned into its characters (bytes, or UTF-8 with ~ts).
func charsWithoutBinaries(t term.Term, unicode bool) term.Term {
	switch v := t.(type) {
	case term.Binary:
		if unicode {
			return term.String(string(v))
		}
		return bytesList(v)
	case term.List:
		out := make(term.List, len(v))
		for i, e := range v {
			out[i] = charsWithoutBinaries(e, unicode)
		}
		return out
	}
	return t
}

// inlineDirective reports whether erl puts a directive's characters
// straight into the result rather than as a sublist.
func inlineDirective(control rune, arg term.Term, plain bool) bool {
	switch control {
	case 'e', 'f', 'g':
		return true
	case 'n', '~', 'c':
		return plain
	case 's':
		if !plain {
			return false
		}
		_, isAtom := arg.(term.Atom)
		return isAtom
	}
	return false
}

// directiveSpan finds the end of the directive whose text starts at i
// (after '~'), how many arguments it takes (a '*' takes one), its
// control character, and whether it has no field width, precision or
// pad.
func directiveSpan(f []rune, i int, args []term.Term) (end, used int, control rune, plain bool) {
	at := func(i int) rune {
		if i < len(f) {
			return f[i]
		}
		return -1
	}
	start := i
	number := func() {
		if at(i) == '*' {
			used++
			i++
			return
		}
		for at(i) >= '0' && at(i) <= '9' {
			i++
		}
	}
	if at(i) == '-' {
		i++
	}
	number()
	if at(i) == '.' {
		i++
		number()
	}
	if at(i) == '.' {
		if at(i+1) == '*' {
			used++
		}
		i += 2
	}
	plain = i == start
	for at(i) == 't' || at(i) == 'l' {
		i++
	}
	control = at(i)
	switch control {
	case '~', 'n':
	case 'W', 'P', 'x', 'X':
		used += 2
	default:
		used++
	}
	if used > len(args) {
		used = len(args)
	}
	return i + 1, used, control, plain
}

// formatRunes is a format's characters: a string, binary or atom.
func formatRunes(format term.Term) ([]rune, bool) {
	switch v := format.(type) {
	case term.Atom:
		return []rune(string(v)), true
	case term.Binary:
		rs := make([]rune, len(v))
		for i, c := range v {
			rs[i] = rune(c)
		}
		return rs, true
	}
	s, ok := term.Chardata(format)
	return []rune(s), ok
}
