package builtins

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"goerl/term"
)

// Tags of Erlang's external term format, the bytes term_to_binary/1
// writes and binary_to_term/1 reads (erts' external.h).
const (
	extVersion        = 131
	extNewFloat       = 70
	extSmallInteger   = 97
	extInteger        = 98
	extFloat          = 99
	extAtom           = 100
	extSmallTuple     = 104
	extLargeTuple     = 105
	extNil            = 106
	extString         = 107
	extList           = 108
	extBinary         = 109
	extBitBinary      = 77
	extSmallBig       = 110
	extLargeBig       = 111
	extSmallAtom      = 115
	extMap            = 116
	extAtomUTF8       = 118
	extSmallAtomUTF8  = 119
	extNewPid         = 88
	extNewerReference = 90
)

// nodeAtom is the node pids and refs belong to when encoded.
const nodeAtom = "nonode@nohost"

// encodeTerm writes t as OTP 25's term_to_binary/1 does: latin-1 atoms as
// ATOM_EXT, others as SMALL_ATOM_UTF8_EXT; byte lists as STRING_EXT; maps
// in key order (erl's order for maps up to 32 keys). Funs and ports
// cannot be encoded: ok is false.
func encodeTerm(t term.Term) (out []byte, ok bool) {
	e := &encoder{buf: []byte{extVersion}}
	if !e.term(t) {
		return nil, false
	}
	return e.buf, true
}

// encoder appends a term's encoding to buf; numbers are big-endian, as
// the format is.
type encoder struct{ buf []byte }

func (e *encoder) u8(b byte)    { e.buf = append(e.buf, b) }
func (e *encoder) u16(n int)    { e.buf = binary.BigEndian.AppendUint16(e.buf, uint16(n)) }
func (e *encoder) u32(n uint32) { e.buf = binary.BigEndian.AppendUint32(e.buf, n) }

// term writes one term with its tag; false for what has no encoding here
// (funs, ports), which term_to_binary reports as badarg.
func (e *encoder) term(t term.Term) bool {
	switch v := t.(type) {
	case int:
		e.integer(v)
	case *big.Int:
		e.bigInteger(v)
	case float64:
		e.u8(extNewFloat)
		e.buf = binary.BigEndian.AppendUint64(e.buf, math.Float64bits(v))
	case term.Atom:
		e.atom(string(v))
	case term.Tuple:
		if len(v) < 256 {
			e.u8(extSmallTuple)
			e.u8(byte(len(v)))
		} else {
			e.u8(extLargeTuple)
			e.u32(uint32(len(v)))
		}
		for _, x := range v {
			if !e.term(x) {
				return false
			}
		}
	case term.List:
		return e.list(v, nil)
	case term.Improper:
		return e.list(v.Elems, v.Tail)
	case term.Binary:
		e.u8(extBinary)
		e.u32(uint32(len(v)))
		e.buf = append(e.buf, v...)
	case term.Bitstring:
		// BIT_BINARY_EXT: the byte count, the bits used in the last byte, the
		// bytes (unused low bits zero).
		e.u8(extBitBinary)
		e.u32(uint32(len(v.Data)))
		e.u8(byte(v.Size % 8))
		e.buf = append(e.buf, v.Data...)
	case *term.Map:
		e.u8(extMap)
		e.u32(uint32(v.Len()))
		for i, k := range v.Keys() {
			if !e.term(k) || !e.term(v.Values()[i]) {
				return false
			}
		}
	case term.Pid:
		e.u8(extNewPid)
		e.atom(nodeAtom)
		e.u32(uint32(v.ID))
		e.u32(0)
		e.u32(0)
	case term.Ref:
		e.u8(extNewerReference)
		e.u16(3)
		e.atom(nodeAtom)
		e.u32(0)
		e.u32(uint32(v.ID))
		e.u32(0)
		e.u32(0)
	default:
		return false
	}
	return true
}

// integer picks the smallest encoding, as erts does: SMALL_INTEGER_EXT
// for a byte, INTEGER_EXT for 32 bits, a bignum beyond.
func (e *encoder) integer(n int) {
	switch {
	case n >= 0 && n <= 255:
		e.u8(extSmallInteger)
		e.u8(byte(n))
	case n >= math.MinInt32 && n <= math.MaxInt32:
		e.u8(extInteger)
		e.u32(uint32(int32(n)))
	default:
		e.bigInteger(big.NewInt(int64(n)))
	}
}

