package term

import (
	"math/big"
	"strconv"
	"strings"
)

// Encoding says which characters the output device shows as themselves:
// it decides how atoms with characters beyond Latin-1 are quoted (~p
// versus ~tp) and how binaries and strings are recognised.
type Encoding uint8

const (
	// Latin1 is io:format's default (~p, ~w, ~s).
	Latin1 Encoding = iota
	// Unicode is a UTF-8 device: the erl shell on a terminal, ~tp, ~ts.
	Unicode
)

// Unlimited is the depth that never cuts a term (erl's -1).
const Unlimited = -1

// Sprint returns t as io_lib:write (~tw) prints it: one line, lists of
// integers printed as lists, binaries as bytes, atoms quoted when needed.
func Sprint(t Term) string { return Write(t, Unlimited, Unicode) }

// Write is io_lib:write/2 with a depth (~W): deeper parts of t are printed
// as "...". A depth of 0 prints just "..."; Unlimited (or any negative
// depth) prints everything.
func Write(t Term, depth int, enc Encoding) string {
	var b strings.Builder
	write1(&b, t, depth, enc)
	return b.String()
}

// write1 is io_lib:write1/3.
func write1(b *strings.Builder, t Term, d int, enc Encoding) {
	if d == 0 {
		b.WriteString("...")
		return
	}
	switch v := t.(type) {
	case Atom:
		b.WriteString(writeAtom(string(v), enc == Unicode))
	case List:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		writeList(b, v, nil, d, enc)
	case Improper:
		writeList(b, v.Elems, v.Tail, d, enc)
	case Tuple:
		if len(v) == 0 {
			b.WriteString("{}")
			return
		}
		if d == 1 {
			b.WriteString("{...}")
			return
		}
		b.WriteByte('{')
		write1(b, v[0], d-1, enc)
		dd := d - 1
		for _, e := range v[1:] {
			if dd == 1 {
				b.WriteString(",...")
				break
			}
			b.WriteByte(',')
			write1(b, e, dd-1, enc)
			dd--
		}
		b.WriteByte('}')
	case *Map:
		writeMap(b, v, d, enc)
	case Binary, Bitstring:
		tokens, _ := bitsTokens(v, d)
		b.WriteString("<<" + strings.Join(tokens, ",") + ">>")
	default:
		b.WriteString(writeAtomic(t))
	}
}

// writeList prints [e1,...,en|tail] (tail nil for a proper list).
func writeList(b *strings.Builder, elems []Term, tail Term, d int, enc Encoding) {
	if d == 1 {
		b.WriteString("[...]")
		return
	}
	b.WriteByte('[')
	write1(b, elems[0], d-1, enc)
	dd := d - 1
	for _, e := range elems[1:] {
		if dd == 1 {
			b.WriteString("|...]")
			return
		}
		b.WriteByte(',')
		write1(b, e, dd-1, enc)
		dd--
	}
	if tail != nil {
		if dd == 1 {
			b.WriteString("|...]")
			return
		}
		b.WriteByte('|')
		write1(b, tail, dd-1, enc)
	}
	b.WriteByte(']')
}

// writeMap is io_lib:write_map/3: every association is printed one level
// down, and the number of associations shown also shrinks with depth.
func writeMap(b *strings.Builder, m *Map, d int, enc Encoding) {
	if d == 1 || m.Len() == 0 {
		b.WriteString("#{}")
		return
	}
	d0 := d - 1
	b.WriteString("#{")
	for i, k := range m.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		write1(b, k, d0, enc)
		b.WriteString(" => ")
		write1(b, m.vals[i], d0, enc)
		// write_map_body/4 checks the depth before it looks for a next
		// association, so a cut map shows ",..." even after its last one.
		if d0-i == 1 {
			b.WriteString(",...")
			break
		}
	}
	b.WriteByte('}')
}

// binaryTokens is io_lib:write_binary_body/4: the byte values, cut to
// "..." at depth; rest reports whether bytes were left out.
func binaryTokens(v Binary, d int) (tokens []string, rest bool) {
	for i, c := range v {
		if d == 1 {
			return append(tokens, "..."), true
		}
		tokens = append(tokens, strconv.Itoa(int(c)))
		if i < len(v)-1 {
			d--
		}
	}
	return tokens, false
}

// writeAtomic prints the terms that never nest: numbers, pids, refs,
// ports and funs.
func writeAtomic(t Term) string {
	switch v := t.(type) {
	case int:
		return strconv.Itoa(v)
	case *big.Int:
		return v.String()
	case float64:
		return FormatFloat(v)
	case Atom:
		return QuoteAtom(string(v))
	case Pid:
		return "<0." + strconv.Itoa(v.ID) + ".0>"
	case Ref:
		return "#Ref<0.0.0." + strconv.Itoa(v.ID) + ">"
	case Port:
		return "#Port<0." + strconv.Itoa(v.ID) + ">"
	case *Fun:
		if v.External {
			return "fun " + QuoteAtom(v.Module) + ":" + QuoteAtom(v.Name) + "/" + strconv.Itoa(v.Arity)
		}
		return "#Fun<" + v.Module + "." + strconv.Itoa(v.Index) + "." + strconv.Itoa(v.Uniq) + ">"
	case nil:
		return "<nil>"
	}
	return "<invalid term>"
}
