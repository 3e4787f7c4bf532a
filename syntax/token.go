package syntax

import (
	"math/big"
	"strings"

	"goerl/term"
)

// tokenKind classifies tokens the way erl_scan does.
type tokenKind int

const (
	tokEOF    tokenKind = iota
	tokAtom             // text is the atom's name
	tokVar              // text is the variable's name
	tokInt              // value holds int or *big.Int
	tokFloat            // value holds float64
	tokChar             // value holds the code point as int
	tokString           // runes holds the code points
	tokPunct            // operators, punctuation and reserved words: text
	tokDot              // the form's final dot
)

// token is one lexeme with its position.
type token struct {
	kind  tokenKind
	pos   Pos
	text  string
	value term.Term
	runes []rune
}

// reservedWords are the keywords of OTP 25; they scan as punctuation.
var reservedWords = map[string]bool{
	"after": true, "and": true, "andalso": true, "band": true, "begin": true,
	"bnot": true, "bor": true, "bsl": true, "bsr": true, "bxor": true,
	"case": true, "catch": true, "cond": true, "div": true, "end": true,
	"fun": true, "if": true, "let": true, "not": true, "of": true, "or": true,
	"orelse": true, "receive": true, "rem": true, "try": true, "when": true,
	"xor": true,
}

// punctuation lists multi-character symbols longest first, so that the
// scanner can take the first that matches.
var punctuation = []string{
	"=:=", "=/=", "...", "<<", ">>", "->", "<-", "<=", "=>", ":=", "||",
	"==", "/=", "=<", ">=", "++", "--", "::", "..", "?=",
	"(", ")", ",", "{", "}", "[", "]", "|", ";", ":", "#", ".", "!", "=",
	"<", ">", "+", "-", "*", "/", "?",
}

// describe renders a token as erl_parse does in "syntax error before: X":
// atoms and symbols through io_lib:write_atom, variables bare, strings and
// chars written back as literals, numbers as terms.
func (t token) describe() string {
	switch t.kind {
	case tokEOF:
		return ""
	case tokAtom:
		return term.QuoteAtom(t.text)
	case tokVar:
		return t.text
	case tokInt:
		if b, ok := t.value.(*big.Int); ok {
			return b.String()
		}
		return term.Sprint(t.value)
	case tokFloat:
		return term.FormatFloat(t.value.(float64))
	case tokChar:
		return writeChar(rune(t.value.(int)))
	case tokString:
		return quoteString(t.runes, '"')
	case tokDot:
		return "'.'"
	default:
		return "'" + t.text + "'"
	}
}

// writeChar is io_lib:write_char: $a, $\n, $\s for space, $\001.
func writeChar(c rune) string { return writeCharLiteral(c) }

// quoteString is io_lib:write_string(Runes, Q): the runes between quote
// characters q with erl's escapes for the quote, backslash and control
// characters (octal, as in "a\001b").
func quoteString(rs []rune, q rune) string {
	var b strings.Builder
	b.WriteRune(q)
	for _, r := range rs {
		writeStringChar(&b, r, q)
	}
	b.WriteRune(q)
	return b.String()
}
