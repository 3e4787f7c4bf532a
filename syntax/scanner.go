package syntax

import (
	"math"
	"strconv"
	"strings"

	"goerl/term"
)

// scanner turns a form's text into tokens, tracking line and column from
// 1:1 at the start of the text.
type scanner struct {
	src       []rune
	off       int
	line, col int
}

// newScanner scans text as runes: erl's positions count characters, not
// bytes, so a column after "é" is one more, not two.
func newScanner(text string) *scanner {
	return &scanner{src: []rune(text), line: 1, col: 1}
}

// peekAt is the rune i ahead of the current one, or -1 past the end
// (which no test for a character class accepts).
func (s *scanner) peekAt(i int) rune {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return -1
}

// next consumes one rune, keeping line and column: every position the
// parser reports comes from here.
func (s *scanner) next() rune {
	r := s.src[s.off]
	s.off++
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return r
}

// pos is the position of the next rune, where a token starting there
// begins.
func (s *scanner) pos() Pos { return Pos{s.line, s.col} }

// isSpace is erl_scan's white space: control characters, space, and the
// Latin-1 range 128..160.
func isSpace(r rune) bool { return (r >= 0 && r <= ' ') || (r >= 128 && r <= 160) }

// isDigit is an ASCII digit; erl_scan accepts no other digits.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isLower and isUpper follow erl_scan's Latin-1 letter classes.
func isLower(r rune) bool {
	return (r >= 'a' && r <= 'z') || (r >= 0xDF && r <= 0xFF && r != 0xF7)
}

func isUpper(r rune) bool {
	return (r >= 'A' && r <= 'Z') || (r >= 0xC0 && r <= 0xDE && r != 0xD7)
}

// isNameChar continues an atom or variable name: letters, digits, _
// and @ (erl's node names, a@host, are plain atoms).
func isNameChar(r rune) bool {
	return isLower(r) || isUpper(r) || isDigit(r) || r == '_' || r == '@'
}

// tokens scans the whole text. The form's dot, if present, is the last
// token before tokEOF.
func (s *scanner) tokens() ([]token, *Error) {
	// Tokens are gathered in chunks and copied once at the end: growing
	// one slice by doubling copied a million-token form (1+1+...+1)
	// over and over and took seconds.
	var chunks [][]token
	cur := make([]token, 0, 64)
	n := 0
	for {
		t, err := s.scan()
		if len(cur) == cap(cur) {
			chunks = append(chunks, cur)
			cur = make([]token, 0, min(2*cap(cur), 1<<14))
		}
		if err == nil {
			cur = append(cur, t)
			n++
		}
		if err != nil || t.kind == tokEOF {
			if len(chunks) == 0 {
				return cur, err
			}
			toks := make([]token, 0, n)
			for _, c := range append(chunks, cur) {
				toks = append(toks, c...)
			}
			return toks, err
		}
	}
}

// skipSpaceAndComments skips white space and % comments to the end of
// their line, which separate tokens and are otherwise not kept.
func (s *scanner) skipSpaceAndComments() {
	for s.off < len(s.src) {
		r := s.src[s.off]
		switch {
		case isSpace(r):
			s.next()
		case r == '%':
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.next()
			}
		default:
			return
		}
	}
}

