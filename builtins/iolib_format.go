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
	advance := func(s string) { col = columnAfter(col, s) }
	for i := 0; i < len(f); {
		if f[i] != '~' {
			out = append(out, int(f[i]))
			advance(string(f[i]))
			i++
			continue
		}
		start := i
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
		if deep, ok := paddedDirective(f[start:end], control, arg, text); !plain && ok {
			out = append(out, deep)
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
	if !plain && control != 'p' {
		return nil, false
	}
	switch control {
	case 'w':
		return deepWriter{}.write(arg, -1), true
	case 'p':
		// A field width of ~p is the line length, not a padding.
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

// paddedDirective is the deep list of a ~Ns, ~Nw or ~Np (a field width,
// no precision) whose text was padded: io_lib_format's adjust/3, the
// unpadded text and io_lib_format:chars(Pad, N) on the side the field
// is adjusted from ([chars(Pad, N) | Text] right, [Text | chars] left).
func paddedDirective(d []rune, control rune, arg term.Term, text string) (term.Term, bool) {
	if control != 's' && control != 'w' {
		return nil, false
	}
	left := len(d) > 1 && d[1] == '-'
	k := 1
	if left {
		k++
	}
	width := 0
	for k < len(d) && d[k] >= '0' && d[k] <= '9' {
		width = width*10 + int(d[k]-'0')
		k++
	}
	pad := ' '
	if k < len(d) && d[k] == '.' && width == 0 && control == 's' {
		// ~.Ps alone: the string padded (or cut) to P on the right.
		k++
		for k < len(d) && d[k] >= '0' && d[k] <= '9' {
			width = width*10 + int(d[k]-'0')
			k++
		}
		left = true
	}
	if k < len(d) && d[k] == '.' {
		if k+1 >= len(d) || d[k+1] != '.' || k+2 >= len(d) || d[k+2] == '*' {
			return nil, false // a precision, or a pad from an argument
		}
		pad, k = d[k+2], k+3
	}
	for k < len(d) && (d[k] == 't' || d[k] == 'l') {
		k++
	}
	if width == 0 || k != len(d)-1 {
		return nil, false
	}
	unpadded := []rune(text)
	n := len(unpadded)
	trimmed := strings.TrimRight(text, string(pad))
	if left {
		unpadded = []rune(trimmed)
	} else {
		unpadded = []rune(strings.TrimLeft(text, string(pad)))
	}
	fill := n - len(unpadded)
	if fill <= 0 || strings.ContainsRune(text, '\n') {
		return nil, false
	}
	var data term.Term = term.String(string(unpadded))
	if control == 'w' {
		data = deepWriter{}.write(arg, -1)
	}
	if len(unpadded) == 0 {
		return nil, false
	}
	if left {
		return term.ConsN([]term.Term{data}, padChars(int(pad), fill)), true
	}
	return term.Cons(padChars(int(pad), fill), data), true
}

// padChars is io_lib_format:chars/2: N copies of C as a balanced deep list.
func padChars(c, n int) term.Term {
	switch n {
	case 0:
		return term.List{}
	case 1:
		return term.List{c}
	case 2:
		return term.List{c, c}
	case 3:
		return term.List{c, c, c}
	}
	s := padChars(c, n>>1)
	if n&1 == 0 {
		return term.Cons(s, s)
	}
	return term.ConsN([]term.Term{c, s}, s)
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

// columnAfter is the column after printing s from column col, as
// io_lib:indentation/2 counts it: a newline goes back to column 0 and a
// tab to the next multiple of 8.
func columnAfter(col int, s string) int {
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
	return col
}
