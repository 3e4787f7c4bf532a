package term

import (
	"strconv"
	"strings"
)

// QuoteAtom returns the atom's text as the erl shell prints it on a UTF-8
// terminal (io_lib:write_atom): quoted when it is not a plain name or is a
// reserved word; characters beyond Latin-1 are kept as they are.
func QuoteAtom(s string) string { return writeAtom(s, true) }

// QuoteAtomLatin1 is QuoteAtom for a Latin-1 device, as ~p and ~w print
// (io_lib:write_atom_as_latin1): characters beyond Latin-1 become \x{H}.
func QuoteAtomLatin1(s string) string { return writeAtom(s, false) }

// writeAtom is io_lib:write_atom/1: bare when the atom reads back as
// itself unquoted (a lowercase start, name characters, not a reserved
// word), else quoted with escapes; on a Latin-1 device characters beyond
// Latin-1 are escaped as \\x{H}.
func writeAtom(s string, unicode bool) string {
	if !atomNeedsQuotes(s) {
		return s
	}
	mode := escapeUnicodeAsLatin1
	if unicode {
		mode = escapeUnicode
	}
	var b strings.Builder
	writeQuoted(&b, []rune(s), '\'', mode)
	return b.String()
}

// reservedWords are the words erl_scan:reserved_word/1 knows in OTP 25; an
// atom spelled like one of them must be quoted.
var reservedWords = map[string]bool{
	"after": true, "and": true, "andalso": true, "band": true, "begin": true, "bnot": true,
	"bor": true, "bsl": true, "bsr": true, "bxor": true, "case": true, "catch": true,
	"cond": true, "div": true, "end": true, "fun": true, "if": true, "let": true, "not": true,
	"of": true, "or": true, "orelse": true, "receive": true, "rem": true, "try": true,
	"when": true, "xor": true, "maybe": true, "else": true,
}

// atomNeedsQuotes is io_lib:quote_atom/2: an atom prints bare only when it
// starts with a lowercase (Latin-1) letter and goes on with name characters.
func atomNeedsQuotes(s string) bool {
	if s == "" || reservedWords[s] {
		return true
	}
	for i, r := range s {
		if i == 0 {
			if !(r >= 'a' && r <= 'z' || r >= 0xdf && r <= 0xff && r != 0xf7) {
				return true
			}
			continue
		}
		if !isNameChar(r) {
			return true
		}
	}
	return false
}

// isNameChar is erl_scan's Latin-1 name character: letters (including
// the Latin-1 ones, but not × and ÷), digits, _ and @.
func isNameChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '@':
		return true
	case r >= 0xdf && r <= 0xff && r != 0xf7: // ß..ÿ except ÷
		return true
	case r >= 0xc0 && r <= 0xde && r != 0xd7: // À..Þ except ×
		return true
	}
	return false
}

// escapeMode is io_lib's string_char encoding argument.
type escapeMode uint8

const (
	escapeLatin1          escapeMode = iota // latin1: chars 160..255 kept
	escapeUnicode                           // unicode_as_unicode: chars >= 160 kept
	escapeUnicodeAsLatin1                   // unicode_as_latin1: chars > 255 as \x{H}
)

// writeQuoted writes cs between quote characters q, escaped as
// io_lib:write_string/2 does.
func writeQuoted(b *strings.Builder, cs []rune, q rune, mode escapeMode) {
	b.WriteRune(q)
	for _, c := range cs {
		writeStringChar(b, c, q, mode)
	}
	b.WriteRune(q)
}

// writeStringChar is io_lib:string_char/4.
func writeStringChar(b *strings.Builder, c, q rune, mode escapeMode) {
	switch {
	case c == q:
		b.WriteByte('\\')
		b.WriteRune(c)
		return
	case c == '\\':
		b.WriteString(`\\`)
		return
	case c >= ' ' && c <= '~':
		b.WriteRune(c)
		return
	case c >= 0xa0 && c <= 0xff:
		b.WriteRune(c)
		return
	case c > 0xff && mode == escapeUnicode:
		b.WriteRune(c)
		return
	case c > 0xff && mode == escapeUnicodeAsLatin1:
		b.WriteString(`\x{` + strings.ToUpper(strconv.FormatInt(int64(c), 16)) + "}")
		return
	}
	switch c {
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
	case 127:
		b.WriteString(`\d`)
	default:
		// Remaining control characters (and, in latin1 mode, anything the
		// device cannot show) as three octal digits: \001, \237.
		b.WriteByte('\\')
		b.WriteByte(byte('0' + (c>>6)&7))
		b.WriteByte(byte('0' + (c>>3)&7))
		b.WriteByte(byte('0' + c&7))
	}
}

// QuoteString is io_lib:write_string/2: cs between q characters, escaped;
// with unicode, characters above 255 stay as they are, else they are
// written \x{H} (write_latin1_string).
func QuoteString(cs []rune, q rune, unicode bool) string {
	var b strings.Builder
	mode := escapeUnicodeAsLatin1
	if unicode {
		mode = escapeUnicode
	}
	writeQuoted(&b, cs, q, mode)
	return b.String()
}