// scan reads one token. A dot followed by white space, a comment or the
// end is the form's end (tokDot); any other dot is punctuation (a record
// field, a float is scanned by scanNumber). A character literal $ at the
// end of the text is tokEOF: the form is incomplete, not wrong.
// Punctuation is matched longest first, so =:= is never = followed by :=.
func (s *scanner) scan() (token, *Error) {
	s.skipSpaceAndComments()
	p := s.pos()
	if s.off >= len(s.src) {
		return token{kind: tokEOF, pos: p}, nil
	}
	r := s.src[s.off]
	switch {
	case isDigit(r):
		return s.scanNumber()
	case isLower(r):
		name := s.scanName()
		if reservedWords[name] {
			return token{kind: tokPunct, pos: p, text: name}, nil
		}
		return token{kind: tokAtom, pos: p, text: name}, nil
	case isUpper(r) || r == '_':
		return token{kind: tokVar, pos: p, text: s.scanName()}, nil
	case r == '\'':
		rs, err := s.scanQuoted('\'', "atom")
		if err != nil {
			return token{}, err
		}
		return token{kind: tokAtom, pos: p, text: string(rs)}, nil
	case r == '"':
		rs, err := s.scanQuoted('"', "string")
		if err != nil {
			return token{}, err
		}
		return token{kind: tokString, pos: p, runes: rs}, nil
	case r == '$':
		s.next()
		if s.off >= len(s.src) {
			return token{kind: tokEOF, pos: p}, nil
		}
		c := s.next()
		if c == '\\' {
			if s.off >= len(s.src) {
				return token{kind: tokEOF, pos: p}, nil
			}
			c = s.scanEscape()
		}
		return token{kind: tokChar, pos: p, value: int(c)}, nil
	case r == '.':
		n := s.peekAt(1)
		if n == -1 || isSpace(n) || n == '%' {
			s.next()
			return token{kind: tokDot, pos: p, text: "."}, nil
		}
	}
	for _, sym := range punctuation {
		if s.hasPrefix(sym) {
			for range sym {
				s.next()
			}
			return token{kind: tokPunct, pos: p, text: sym}, nil
		}
	}
	s.next()
	return token{}, errorAt(p, "illegal character")
}

// hasPrefix reports whether the text at the current rune starts with sym.
func (s *scanner) hasPrefix(sym string) bool {
	i := 0
	for _, c := range sym {
		if s.peekAt(i) != c {
			return false
		}
		i++
	}
	return true
}

// scanName reads an atom's or variable's name; the caller has seen its
// first character.
func (s *scanner) scanName() string {
	start := s.off
	for s.off < len(s.src) && isNameChar(s.src[s.off]) {
		s.next()
	}
	return string(s.src[start:s.off])
}

// scanQuoted reads a quoted atom or string with escapes. At the end of
// the text it reports erl's "unterminated atom/string starting with ..."
// quoting the first 16 characters read.
func (s *scanner) scanQuoted(q rune, what string) ([]rune, *Error) {
	p := s.pos()
	s.next()
	var rs []rune
	for {
		if s.off >= len(s.src) {
			shown := rs
			if len(shown) > 16 {
				shown = shown[:16]
			}
			return nil, errorAt(p, "unterminated %s starting with %s", what, quoteString(shown, q))
		}
		c := s.next()
		switch c {
		case q:
			return rs, nil
		case '\\':
			if s.off >= len(s.src) {
				rs = append(rs, '\\')
				continue
			}
			rs = append(rs, s.scanEscape())
		default:
			rs = append(rs, c)
		}
	}
}

// scanEscape reads what follows a backslash (already consumed).
func (s *scanner) scanEscape() rune {
	c := s.next()
	switch c {
	case 'b':
		return '\b'
	case 'd':
		return 127
	case 'e':
		return 27
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 's':
		return ' '
	case 't':
		return '\t'
	case 'v':
		return '\v'
	case '^':
		if s.off < len(s.src) {
			return s.next() & 31
		}
		return '^'
	case 'x':
		if s.peekAt(0) == '{' {
			end := s.off + 1
			for end < len(s.src) && isHex(s.src[end]) {
				end++
			}
			if end < len(s.src) && s.src[end] == '}' && end > s.off+1 {
				v, _ := strconv.ParseInt(string(s.src[s.off+1:end]), 16, 32)
				for s.off <= end {
					s.next()
				}
				return rune(v)
			}
			return 'x'
		}
		if isHex(s.peekAt(0)) && isHex(s.peekAt(1)) {
			v, _ := strconv.ParseInt(string(s.src[s.off:s.off+2]), 16, 32)
			s.next()
			s.next()
			return rune(v)
		}
		return 'x'
	}
	if c >= '0' && c <= '7' {
		v := c - '0'
		for i := 0; i < 2 && s.peekAt(0) >= '0' && s.peekAt(0) <= '7'; i++ {
			v = v*8 + s.next() - '0'
		}
		return v
	}
	return c
}

