package term

import "strconv"

// Bitstring is a bitstring whose length is not a whole number of bytes:
// <<1:3>>, <<34,0,0:2>>. Whole-byte bitstrings are always Binary, so a
// Bitstring never has a Size that is a multiple of 8 (MakeBits keeps
// that invariant).
//
// Data holds the bits most significant first, (Size+7)/8 bytes; the
// unused low bits of the last byte are zero, so two equal bitstrings
// have equal Data.
type Bitstring struct {
	Data []byte
	Size int // in bits
}

// MakeBits is the bitstring of the first size bits of data (most
// significant first): a Binary when size is a multiple of 8, else a
// Bitstring with its unused bits cleared. data is not copied when the
// result is a Binary.
func MakeBits(data []byte, size int) Term {
	if size%8 == 0 {
		return Binary(data[:size/8])
	}
	n := (size + 7) / 8
	d := make([]byte, n)
	copy(d, data[:n])
	d[n-1] &= byte(0xFF) << (8 - size%8)
	return Bitstring{Data: d, Size: size}
}

// Bits returns the bits of a Binary or Bitstring, packed most
// significant first, and their number; ok is false for other terms.
func Bits(t Term) (data []byte, size int, ok bool) {
	switch v := t.(type) {
	case Binary:
		return v, 8 * len(v), true
	case Bitstring:
		return v.Data, v.Size, true
	}
	return nil, 0, false
}

// IsBitstring reports whether t is a binary or a bitstring.
func IsBitstring(t Term) bool {
	_, _, ok := Bits(t)
	return ok
}

// Whole is the bitstring's whole bytes, without the trailing bits.
func (b Bitstring) Whole() []byte { return b.Data[:b.Size/8] }

// Tail is the trailing bits as an integer and their number (1..7):
// <<34,0,0:2>> has tail 0 in 2 bits.
func (b Bitstring) Tail() (value, bits int) {
	bits = b.Size % 8
	return int(b.Data[len(b.Data)-1]) >> (8 - bits), bits
}

// compareBits orders bitstrings bit by bit; a bitstring that is a prefix
// of another is smaller (<<1:1>> > <<0>>, <<1:2>> < <<1:1>>).
func compareBits(x, y Term) int {
	dx, sx, _ := Bits(x)
	dy, sy, _ := Bits(y)
	n := min(sx, sy)
	for i := 0; i < n/8; i++ {
		if dx[i] != dy[i] {
			return sign(int(dx[i]) - int(dy[i]))
		}
	}
	if r := n % 8; r != 0 {
		mask := byte(0xFF) << (8 - r)
		if a, b := dx[n/8]&mask, dy[n/8]&mask; a != b {
			return sign(int(a) - int(b))
		}
	}
	return sign(sx - sy)
}

// bitsTokens is io_lib:write_binary_body/4 for any bitstring: the byte
// values, then the trailing bits as Value:Bits, cut to "..." at depth;
// rest reports whether something was left out.
func bitsTokens(t Term, d int) (tokens []string, rest bool) {
	bs, ok := t.(Bitstring)
	if !ok {
		return binaryTokens(t.(Binary), d)
	}
	for _, c := range bs.Whole() {
		if d == 1 {
			return append(tokens, "..."), true
		}
		tokens = append(tokens, strconv.Itoa(int(c)))
		d--
	}
	if d == 1 {
		return append(tokens, "..."), true
	}
	v, n := bs.Tail()
	return append(tokens, strconv.Itoa(v)+":"+strconv.Itoa(n)), false
}