// bigInteger writes SMALL_BIG_EXT or LARGE_BIG_EXT: a sign byte, then
// the magnitude's bytes least significant first (the reverse of
// big.Int.Bytes).
func (e *encoder) bigInteger(n *big.Int) {
	mag := new(big.Int).Abs(n).Bytes() // big-endian
	if len(mag) < 256 {
		e.u8(extSmallBig)
		e.u8(byte(len(mag)))
	} else {
		e.u8(extLargeBig)
		e.u32(uint32(len(mag)))
	}
	e.u8(byte(boolToInt(n.Sign() < 0)))
	for i := len(mag) - 1; i >= 0; i-- {
		e.u8(mag[i])
	}
}

// boolToInt is 1 for true, as the bignum sign byte wants.
func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// atom writes ATOM_EXT when every character is Latin-1 (OTP 25 still
// does, for compatibility), else the UTF-8 atom tags, the small one when
// the name has fewer than 256 bytes.
func (e *encoder) atom(s string) {
	latin1 := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 255 {
			latin1 = nil
			break
		}
		latin1 = append(latin1, byte(r))
	}
	if latin1 != nil || s == "" {
		e.u8(extAtom)
		e.u16(len(latin1))
		e.buf = append(e.buf, latin1...)
		return
	}
	if len(s) < 256 {
		e.u8(extSmallAtomUTF8)
		e.u8(byte(len(s)))
	} else {
		e.u8(extAtomUTF8)
		e.u16(len(s))
	}
	e.buf = append(e.buf, s...)
}

// list writes [] as NIL_EXT, a proper list of bytes (a Latin-1 string)
// as the compact STRING_EXT, and anything else as LIST_EXT with its
// tail ([] for a proper list), as term_to_binary chooses.
func (e *encoder) list(elems []term.Term, tail term.Term) bool {
	if len(elems) == 0 && tail == nil {
		e.u8(extNil)
		return true
	}
	if tail == nil && len(elems) < 65536 && allBytes(elems) {
		e.u8(extString)
		e.u16(len(elems))
		for _, x := range elems {
			e.u8(byte(x.(int)))
		}
		return true
	}
	e.u8(extList)
	e.u32(uint32(len(elems)))
	for _, x := range elems {
		if !e.term(x) {
			return false
		}
	}
	if tail == nil {
		tail = term.List{}
	}
	return e.term(tail)
}

// allBytes reports whether a list can be written as STRING_EXT.
func allBytes(elems []term.Term) bool {
	for _, x := range elems {
		if n, ok := x.(int); !ok || n < 0 || n > 255 {
			return false
		}
	}
	return true
}

// decodeTerm reads the external term format; ok is false for anything
// malformed, truncated, followed by extra bytes, or of a type goerl does
// not decode (funs, ports, compressed terms).
func decodeTerm(b []byte) (t term.Term, ok bool) {
	if len(b) < 2 || b[0] != extVersion {
		return nil, false
	}
	d := &decoder{buf: b[1:]}
	defer func() {
		if r := recover(); r != nil {
			if _, short := r.(decodeShort); !short {
				panic(r)
			}
			t, ok = nil, false
		}
	}()
	t, ok = d.term()
	if ok && len(d.buf) != 0 {
		return nil, false
	}
	return t, ok
}

// decodeShort is panicked by the decoder when the input ends early.
type decodeShort struct{}

// decoder consumes buf from the front; reading past its end panics
// decodeShort, which decodeTerm turns into a failed decode, so no read
// needs its own length check.
type decoder struct{ buf []byte }

// take consumes n bytes (panicking decodeShort when fewer are left).
func (d *decoder) take(n int) []byte {
	if n < 0 || len(d.buf) < n {
		panic(decodeShort{})
	}
	b := d.buf[:n]
	d.buf = d.buf[n:]
	return b
}

func (d *decoder) u8() int  { return int(d.take(1)[0]) }
func (d *decoder) u16() int { return int(binary.BigEndian.Uint16(d.take(2))) }
func (d *decoder) u32() int { return int(binary.BigEndian.Uint32(d.take(4))) }