// isHex is a hexadecimal digit, for \\xHH and \\x{H...} escapes.
func isHex(r rune) bool {
	return isDigit(r) || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

// digitValue is r's value as a digit in bases up to 36 (letters of
// either case count from 10), and 99, too big for any base, for anything
// else.
func digitValue(r rune) int {
	switch {
	case isDigit(r):
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	}
	return 99
}

// scanDigits reads digits valid in base, allowing single underscores
// between digits as erl_scan does (1_000).
func (s *scanner) scanDigits(base int) string {
	var b strings.Builder
	for s.off < len(s.src) {
		r := s.src[s.off]
		if digitValue(r) < base {
			b.WriteRune(r)
			s.next()
			continue
		}
		if r == '_' && b.Len() > 0 && digitValue(s.peekAt(1)) < base {
			s.next()
			continue
		}
		break
	}
	return b.String()
}

// scanNumber reads an integer (decimal or Base#Digits) or a float. A
// float needs a digit after its dot, so 1.foo is 1 then . then foo and
// "1." at the end is 1 and the form's dot. A float too large for a Go
// float64 is erl's "illegal float", as erl_scan refuses it too.
func (s *scanner) scanNumber() (token, *Error) {
	p := s.pos()
	digits := s.scanDigits(10)
	if s.peekAt(0) == '#' {
		base, _ := strconv.Atoi(digits)
		if base < 2 || base > 36 {
			return token{}, errorAt(p, "illegal base '%s'", digits)
		}
		s.next()
		bd := s.scanDigits(base)
		if bd == "" {
			return token{}, errorAt(p, "illegal integer")
		}
		if !term.DigitsFit(len(bd), base) {
			return token{}, tooLargeInteger(p)
		}
		return token{kind: tokInt, pos: p, value: parseInteger(bd, base)}, nil
	}
	if s.peekAt(0) == '.' && isDigit(s.peekAt(1)) {
		s.next()
		frac := s.scanDigits(10)
		text := digits + "." + frac
		if r := s.peekAt(0); r == 'e' || r == 'E' {
			s.next()
			text += "e"
			if r := s.peekAt(0); r == '+' || r == '-' {
				text += string(s.next())
			}
			exp := s.scanDigits(10)
			if exp == "" {
				return token{}, errorAt(p, "illegal float")
			}
			text += exp
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil || math.IsInf(f, 0) {
			return token{}, errorAt(p, "illegal float")
		}
		return token{kind: tokFloat, pos: p, value: f}, nil
	}
	if !term.DigitsFit(len(digits), 10) {
		return token{}, tooLargeInteger(p)
	}
	return token{kind: tokInt, pos: p, value: parseInteger(digits, 10)}, nil
}

// tooLargeInteger refuses a literal beyond erl's bignum limit, which
// erl's own scanner meets as system_limit.
func tooLargeInteger(p Pos) *Error {
	return errorAt(p, "system_limit: integer literal of more than %d bits", term.MaxIntBits)
}

// parseInteger is an int when the value fits one on a 64-bit platform,
// else a *big.Int: terms carry small integers as Go ints so that the
// common case costs no allocation.
func parseInteger(digits string, base int) any {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil && strconv.IntSize == 64 {
		return int(v)
	}
	b, _ := term.ParseDigits(digits, base) // sub-quadratic: bignum.go
	if b.IsInt64() && strconv.IntSize == 64 {
		return int(b.Int64())
	}
	return b
}
