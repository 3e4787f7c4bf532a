package builtins

import (
	"strconv"
	"strings"

	"goerl/term"
)

// The shell prints exception reasons and arguments with io_lib_pretty at
// a given column (line length 80, depth 30, at most 60 characters of a
// term per line). pp is that printer.
//
// Until term's pretty printer lands, pp falls back to printing on one
// line with ~p's strings and depth limit.
func pp(t term.Term, column int) string {
	_ = column
	var b strings.Builder
	writeDepth(&b, t, shellDepth)
	return b.String()
}

// shellDepth is the depth limit of the shell's printing.
const shellDepth = 30

func writeDepth(b *strings.Builder, t term.Term, depth int) {
	if depth == 1 {
		b.WriteString("...")
		return
	}
	switch v := t.(type) {
	case term.List:
		if isPrintableLatin1(v) {
			b.WriteString(quoteString(v))
			return
		}
		b.WriteByte('[')
		for i, e := range v {
			if i == depth-1 {
				b.WriteString("|...")
				break
			}
			if i > 0 {
				b.WriteByte(',')
			}
			writeDepth(b, e, depth-1)
		}
		b.WriteByte(']')
	case term.Improper:
		b.WriteByte('[')
		for i, e := range v.Elems {
			if i > 0 {
				b.WriteByte(',')
			}
			writeDepth(b, e, depth-1)
		}
		b.WriteByte('|')
		writeDepth(b, v.Tail, depth-1)
		b.WriteByte(']')
	case term.Tuple:
		b.WriteByte('{')
		for i, e := range v {
			if i == depth-1 {
				b.WriteString(",...")
				break
			}
			if i > 0 {
				b.WriteByte(',')
			}
			writeDepth(b, e, depth-1)
		}
		b.WriteByte('}')
	case *term.Map:
		b.WriteString("#{")
		for i, k := range v.Keys() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeDepth(b, k, depth-1)
			b.WriteString(" => ")
			writeDepth(b, v.Values()[i], depth-1)
		}
		b.WriteByte('}')
	default:
		b.WriteString(term.Sprint(t))
	}
}

// quoteString prints a printable list as a double-quoted string.
func quoteString(l term.List) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, e := range l {
		c := rune(e.(int))
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\v':
			b.WriteString(`\v`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case 27:
			b.WriteString(`\e`)
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// countLines is OTP's count_nl: the number of line breaks in s.
func countLines(s string) int { return strings.Count(s, "\n") }

// runeLen is the printed width of s in characters.
func runeLen(s string) int { return len([]rune(s)) }

func itoa(n int) string { return strconv.Itoa(n) }

// ppFull prints t as io:format's ~p does at column: line length 80, no
// depth limit.
func ppFull(t term.Term, column int) string {
	_ = column
	var b strings.Builder
	writeDepth(&b, t, -1)
	return b.String()
}
