package builtins

import (
	"strings"

	"goerl/term"
)

// formatText runs an io:format format with its arguments. The format is
// a string, binary or atom; errors (a bad directive, a wrong argument
// count or type) make ok false, which io:format reports as badarg.
func formatText(format term.Term, args term.Term) (string, bool) {
	f, ok := formatString(format)
	if !ok {
		return "", false
	}
	list, ok := args.(term.List)
	if !ok {
		return "", false
	}
	if n, bad := countFormatArgs(format); bad != "" || n != len(list) {
		return "", false
	}
	return formatDirectives(f, list)
}

func formatString(format term.Term) (string, bool) {
	switch v := format.(type) {
	case term.Atom:
		return string(v), true
	case term.Binary:
		return string(v), true
	case term.List:
		return charList(v)
	}
	return "", false
}

// directive is one parsed control sequence ~F.P.PadModC.
type directive struct {
	control byte
	args    int // how many arguments it consumes
}

// parseDirectives splits a format into literal text and directives;
// bad is erl_lint's complaint about the format, "" when it is valid.
func parseDirectives(f string) (parts []any, bad string) {
	var lit strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '~' {
			lit.WriteByte(f[i])
			continue
		}
		if lit.Len() > 0 {
			parts = append(parts, lit.String())
			lit.Reset()
		}
		d := directive{}
		i++
		// Field width, precision and pad: digits, '*' (an extra argument),
		// '.', '-', and a pad character after the second '.'.
		dots := 0
		for ; i < len(f); i++ {
			c := f[i]
			switch {
			case c >= '0' && c <= '9', c == '-':
			case c == '*':
				d.args++
			case c == '.':
				dots++
				if dots == 2 && i+1 < len(f) {
					i++ // the pad character
				}
			default:
				goto modifiers
			}
		}
	modifiers:
		for i < len(f) && (f[i] == 't' || f[i] == 'l') {
			i++
		}
		if i >= len(f) {
			return nil, "truncated"
		}
		d.control = f[i]
		switch d.control {
		case 'n', '~':
		case 'p', 'w', 's', 'a', 'c', 'e', 'f', 'g', 'b', 'B', '#', '+', 'x', 'X', 'i':
			d.args++
			if d.control == 'x' || d.control == 'X' {
				d.args++
			}
		case 'P', 'W':
			d.args += 2
		default:
			return nil, "invalid control ~" + string(d.control)
		}
		parts = append(parts, d)
	}
	if lit.Len() > 0 {
		parts = append(parts, lit.String())
	}
	return parts, ""
}

// countFormatArgs is the number of arguments a format needs, or bad.
func countFormatArgs(format term.Term) (n int, bad string) {
	f, ok := formatString(format)
	if !ok {
		return 0, "not a string"
	}
	parts, bad := parseDirectives(f)
	for _, p := range parts {
		if d, ok := p.(directive); ok {
			n += d.args
		}
	}
	return n, bad
}

// formatDirectives is a small io_lib:format for the common directives,
// used until term's own io_lib:format lands.
func formatDirectives(f string, args term.List) (string, bool) {
	parts, bad := parseDirectives(f)
	if bad != "" {
		return "", false
	}
	var b strings.Builder
	next := 0
	for _, p := range parts {
		d, ok := p.(directive)
		if !ok {
			b.WriteString(p.(string))
			continue
		}
		var arg term.Term
		if d.args > 0 {
			arg = args[next]
			next += d.args
		}
		switch d.control {
		case 'n':
			b.WriteByte('\n')
		case '~':
			b.WriteByte('~')
		case 'p', 'P':
			b.WriteString(ppFull(arg, 1))
		case 'w', 'W':
			b.WriteString(term.Sprint(arg))
		case 's':
			s, ok := chardata(arg)
			if at, isAtom := arg.(term.Atom); isAtom {
				s, ok = string(at), true
			}
			if !ok {
				return "", false
			}
			b.WriteString(s)
		case 'c':
			n, ok := arg.(int)
			if !ok {
				return "", false
			}
			b.WriteRune(rune(n))
		case 'b', 'B', 'i':
			if !term.IsInteger(arg) {
				return "", false
			}
			if d.control != 'i' {
				b.WriteString(toBig(arg).String())
			}
		case 'f', 'e', 'g':
			x, ok := arg.(float64)
			if !ok {
				return "", false
			}
			b.WriteString(floatText(x, term.List{term.Tuple{term.Atom("decimals"), 6}}))
		default:
			b.WriteString(term.Sprint(arg))
		}
	}
	return b.String(), true
}
