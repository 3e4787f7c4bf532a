package term

import "math/big"

// argType is what a directive needs from its argument (erl_lint's
// check_format_string/1 vocabulary).
type argType uint8

const (
	anyArg argType = iota
	intArg
	floatArg
	stringArg
)

var argTypeNames = [...]string{anyArg: "term", intArg: "integer", floatArg: "float", stringArg: "string"}

// lintFormat is erl_lint:check_format_string/1: the argument types the
// directives of f need, or the reason f is invalid.
func lintFormat(f []rune) ([]argType, string) {
	var need []argType
	at := func(i int) rune {
		if i < len(f) {
			return f[i]
		}
		return -1
	}
	isDigit := func(c rune) bool { return c >= '0' && c <= '9' }
	skipDigits := func(i int) int {
		for isDigit(at(i)) {
			i++
		}
		return i
	}
	i := 0
	for {
		for i < len(f) && f[i] != '~' {
			i++
		}
		if i >= len(f) {
			return need, ""
		}
		i++
		// field width
		switch {
		case at(i) == '-' && isDigit(at(i+1)):
			i = skipDigits(i + 1)
		case isDigit(at(i)):
			i = skipDigits(i)
		case at(i) == '-' && at(i+1) == '*':
			need, i = append(need, intArg), i+2
		case at(i) == '*':
			need, i = append(need, intArg), i+1
		}
		// precision
		switch {
		case at(i) == '.' && isDigit(at(i+1)):
			i = skipDigits(i + 1)
		case at(i) == '.' && at(i+1) == '*':
			need, i = append(need, intArg), i+2
		case at(i) == '.':
			i++
		default:
			goto modifiers
		}
		// pad character
		switch {
		case at(i) == '.' && at(i+1) == '*':
			need, i = append(need, intArg), i+2
		case at(i) == '.' && at(i+1) >= 0:
			i += 2
		}
	modifiers:
		if i >= len(f) {
			return nil, "truncated"
		}
		if at(i) == 't' && at(i+1) == 'l' {
			f = append(append(append([]rune(nil), f[:i]...), 'l', 't'), f[i+2:]...)
		}
		switch at(i) {
		case 't':
			switch c := at(i + 1); c {
			case 'c', 's', 'p', 'P', 'w', 'W':
				i++
			case -1:
			default:
				return nil, "invalid control ~t" + string(c)
			}
		case 'l':
			switch c := at(i + 1); {
			case c == 'p' || c == 'P':
				i++
			case c == 't' && (at(i+2) == 'p' || at(i+2) == 'P'):
				i += 2
			case c == 't' && at(i+2) >= 0:
				return nil, "invalid control ~lt" + string(at(i+2))
			case c >= 0:
				return nil, "invalid control ~l" + string(c)
			}
		}
		if i >= len(f) {
			return nil, "truncated"
		}
		switch c := f[i]; c {
		case '~', 'n':
		case 'c', 'b', 'B':
			need = append(need, intArg)
		case 'f', 'e', 'g':
			need = append(need, floatArg)
		case 's':
			need = append(need, stringArg)
		case 'w', 'p', 'i', '+', '#':
			need = append(need, anyArg)
		case 'W', 'P':
			need = append(need, anyArg, intArg)
		case 'x', 'X':
			need = append(need, intArg, stringArg)
		default:
			return nil, "invalid control ~" + string(c)
		}
		i++
	}
}

// checkArgTypes is erl_stdlib_errors:check_io_arguments/2: one line per
// argument of the wrong type.
func checkArgTypes(types []argType, args []Term) []string {
	var lines []string
	for n, ty := range types {
		a := args[n]
		ok := true
		switch ty {
		case intArg:
			_, isInt := a.(int)
			_, isBig := a.(*big.Int)
			ok = isInt || isBig
		case floatArg:
			_, ok = a.(float64)
		case stringArg:
			switch a.(type) {
			case Atom, Binary:
			default:
				ok = isChardata(a)
			}
		}
		if !ok {
			lines = append(lines, "element "+itoa(n+1)+" must be of type "+argTypeNames[ty])
		}
	}
	return lines
}

// isChardata reports whether unicode:characters_to_binary/1 accepts t: a
// possibly deep list of code points and binaries.
func isChardata(t Term) bool {
	l, ok := t.(List)
	if !ok {
		_, ok := t.(Binary)
		return ok
	}
	for _, e := range l {
		switch c := e.(type) {
		case int:
			if c < 0 || c > 0x10ffff || c >= 0xd800 && c <= 0xdfff {
				return false
			}
		default:
			if !isChardata(c) {
				return false
			}
		}
	}
	return true
}
