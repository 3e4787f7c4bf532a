package eval

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"goerl/syntax"
	"goerl/term"
)

// Binaries are whole bytes (term.Binary); any other number of bits is a
// term.Bitstring. term.MakeBits picks between them.

// segSpec is a segment's type specifiers, resolved.
type segSpec struct {
	kind   string // integer, float, binary (also bitstring), utf8, utf16, utf32
	signed bool
	little bool
	unit   int
	bytes  bool // binary or bytes: the default unit is 8
}

// specOf folds a segment's type list left to right: a later specifier
// overrides an earlier one of the same group. The default unit is 1,
// except 8 for binary and bytes (not bitstring and bits), which is why
// <<B:2/binary>> takes two bytes and <<B:2/bits>> two bits.
func specOf(types []syntax.BinType) segSpec {
	s := segSpec{kind: "integer"}
	for _, t := range types {
		switch t.Name {
		case "integer", "float", "utf8", "utf16", "utf32":
			s.kind = t.Name
		case "binary", "bytes":
			s.kind = "binary"
			s.unit = 0
			s.bytes = true
		case "bitstring", "bits":
			s.kind = "binary"
			s.unit = 0
			s.bytes = false
		case "signed":
			s.signed = true
		case "unsigned":
			s.signed = false
		case "little":
			s.little = true
		case "big", "native":
			s.little = t.Name == "native" && nativeLittle()
		case "unit":
			s.unit = t.Unit
		}
	}
	if s.unit == 0 {
		s.unit = 1
		if s.kind == "binary" && s.bytes {
			s.unit = 8
		}
	}
	return s
}

// nativeLittle reports the host's byte order: erl's native endianness is
// the machine's.
func nativeLittle() bool {
	var x uint16 = 1
	return binary.NativeEndian.Uint16([]byte{1, 0}) == x
}

// bitWriter accumulates bits, most significant first.
type bitWriter struct {
	buf  []byte
	nbit int
}

func (w *bitWriter) writeBit(bit uint) {
	if w.nbit%8 == 0 {
		w.buf = append(w.buf, 0)
	}
	if bit != 0 {
		w.buf[w.nbit/8] |= 0x80 >> (w.nbit % 8)
	}
	w.nbit++
}

// writeInt writes the low n bits of v (two's complement) big-endian.
func (w *bitWriter) writeInt(v *big.Int, n int) {
	// The aligned whole-byte case is by far the common one (<<X:32>>): copy
	// bytes instead of looping bit by bit.
	if n%8 == 0 && w.nbit%8 == 0 {
		w.buf = append(w.buf, intBytes(v, n/8)...)
		w.nbit += n
		return
	}
	bytes := intBytes(v, (n+7)/8)
	skip := len(bytes)*8 - n
	for i := skip; i < len(bytes)*8; i++ {
		w.writeBit(uint(bytes[i/8]>>(7-i%8)) & 1)
	}
}

// intBytes is the two's complement of v in n bytes, big-endian. A value
// that fits is written straight into the result (<<0:8000000000>> needs
// no 1 GB power of two to reduce modulo).
func intBytes(v *big.Int, n int) []byte {
	if v.Sign() >= 0 && v.BitLen() <= 8*n {
		return v.FillBytes(make([]byte, n))
	}
	if v.Sign() < 0 {
		if m := new(big.Int).Not(v); m.BitLen() <= 8*n { // -v-1, non-negative
			out := m.FillBytes(make([]byte, n))
			for i := range out {
				out[i] = ^out[i]
			}
			return out
		}
	}
	m := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
	x := new(big.Int).Mod(v, m) // Mod is Euclidean: non-negative
	out := make([]byte, n)
	x.FillBytes(out)
	return out
}

