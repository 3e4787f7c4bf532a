package builtins

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"goerl/term"
)

// ioLibFread is io_lib:fread/2: read Format's fields from the start of
// a string. A field directive skips leading white space (except ~c),
// takes at most its width of characters, and converts them: ~d and ~u
// integers, ~- a sign (-1 or 1), ~f a float, ~# a based integer, ~s a
// word, ~a a word as an atom, ~c characters, ~l the count read so far;
// ~*d reads a field without returning it. White space in the format
// skips any white space; other characters must match. Results are
// {ok, Values, Rest}, {error, {fread, What}} or, when the input ends
// before the format does, {more, RestFormat, Count, Values}.
func ioLibFread(format, input []rune) term.Term {
	n := 0 // characters read
	var vals term.List
	in := input
	skipWhite := func() {
		for len(in) > 0 && unicode.IsSpace(in[0]) {
			in, n = in[1:], n+1
		}
	}
	errorOf := func(what string) term.Term {
		return term.Tuple{atomError, term.Tuple{term.Atom("fread"), term.Atom(what)}}
	}
	for i := 0; i < len(format); {
		c := format[i]
		if unicode.IsSpace(c) {
			skipWhite()
			i++
			continue
		}
		if c != '~' {
			if len(in) == 0 {
				return term.Tuple{term.Atom("more"), term.String(string(format[i:])), n, reversedList(vals)}
			}
			if in[0] != c {
				return errorOf("input")
			}
			in, n, i = in[1:], n+1, i+1
			continue
		}
		start := i
		i++
		suppress := false
		if i < len(format) && format[i] == '*' {
			suppress, i = true, i+1
		}
		width := 0
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width = width*10 + int(format[i]-'0')
			i++
		}
		if i < len(format) && format[i] == 't' {
			i++
		}
		if i >= len(format) {
			return errorOf("format")
		}
		control := format[i]
		i++
		var v term.Term
		switch control {
		case '~':
			if len(in) == 0 || in[0] != '~' {
				return errorOf("input")
			}
			in, n = in[1:], n+1
			continue
		case 'l':
			vals = append(vals, n)
			continue
		case 'c':
			if width == 0 {
				width = 1
			}
			if len(in) == 0 {
				return term.Tuple{term.Atom("more"), term.String(string(format[start:])), n, reversedList(vals)}
			}
			k := min(width, len(in))
			v = term.String(string(in[:k]))
			in, n = in[k:], n+k
		default:
			skipWhite()
			if len(in) == 0 {
				return term.Tuple{term.Atom("more"), term.String(string(format[start:])), n, reversedList(vals)}
			}
			field := in
			if width > 0 && width < len(field) {
				field = field[:width]
			}
			var used int
			var what string
			v, used, what = freadField(control, field, width > 0)
			if v == nil {
				return errorOf(what)
			}
			in, n = in[used:], n+used
		}
		if !suppress {
			vals = append(vals, v)
		}
	}
	return term.Tuple{term.Atom("ok"), append(term.List{}, vals...), term.String(string(in))}
}

func reversedList(l term.List) term.List { return reversed(append(term.List{}, l...)) }

// freadField converts one field; whole says the field has a width and
// must be used up. It returns the value and the characters used, or nil
// and the name of what was expected.
func freadField(control rune, f []rune, whole bool) (term.Term, int, string) {
	digitsFrom := func(i int) int {
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		return i
	}
	sign := func() int {
		if len(f) > 0 && (f[0] == '+' || f[0] == '-') {
			return 1
		}
		return 0
	}
	check := func(used int, what string) bool { return used > 0 && (!whole || used == len(f)) }
	switch control {
	case 'd', 'u':
		what := map[rune]string{'d': "integer", 'u': "unsigned"}[control]
		s := 0
		if control == 'd' {
			s = sign()
		}
		end := digitsFrom(s)
		if end == s || !check(end, what) {
			return nil, 0, what
		}
		b, _ := new(big.Int).SetString(string(f[:end]), 10)
		return term.BigInt(b), end, ""
	case '-':
		if len(f) > 0 && f[0] == '-' {
			return -1, 1, ""
		}
		if len(f) > 0 && f[0] == '+' {
			return 1, 1, ""
		}
		return 1, 0, ""
	case 'f':
		s := sign()
		end := digitsFrom(s)
		if end == s || end >= len(f) || f[end] != '.' {
			return nil, 0, "float"
		}
		frac := digitsFrom(end + 1)
		if frac == end+1 {
			return nil, 0, "float"
		}
		end = frac
		if end < len(f) && (f[end] == 'e' || f[end] == 'E') {
			j := end + 1
			if j < len(f) && (f[j] == '+' || f[j] == '-') {
				j++
			}
			if k := digitsFrom(j); k > j {
				end = k
			}
		}
		if !check(end, "float") {
			return nil, 0, "float"
		}
		x, err := strconv.ParseFloat(string(f[:end]), 64)
		if err != nil {
			return nil, 0, "float"
		}
		return x, end, ""
	case '#':
		s := sign()
		end := digitsFrom(s)
		if end == s || end >= len(f) || f[end] != '#' {
			return nil, 0, "based"
		}
		base, _ := strconv.Atoi(string(f[s:end]))
		j := end + 1
		for j < len(f) && strings.ContainsRune("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", f[j]) {
			j++
		}
		b, ok := new(big.Int).SetString(string(f[end+1:j]), base)
		if base < 2 || base > 36 || !ok || !check(j, "based") {
			return nil, 0, "based"
		}
		if s == 1 && f[0] == '-' {
			b.Neg(b)
		}
		return term.BigInt(b), j, ""
	case 's', 'a':
		end := 0
		for end < len(f) && !unicode.IsSpace(f[end]) {
			end++
		}
		if control == 'a' {
			return term.Atom(string(f[:end])), end, ""
		}
		return term.String(string(f[:end])), end, ""
	}
	return nil, 0, "format"
}