// term reads one tagged term; false for tags goerl does not decode or
// values that cannot be (an atom that is not UTF-8).
func (d *decoder) term() (term.Term, bool) {
	switch tag := d.u8(); tag {
	case extSmallInteger:
		return d.u8(), true
	case extInteger:
		return int(int32(d.u32())), true
	case extSmallBig:
		return d.big(d.u8()), true
	case extLargeBig:
		return d.big(d.u32()), true
	case extNewFloat:
		return math.Float64frombits(binary.BigEndian.Uint64(d.take(8))), true
	case extAtom, extSmallAtom:
		n := d.u8()
		if tag == extAtom {
			n = n<<8 | d.u8()
		}
		raw := d.take(n)
		r := make([]rune, len(raw))
		for i, c := range raw {
			r[i] = rune(c)
		}
		return term.Atom(string(r)), true
	case extAtomUTF8, extSmallAtomUTF8:
		n := d.u8()
		if tag == extAtomUTF8 {
			n = n<<8 | d.u8()
		}
		raw := d.take(n)
		if !utf8.Valid(raw) {
			return nil, false
		}
		return term.Atom(raw), true
	case extSmallTuple, extLargeTuple:
		var n int
		if tag == extLargeTuple {
			n = d.u32()
		} else {
			n = d.u8()
		}
		return d.elems(n, func(es []term.Term) term.Term { return term.Tuple(es) })
	case extNil:
		return term.List{}, true
	case extString:
		raw := d.take(d.u16())
		l := make(term.List, len(raw))
		for i, c := range raw {
			l[i] = int(c)
		}
		return l, true
	case extList:
		n := d.u32()
		if n > len(d.buf) {
			return nil, false
		}
		elems, ok := d.elems(n, func(es []term.Term) term.Term { return es })
		if !ok {
			return nil, false
		}
		tail, ok := d.term()
		if !ok {
			return nil, false
		}
		return term.ConsN(elems.([]term.Term), tail), true
	case extBinary:
		return term.Binary(append([]byte(nil), d.take(d.u32())...)), true
	case extBitBinary:
		n := d.u32()
		bits := d.u8()
		data := append([]byte(nil), d.take(n)...)
		if n == 0 || bits < 1 || bits > 8 {
			return nil, false
		}
		return term.MakeBits(data, 8*(n-1)+bits), true
	case extMap:
		n := d.u32()
		if n > len(d.buf) {
			return nil, false
		}
		m := term.NewMap(nil, nil)
		for i := 0; i < n; i++ {
			k, ok1 := d.term()
			if !ok1 {
				return nil, false
			}
			v, ok2 := d.term()
			if !ok2 {
				return nil, false
			}
			m = m.Put(k, v)
		}
		return m, true
	case extNewPid:
		if _, ok := d.term(); !ok { // node
			return nil, false
		}
		id := d.u32()
		d.take(8) // serial, creation
		return term.Pid{ID: id}, true
	case extNewerReference:
		n := d.u16()
		if _, ok := d.term(); !ok {
			return nil, false
		}
		d.take(4) // creation
		ids := make([]int, n)
		for i := range ids {
			ids[i] = d.u32()
		}
		if n == 0 {
			return nil, false
		}
		return term.Ref{ID: ids[0]}, true
	}
	return nil, false
}

// elems reads n terms and builds a tuple or list of them. A count larger
// than the bytes left cannot be honest (every term takes a byte at
// least), so it fails before allocating: a forged header cannot make
// binary_to_term allocate gigabytes.
func (d *decoder) elems(n int, build func([]term.Term) term.Term) (term.Term, bool) {
	if n > len(d.buf) {
		return nil, false
	}
	es := make([]term.Term, n)
	for i := range es {
		x, ok := d.term()
		if !ok {
			return nil, false
		}
		es[i] = x
	}
	return build(es), true
}

// big reads a bignum's sign and n little-endian magnitude bytes; the
// result is a plain int when it fits (term.BigInt normalises).
func (d *decoder) big(n int) term.Term {
	sign := d.u8()
	le := d.take(n)
	be := make([]byte, n)
	for i, c := range le {
		be[n-1-i] = c
	}
	v := new(big.Int).SetBytes(be)
	if sign != 0 {
		v.Neg(v)
	}
	return term.BigInt(v)
}