// reverse reverses b in place and returns it: little-endian segments are
// built big-endian and then flipped, so one encoder serves both orders.
func reverse(b []byte) []byte {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// writeLittle writes the low n bits of v little-endian, as the BEAM
// does for any size: the low bytes first, then the n%8 most significant
// bits (<<34:18/little>> is <<34,0,0:2>>).
func (w *bitWriter) writeLittle(v *big.Int, n int) {
	raw := reverse(intBytes(v, (n+7)/8))
	if n%8 == 0 && w.nbit%8 == 0 {
		w.buf = append(w.buf, raw...)
		w.nbit += n
		return
	}
	for _, c := range raw[:n/8] {
		w.writeInt(big.NewInt(int64(c)), 8)
	}
	if r := n % 8; r != 0 {
		w.writeInt(big.NewInt(int64(raw[n/8])), r)
	}
}

// writeBits appends the first n bits of data (packed, most significant
// first).
func (w *bitWriter) writeBits(data []byte, n int) {
	if w.nbit%8 == 0 {
		w.buf = append(w.buf, data[:(n+7)/8]...)
		w.nbit += n
		if r := n % 8; r != 0 {
			w.buf[len(w.buf)-1] &= byte(0xFF) << (8 - r)
		}
		return
	}
	for i := 0; i < n; i++ {
		w.writeBit(uint(data[i/8]>>(7-i%8)) & 1)
	}
}

// result is the bits written so far as a term.
func (w *bitWriter) result() term.Term { return term.MakeBits(w.buf, w.nbit) }

// binary evaluates a binary construction <<...>>. Segments are evaluated
// left to right, size before value, and bindings thread through them as in
// erl_eval:expr_bin. A total that is not a multiple of 8 bits is a
// bitstring.
func (r *run) binary(e *syntax.Binary, b *Bindings) (term.Term, *Bindings) {
	w := &bitWriter{}
	for i, el := range e.Elems {
		spec := specOf(el.Types)
		var size term.Term
		if el.Size != nil {
			size, b = r.expr(el.Size, b)
		}
		// A string literal segment <<"abc">> is one segment per character with the
		// segment's own type, as the compiler expands it; the negative segment
		// number makes an error carry the comprehension frames erl shows there.
		if s, ok := el.Value.(*syntax.String); ok {
			for _, c := range s.Value {
				r.writeSegment(w, int(c), size, spec, -(i + 1))
			}
			continue
		}
		var v term.Term
		v, b = r.expr(el.Value, b)
		r.writeSegment(w, v, size, spec, i+1)
	}
	return w.result(), b
}

// writeSegment writes segment number seg (negative for a character of a
// string literal, which erl writes from a comprehension of its own).
func (r *run) writeSegment(w *bitWriter, v, size term.Term, spec segSpec, seg int) {
	fail := func() { raiseEval(term.Atom("badarg"), "eval_bits", 3, 480) }
	bsFail := func(what, value term.Term) { bsConstructionFailed(seg, spec.kind, what, value) }
	bits := -1
	if size != nil {
		n, ok := size.(int)
		if !ok {
			bsBadSize(size, spec.unit)
		}
		if n < 0 {
			bsFail(term.Atom("size"), n*spec.unit)
		}
		// The whole binary must fit the allocation budget: <<0:99999999999>>
		// raises system_limit instead of taking 12 GB.
		if n > r.ev.limits.Max()/spec.unit*8 || (w.nbit+n*spec.unit)/8 > r.ev.limits.Max() {
			raiseEval(term.Atom("system_limit"), "eval_bits", 3, 480)
		}
		bits = n * spec.unit
	}
	switch spec.kind {
	case "integer":
		if !term.IsInteger(v) {
			bsFail(term.Atom("type"), v)
		}
		if bits < 0 {
			bits = 8
		}
		if spec.little {
			w.writeLittle(term.ToBig(v), bits)
			return
		}
		w.writeInt(term.ToBig(v), bits)
	case "float":
		f, ok := term.ToFloat(v)
		if !ok {
			bsFail(term.Atom("type"), v)
		}
		if bits < 0 {
			bits = 64
		}
		var raw []byte
		switch bits {
		case 64:
			raw = binary.BigEndian.AppendUint64(nil, math.Float64bits(f))
		// A 32-bit float is rounded to single precision, as in erl.
		case 32:
			raw = binary.BigEndian.AppendUint32(nil, math.Float32bits(float32(f)))
		default:
			fail()
		}
		if spec.little {
			reverse(raw)
		}
		w.writeInt(new(big.Int).SetBytes(raw), bits)
	case "binary":
		data, n, ok := term.Bits(v)
		if !ok {
			if bits < 0 {
				// Without a size erl takes bit_size(V) first.
				bsBitSize(v)
			}
			bsFail(term.Atom("type"), v)
		}
		if bits >= 0 {
			if bits > n {
				bsFail(term.Atom("short"), v)
			}
			n = bits
		} else if n%spec.unit != 0 {
			// Without a size the value must be a whole number of units:
			// <<(<<1:2>>)/binary>> fails.
			raise(term.Atom("badarg"), bitsStack(bitsFrame("eval_exp_field", 6, 169)))
		}
		if (w.nbit+n)/8 > r.ev.limits.Max() {
			raiseEval(term.Atom("system_limit"), "eval_bits", 3, 480)
		}
		w.writeBits(data, n)
	default:
		// utf8/16/32: the value must be a Unicode scalar value; surrogates and
		// values above 0x10FFFF fail with type, as in erl.
		c, ok := v.(int)
		if !ok || c < 0 || c > utf8.MaxRune || (c >= 0xD800 && c <= 0xDFFF) {
			bsFail(term.Atom("type"), v)
		}
		for _, by := range encodeUTF(spec, rune(c)) {
			w.writeInt(big.NewInt(int64(by)), 8)
		}
	}
}

// encodeUTF encodes one code point for a utf8, utf16 or utf32 segment;
// utf16 splits astral characters into a surrogate pair, and little
// applies to each 16-bit unit, not to the pair.
func encodeUTF(spec segSpec, c rune) []byte {
	switch spec.kind {
	case "utf8":
		return utf8.AppendRune(nil, c)
	case "utf16":
		var units []uint16
		if c >= 0x10000 {
			c -= 0x10000
			units = []uint16{uint16(0xD800 + c>>10), uint16(0xDC00 + c&0x3FF)}
		} else {
			units = []uint16{uint16(c)}
		}
		var out []byte
		for _, u := range units {
			if spec.little {
				out = binary.LittleEndian.AppendUint16(out, u)
			} else {
				out = binary.BigEndian.AppendUint16(out, u)
			}
		}
		return out
	}
	if spec.little {
		return binary.LittleEndian.AppendUint32(nil, uint32(c))
	}
	return binary.BigEndian.AppendUint32(nil, uint32(c))
}

// bitReader reads the first size bits of data, most significant first.
type bitReader struct {
	data []byte
	size int
	pos  int // in bits
}

// left is the number of unread bits.
func (rd *bitReader) left() int { return rd.size - rd.pos }

// take reads n bits as a bitstring.
func (rd *bitReader) take(n int) term.Term {
	if rd.pos%8 == 0 {
		out := term.MakeBits(append([]byte(nil), rd.data[rd.pos/8:(rd.pos+n+7)/8]...), n)
		rd.pos += n
		return out
	}
	w := &bitWriter{}
	for i := 0; i < n; i++ {
		w.writeBit(uint(rd.data[rd.pos/8]>>(7-rd.pos%8)) & 1)
		rd.pos++
	}
	return w.result()
}

// ahead is the unread whole bytes, repacked when the position is not on
// a byte boundary (a utf8 segment may start anywhere).
func (rd *bitReader) ahead() []byte {
	if rd.pos%8 == 0 {
		return rd.data[rd.pos/8 : rd.size/8]
	}
	n := rd.left() / 8
	out := make([]byte, n)
	sh := uint(rd.pos % 8)
	for i := range out {
		j := rd.pos/8 + i
		out[i] = rd.data[j]<<sh | rd.data[j+1]>>(8-sh)
	}
	return out
}

// readBits reads n bits as an unsigned big-endian integer; a big.Int
// because segment sizes are unbounded (<<X:128>> is a valid pattern).
func (rd *bitReader) readBits(n int) *big.Int {
	v := new(big.Int)
	// Aligned whole bytes: slice directly, the common case.
	if rd.pos%8 == 0 && n%8 == 0 {
		v.SetBytes(rd.data[rd.pos/8 : rd.pos/8+n/8])
		rd.pos += n
		return v
	}
	for i := 0; i < n; i++ {
		bit := (rd.data[rd.pos/8] >> (7 - rd.pos%8)) & 1
		v.Lsh(v, 1)
		if bit != 0 {
			v.SetBit(v, 0, 1)
		}
		rd.pos++
	}
	return v
}

// readLittle reads n bits written by writeLittle: whole bytes, least
// significant first, then the n%8 most significant bits.
func (rd *bitReader) readLittle(n int) *big.Int {
	raw := make([]byte, 0, (n+7)/8)
	for i := 0; i < n/8; i++ {
		raw = append(raw, byte(rd.readBits(8).Uint64()))
	}
	if r := n % 8; r != 0 {
		raw = append(raw, byte(rd.readBits(r).Uint64()))
	}
	return new(big.Int).SetBytes(reverse(raw))
}

// matchBinary matches segments against the first size bits of data; a
// binary segment without size takes the rest. It returns the number of
// bits left unread.
func (m *matcher) matchBinary(elems []syntax.BinElem, data []byte, size int) (int, bool) {
	rd, ok, mismatch := m.matchBinarySkip(elems, data, size, 0, false)
	if !ok || mismatch {
		return 0, false
	}
	return rd.left(), true
}

// matchBinarySkip is matchBinary; with skip, a segment whose value does
// not match is read past instead of failing, and mismatch tells whether
// one did. Reading starts at bit start. A bitstring generator skips such chunks, as erl_eval's
// bin_gen does ([X || <<"hej",X:8>> <= <<"hej",8,"san",9>>] is [8]).
func (m *matcher) matchBinarySkip(elems []syntax.BinElem, data []byte, size, start int, skip bool) (*bitReader, bool, bool) {
	rd := &bitReader{data: data, size: size, pos: start}
	mismatch := false
	fail := func() bool {
		if !skip {
			return false
		}
		mismatch = true
		return true
	}
	for i, el := range elems {
		spec := specOf(el.Types)
		bits := -1
		if el.Size != nil {
			// The size may be a variable bound earlier in the same pattern
			// (<<N:8, X:N>>). A size that is not a non-negative integer makes the
			// match fail rather than raise.
			sv, ok := m.exprValue(el.Size)
			n, isInt := sv.(int)
			if !ok || !isInt || n < 0 {
				return rd, false, false
			}
			bits = n * spec.unit
		}
		// A string in a pattern matches character by character with the segment's
		// type, the mirror image of construction.
		if s, ok := el.Value.(*syntax.String); ok && spec.kind != "binary" {
			for _, c := range s.Value {
				v, ok := m.readSegment(rd, bits, spec, false)
				if !ok {
					return rd, false, false
				}
				if term.CompareExact(v, int(c)) != 0 && !fail() {
					return rd, false, false
				}
			}
			continue
		}
		last := i == len(elems)-1
		v, ok := m.readSegment(rd, bits, spec, last)
		if !ok {
			return rd, false, false
		}
		if !m.matchSegment(el.Value, spec, v) && !fail() {
			return rd, false, false
		}
	}
	return rd, true, mismatch
}

// matchSegment matches a segment's value pattern. A float segment whose
// pattern is a constant matches by value, as erl compares the bits of
// the constant built as a float (<<17/float>> matches <<17.0/float>>).
func (m *matcher) matchSegment(p syntax.Expr, spec segSpec, v term.Term) bool {
	if spec.kind == "float" {
		if _, isVar := p.(*syntax.Var); !isVar {
			if c, ok := m.exprValue(p); ok {
				f, isNum := term.ToFloat(c)
				g, _ := v.(float64)
				return isNum && f == g
			}
		}
	}
	return m.match(p, v)
}

// readSegment reads one segment of the given type; ok is false when the
// data is too short or malformed, which is a match failure, never an
// error. last says whether a sizeless binary segment may take the rest.
func (m *matcher) readSegment(rd *bitReader, bits int, spec segSpec, last bool) (term.Term, bool) {
	switch spec.kind {
	case "integer":
		if bits < 0 {
			bits = 8
		}
		if rd.left() < bits {
			return nil, false
		}
		var v *big.Int
		if spec.little {
			v = rd.readLittle(bits)
		} else {
			v = rd.readBits(bits)
		}
		// Signed: the top bit set means negative in two's complement.
		if spec.signed && bits > 0 && v.Bit(bits-1) == 1 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
		}
		return term.BigInt(v), true
	case "float":
		if bits < 0 {
			bits = 64
		}
		if (bits != 64 && bits != 32) || rd.left() < bits {
			return nil, false
		}
		raw := intBytes(rd.readBits(bits), bits/8)
		if spec.little {
			reverse(raw)
		}
		if bits == 64 {
			return math.Float64frombits(binary.BigEndian.Uint64(raw)), true
		}
		return float64(math.Float32frombits(binary.BigEndian.Uint32(raw))), true
	case "binary":
		if bits < 0 {
			// A sizeless binary segment has no length of its own, so only the last
			// segment may have one; it takes the rest, which must be whole
			// units (<<_:3, B/binary>> does not match 8 bits).
			if !last {
				return nil, false
			}
			bits = rd.left()
			if bits%spec.unit != 0 {
				return nil, false
			}
		}
		if rd.left() < bits {
			return nil, false
		}
		return rd.take(bits), true
	}
	rest := rd.ahead()
	switch spec.kind {
	case "utf8":
		c, n := utf8.DecodeRune(rest)
		// RuneError with width 1 (or 0 at the end) means invalid or truncated
		// UTF-8; a literal U+FFFD decodes with width 3 and is accepted.
		if c == utf8.RuneError && n <= 1 {
			return nil, false
		}
		rd.pos += 8 * n
		return int(c), true
	case "utf16":
		if len(rest) < 2 {
			return nil, false
		}
		u := readUint16(rest, spec.little)
		// A high surrogate must be followed by its low half.
		if u >= 0xD800 && u <= 0xDBFF {
			if len(rest) < 4 {
				return nil, false
			}
			lo := readUint16(rest[2:], spec.little)
			rd.pos += 32
			return 0x10000 + (int(u)-0xD800)<<10 + int(lo) - 0xDC00, true
		}
		rd.pos += 16
		return int(u), true
	}
	if len(rest) < 4 {
		return nil, false
	}
	var c uint32
	if spec.little {
		c = binary.LittleEndian.Uint32(rest)
	} else {
		c = binary.BigEndian.Uint32(rest)
	}
	rd.pos += 32
	return int(c), true
}

// readUint16 reads one UTF-16 unit in the segment's byte order.
func readUint16(b []byte, little bool) uint16 {
	if little {
		return binary.LittleEndian.Uint16(b)
	}
	return binary.BigEndian.Uint16(b)
}
