package builtins

import "goerl/term"

// bitstringBIFs are the BIFs that take bitstrings which are not whole
// bytes apart and put them together.
func bitstringBIFs() []Entry {
	return []Entry{
		erlangBIF("bitstring_to_list", 1, "the bytes of a bitstring, then its trailing bits as a bitstring", func(c *Call, a []term.Term) term.Term {
			data, size, ok := term.Bits(a[0])
			if !ok {
				badarg()
			}
			c.checkCells(size/8 + 1)
			l := make(term.List, 0, size/8+1)
			for _, b := range data[:size/8] {
				l = append(l, int(b))
			}
			if size%8 != 0 {
				l = append(l, term.MakeBits(data[size/8:], size%8))
			}
			return l
		}),
		erlangBIF("list_to_bitstring", 1, "a bitstring list (bytes, bitstrings, nested) as one bitstring", func(_ *Call, a []term.Term) term.Term {
			w := &bitAppender{}
			if _, isList := a[0].(term.List); !isList || !w.add(a[0]) {
				if _, isImp := a[0].(term.Improper); !isImp || !w.add(a[0]) {
					badarg()
				}
			}
			return term.MakeBits(w.buf, w.n)
		}),
	}
}

// bitAppender concatenates bitstrings bit by bit.
type bitAppender struct {
	buf []byte
	n   int // bits
}

// bits appends the first size bits of data.
func (w *bitAppender) bits(data []byte, size int) {
	if w.n%8 == 0 {
		w.buf = append(w.buf, data[:(size+7)/8]...)
		w.n += size
		return
	}
	for i := 0; i < size; i++ {
		if w.n%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if data[i/8]&(0x80>>(i%8)) != 0 {
			w.buf[w.n/8] |= 0x80 >> (w.n % 8)
		}
		w.n++
	}
}

// add appends a bitstring list element: a byte, a bitstring, or a list
// of them (whose tail may be a bitstring); false when t is none of these.
func (w *bitAppender) add(t term.Term) bool {
	switch v := t.(type) {
	case int:
		if v < 0 || v > 255 {
			return false
		}
		w.bits([]byte{byte(v)}, 8)
		return true
	case term.List:
		for _, e := range v {
			if !w.add(e) {
				return false
			}
		}
		return true
	case term.Improper:
		if !term.IsBitstring(v.Tail) {
			return false
		}
		return w.add(term.List(v.Elems)) && w.add(v.Tail)
	}
	data, size, ok := term.Bits(t)
	if ok {
		w.bits(data, size)
	}
	return ok
}
