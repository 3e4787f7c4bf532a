package term

import (
	"strings"
	"unicode/utf8"
)

// charsPerDepth is io_lib_pretty's ?CHARS: at depth D a binary shows at
// most 4*D characters of text.
const charsPerDepth = 4

// binary is print_length/6 for a binary: text when its bytes (or a long
// enough prefix of them) are printable, byte values otherwise.
func (b *builder) binary(v Binary, d int) *node {
	if len(v) == 0 {
		return leaf("<<>>")
	}
	if d == 1 {
		return leaf("<<...>>")
	}
	if b.strings {
		if s, ok := b.binaryText(v, d-1); ok {
			return leaf(s)
		}
	}
	tokens, _ := binaryTokens(v, d)
	n := &node{kind: binNode, bytes: tokens, length: 4 + len(tokens) - 1}
	for _, t := range tokens {
		n.length += len(t)
	}
	return n
}

// binaryText is printable_bin0/4 and the printing of its verdict.
func (b *builder) binaryText(v Binary, d int) (string, bool) {
	window := len(v)
	if d >= 0 {
		window = min(charsPerDepth*d, len(v))
	}
	if window == 0 {
		return "", false
	}
	if b.enc == Unicode && validUTF8Prefix(v, window) {
		return unicodeBinaryText(v, window, d)
	}
	p := 0
	for p < window && isPrintableLatin1(int(v[p])) {
		p++
	}
	var chars []rune
	whole := false
	switch {
	case p == window && window == len(v):
		whole = true
	case p == window:
	case d > 0 && p >= d:
	default:
		return "", false
	}
	for _, c := range v[:p] {
		chars = append(chars, rune(c))
	}
	return binaryString(chars, whole, false), true
}

// unicodeBinaryText is printable_bin/4 for a UTF-8 device: ASCII prints
// as <<"abc">>, other printable (Latin-1 range) text as <<"été"/utf8>>.
func unicodeBinaryText(v Binary, window, d int) (string, bool) {
	var chars []rune
	rest := []byte(v)
	left := window
	for left > 0 && len(rest) > 0 {
		r, size := utf8.DecodeRune(rest)
		if !isPrintableLatin1(int(r)) {
			break
		}
		chars = append(chars, r)
		rest = rest[size:]
		left--
	}
	consumed := len(v) - len(rest)
	ascii := consumed == len(chars)
	switch {
	case len(rest) == 0:
		return binaryString(chars, true, !ascii), true
	case d > 0 && window-left >= d:
		return binaryString(chars, false, !ascii), true
	}
	return "", false
}

// validUTF8Prefix is valid_utf8/2: the first n characters (or all of v)
// decode as UTF-8.
func validUTF8Prefix(v Binary, n int) bool {
	rest := []byte(v)
	for ; n > 0 && len(rest) > 0; n-- {
		r, size := utf8.DecodeRune(rest)
		if r == utf8.RuneError && size <= 1 {
			return false
		}
		rest = rest[size:]
	}
	return true
}

func binaryString(chars []rune, whole, utf8Suffix bool) string {
	var sb strings.Builder
	sb.WriteString("<<")
	writeQuoted(&sb, chars, '"', escapeUnicode)
	if utf8Suffix {
		sb.WriteString("/utf8")
	}
	if !whole {
		sb.WriteString("...")
	}
	sb.WriteString(">>")
	return sb.String()
}

// ppBinary is pp_binary/7: byte values fill the line and continue under
// the first one.
func (p *layout) ppBinary(n *node, col int, ind indent, ld, w int) {
	room := max(8, min(p.ll-col, p.m-4-w)-ld)
	p.out.WriteString("<<")
	left := room
	for i, tok := range n.bytes {
		if i < len(n.bytes)-1 {
			l := len(tok) + 1
			if left-l < 0 {
				p.out.WriteByte('\n')
				p.writeIndent(ind)
				p.out.WriteString(tok + ",")
				left = room - l
			} else {
				p.out.WriteString(tok + ",")
				left -= l
			}
			continue
		}
		if len(tok) > left {
			p.out.WriteByte('\n')
			p.writeIndent(ind)
		}
		p.out.WriteString(tok)
	}
	p.out.WriteString(">>")
}

// bitstring is print_length/6 for a bitstring that is not whole bytes:
// never text, its byte values and then its trailing bits.
func (b *builder) bitstring(v Bitstring, d int) *node {
	if d == 1 {
		return leaf("<<...>>")
	}
	tokens, _ := bitsTokens(v, d)
	n := &node{kind: binNode, bytes: tokens, length: 4 + len(tokens) - 1}
	for _, t := range tokens {
		n.length += len(t)
	}
	return n
}
