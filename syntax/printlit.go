package syntax

import (
	"strings"
	"unicode/utf8"
)

// writeString is erl_pp's write_a_string: a string longer than the room
// left on the line is cut into chunks that each fit, which the layout
// then puts on lines of their own ("abc"\n "def").
func (l layout) writeString(s []rune, col int) doc {
	if len(s) == 0 {
		return complexLeaf(`""`)
	}
	room := max(l.lineWidth-col, 5)
	var chunks []doc
	for n := room; len(s) > 0; n = room {
		for {
			part := s[:min(n, len(s))]
			written := quoteString(part, '"')
			if utf8.RuneCountInString(written) > room && n > 5 {
				n--
				continue
			}
			chunks = append(chunks, atomicLeaf(written))
			s = s[len(part):]
			break
		}
	}
	return list(chunks...)
}

// writeCharLiteral is io_lib:write_char/1: $a, $\s, $\n, $\001.
func writeCharLiteral(r rune) string {
	if r == ' ' {
		return `$\s`
	}
	var b strings.Builder
	b.WriteByte('$')
	writeStringChar(&b, r, -1)
	return b.String()
}

// writeStringChar is io_lib's string_char for unicode_as_unicode; quote
// is the quote character to escape, or -1 for none.
func writeStringChar(b *strings.Builder, r rune, quote rune) {
	switch {
	case r == quote:
		b.WriteByte('\\')
		b.WriteRune(r)
	case r == '\\':
		b.WriteString(`\\`)
	case r >= ' ' && r <= '~', r >= 0xa0:
		b.WriteRune(r)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\v':
		b.WriteString(`\v`)
	case r == '\b':
		b.WriteString(`\b`)
	case r == '\f':
		b.WriteString(`\f`)
	case r == 27:
		b.WriteString(`\e`)
	case r == 127:
		b.WriteString(`\d`)
	default: // other control characters, in three octal digits
		b.WriteByte('\\')
		b.WriteByte(byte('0' + r>>6))
		b.WriteByte(byte('0' + r>>3&7))
		b.WriteByte(byte('0' + r&7))
	}
}
