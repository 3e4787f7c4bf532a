package builtins

import (
	"hash/fnv"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"

	"goerl/term"
)

// typeTest makes an is_* BIF from the term package's test.
func typeTest(name string, test func(term.Term) bool) Entry {
	return erlangBIF(name, 1, "type test", func(_ *Call, a []term.Term) term.Term { return term.Bool(test(a[0])) })
}

// erlangTermBIFs are erlang's BIFs on the data itself: tuples, lists,
// maps, sizes, comparisons, type tests, hashing, display. They never
// touch the runtime, so they are the ones tests call without a process.
func erlangTermBIFs() []Entry {
	return []Entry{
		erlangBIF("element", 2, "the N-th element of a tuple", func(_ *Call, a []term.Term) term.Term {
			n, ok1 := a[0].(int)
			t, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || n < 1 || n > len(t) {
				badarg()
			}
			return t[n-1]
		}),
		erlangBIF("setelement", 3, "a copy of a tuple with the N-th element replaced", func(_ *Call, a []term.Term) term.Term {
			n, ok1 := a[0].(int)
			t, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || n < 1 || n > len(t) {
				badarg()
			}
			// Terms are immutable and may be shared, so setelement copies the
			// tuple.
			out := append(term.Tuple(nil), t...)
			out[n-1] = a[2]
			return out
		}),
		erlangBIF("tuple_size", 1, "the number of elements of a tuple", func(_ *Call, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok {
				badarg()
			}
			return len(t)
		}),
		// size/1 is the old polymorphic size: tuples and binaries only; lists
		// and maps are badarg, as in erl.
		erlangBIF("size", 1, "the size of a tuple or binary", func(_ *Call, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case term.Tuple:
				return len(v)
			case term.Binary:
				return len(v)
			case term.Bitstring:
				// Whole bytes only: size(<<1:3>>) is 0, where byte_size is 1.
				return v.Size / 8
			}
			badarg()
			return nil
		}),
		erlangBIF("byte_size", 1, "the number of bytes a bitstring takes, rounded up", func(_ *Call, a []term.Term) term.Term {
			_, n, ok := term.Bits(a[0])
			if !ok {
				badarg()
			}
			return (n + 7) / 8
		}),
		erlangBIF("length", 1, "the length of a proper list", func(_ *Call, a []term.Term) term.Term {
			l, ok := properList(a[0])
			if !ok {
				badarg()
			}
			return len(l)
		}),
		erlangBIF("hd", 1, "the head of a list", func(_ *Call, a []term.Term) term.Term {
			switch l := a[0].(type) {
			case term.List:
				if len(l) > 0 {
					return l[0]
				}
			case term.Improper:
				return l.Elems[0]
			}
			badarg()
			return nil
		}),
		erlangBIF("tl", 1, "the tail of a list", func(_ *Call, a []term.Term) term.Term {
			switch l := a[0].(type) {
			case term.List:
				if len(l) > 0 {
					return l[1:]
				}
			case term.Improper:
				return term.ConsN(l.Elems[1:], l.Tail)
			}
			badarg()
			return nil
		}),
		erlangBIF("tuple_to_list", 1, "the elements of a tuple as a list", func(_ *Call, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok {
				badarg()
			}
			return append(term.List{}, t...)
		}),
		erlangBIF("list_to_tuple", 1, "a tuple of a list's elements", func(_ *Call, a []term.Term) term.Term {
			l, ok := properList(a[0])
			if !ok {
				badarg()
			}
			return append(term.Tuple{}, l...)
		}),
		erlangBIF("make_tuple", 2, "a tuple of N copies of a term", func(c *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			// A tuple beyond the arity limit is badarg, and the cells are
			// checked against the allocation budget before the tuple is made.
			if !ok || n < 0 || n > maxTupleArity {
				badarg()
			}
			return term.Tuple(c.copies(n, a[1]))
		}),
		erlangBIF("append_element", 2, "a tuple with one more element at the end", func(c *Call, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok || len(t) >= maxTupleArity {
				badarg()
			}
			c.checkCells(len(t) + 1)
			return append(append(term.Tuple{}, t...), a[1])
		}),
		erlangBIF("map_size", 1, "the number of associations in a map", func(_ *Call, a []term.Term) term.Term {
			m, ok := a[0].(*term.Map)
			if !ok {
				// map_size of a non-map raises {badmap, T}, not badarg, as in erl.
				fail(term.Tuple{term.Atom("badmap"), a[0]})
			}
			return m.Len()
		}),
		erlangBIF("max", 2, "the larger of two terms", func(_ *Call, a []term.Term) term.Term {
			// max/2 and min/2 use term order with ==, so of 1 and 1.0 the first
			// argument is returned: max(1, 1.0) is 1, max(1.0, 1) is 1.0.
			if term.Compare(a[0], a[1]) < 0 {
				return a[1]
			}
			return a[0]
		}),
		erlangBIF("min", 2, "the smaller of two terms", func(_ *Call, a []term.Term) term.Term {
			if term.Compare(a[0], a[1]) > 0 {
				return a[1]
			}
			return a[0]
		}),
		typeTest("is_atom", func(t term.Term) bool { _, ok := t.(term.Atom); return ok }),
		typeTest("is_integer", term.IsInteger),
		typeTest("is_float", func(t term.Term) bool { _, ok := t.(float64); return ok }),
		typeTest("is_number", term.IsNumber),
		typeTest("is_list", term.IsList),
		typeTest("is_tuple", func(t term.Term) bool { _, ok := t.(term.Tuple); return ok }),
		typeTest("is_pid", func(t term.Term) bool { _, ok := t.(term.Pid); return ok }),
		typeTest("is_port", func(t term.Term) bool { _, ok := t.(term.Port); return ok }),
		typeTest("is_reference", func(t term.Term) bool { _, ok := t.(term.Ref); return ok }),
		typeTest("is_function", isFun),
		typeTest("is_binary", func(t term.Term) bool { _, ok := t.(term.Binary); return ok }),
		typeTest("is_bitstring", term.IsBitstring),
		typeTest("is_map", func(t term.Term) bool { _, ok := t.(*term.Map); return ok }),
		typeTest("is_boolean", func(t term.Term) bool { return t == term.True || t == term.False }),
		erlangBIF("is_record", 2, "whether a term is a tuple tagged with the atom", func(_ *Call, a []term.Term) term.Term {
			tag, ok := a[1].(term.Atom)
			if !ok {
				badarg()
			}
			t, ok := a[0].(term.Tuple)
			// is_record/2 only checks the tag, since without the record
			// definition the size is unknown; is_record/3 also the size.
			return term.Bool(ok && len(t) > 0 && t[0] == tag)
		}),
		erlangBIF("is_record", 3, "whether a term is a tuple of the size tagged with the atom", func(_ *Call, a []term.Term) term.Term {
			tag, ok1 := a[1].(term.Atom)
			size, ok2 := a[2].(int)
			if !ok1 || !ok2 {
				badarg()
			}
			t, ok := a[0].(term.Tuple)
			return term.Bool(ok && len(t) == size && size > 0 && t[0] == tag)
		}),
		erlangBIF("is_function", 2, "whether a term is a fun of the given arity", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[1].(int)
			if !ok || n < 0 {
				badarg()
			}
			f, ok := a[0].(*term.Fun)
			return term.Bool(ok && f.Arity == n)
		}),
		erlangBIF("is_map_key", 2, "whether a map has a key", func(_ *Call, a []term.Term) term.Term {
			m, ok := a[1].(*term.Map)
			if !ok {
				fail(term.Tuple{term.Atom("badmap"), a[1]})
			}
			_, found := m.Get(a[0])
			return term.Bool(found)
		}),
		erlangBIF("map_get", 2, "the value of a key in a map", func(_ *Call, a []term.Term) term.Term {
			m, ok := a[1].(*term.Map)
			if !ok {
				fail(term.Tuple{term.Atom("badmap"), a[1]})
			}
			v, found := m.Get(a[0])
			if !found {
				fail(term.Tuple{term.Atom("badkey"), a[0]})
			}
			return v
		}),
		erlangBIF("display", 1, "print a term in erts' own format and a newline; true", func(c *Call, a []term.Term) term.Term {
			if c.Out != nil {
				io.WriteString(c.Out, displayText(a[0])+"\n")
			}
			return term.True
		}),
		erlangBIF("phash2", 1, "a portable hash of a term in 0..2^27-1", func(_ *Call, a []term.Term) term.Term {
			return phash2(a[0], phash2Range)
		}),
		erlangBIF("phash2", 2, "a portable hash of a term in 0..Range-1", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[1].(int)
			// Range may be up to 2^32, as erl allows.
			if !ok || n < 1 || n > 1<<32 {
				badarg()
			}
			return phash2(a[0], n)
		}),
		erlangBIF("insert_element", 3, "a tuple with Term inserted at position N", func(_ *Call, a []term.Term) term.Term {
			n, ok1 := a[0].(int)
			t, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || n < 1 || n > len(t)+1 {
				badarg()
			}
			out := make(term.Tuple, 0, len(t)+1)
			out = append(append(append(out, t[:n-1]...), a[2]), t[n-1:]...)
			return out
		}),
		erlangBIF("delete_element", 2, "a tuple without its N-th element", func(_ *Call, a []term.Term) term.Term {
			n, ok1 := a[0].(int)
			t, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || n < 1 || n > len(t) {
				badarg()
			}
			out := make(term.Tuple, 0, len(t)-1)
			return append(append(out, t[:n-1]...), t[n:]...)
		}),
		erlangBIF("fun_info", 1, "what a fun is: module, name, arity, env, type", func(_ *Call, a []term.Term) term.Term {
			f, ok := a[0].(*term.Fun)
			if !ok {
				badarg()
			}
			items := []string{"module", "name", "arity", "env", "type"}
			if !f.External {
				items = []string{"module", "index", "uniq", "name", "arity", "env", "type"}
			}
			out := make(term.List, len(items))
			for i, k := range items {
				out[i] = funInfo(f, term.Atom(k))
			}
			return out
		}),
		erlangBIF("fun_info", 2, "{Item, Value} for a fun: module, name, arity, env, type, ...", func(_ *Call, a []term.Term) term.Term {
			f, ok1 := a[0].(*term.Fun)
			item, ok2 := a[1].(term.Atom)
			if !ok1 || !ok2 {
				badarg()
			}
			return funInfo(f, item)
		}),
		erlangBIF("binary_part", 3, "binary_part(Bin, Start, Length): Length may be negative", func(_ *Call, a []term.Term) term.Term {
			return binaryPart(a[0], a[1], a[2])
		}),
		erlangBIF("bit_size", 1, "the number of bits of a bitstring", func(_ *Call, a []term.Term) term.Term {
			_, n, ok := term.Bits(a[0])
			if !ok {
				badarg()
			}
			return n
		}),
	}
}

// erlangNumberBIFs are abs/1, float/1 and the rounding BIFs, which accept
// any integer (big ones too) and floats.
func erlangNumberBIFs() []Entry {
	return []Entry{
		erlangBIF("abs", 1, "the absolute value of a number", func(_ *Call, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case int:
				// -MinInt overflows int: the result is a bignum, as Erlang integers
				// never overflow.
				if v == math.MinInt {
					return new(big.Int).Neg(big.NewInt(int64(v)))
				}
				if v < 0 {
					return -v
				}
				return v
			case *big.Int:
				return term.BigInt(new(big.Int).Abs(v))
			case float64:
				return math.Abs(v)
			}
			badarg()
			return nil
		}),
		erlangBIF("float", 1, "a number as a float", func(_ *Call, a []term.Term) term.Term {
			// SKIP
			f, ok := term.ToFloat(a[0])
			if !ok {
				badarg()
			}
			return f
		}),
		erlangBIF("round", 1, "the nearest integer", roundWith(math.Round)),
		erlangBIF("trunc", 1, "the integer part", roundWith(math.Trunc)),
		erlangBIF("ceil", 1, "the smallest integer not below", roundWith(math.Ceil)),
		erlangBIF("floor", 1, "the largest integer not above", roundWith(math.Floor)),
	}
}

// roundWith makes a float-to-integer BIF; integers pass through.
func roundWith(f func(float64) float64) func(*Call, []term.Term) term.Term {
	return func(_ *Call, a []term.Term) term.Term {
		switch v := a[0].(type) {
		case int, *big.Int:
			return v
		case float64:
			return floatToInteger(f(v))
		}
		badarg()
		return nil
	}
}

// floatToInteger converts an integral float to an integer term.
func floatToInteger(f float64) term.Term {
	// Within ±2^62 the conversion to int is exact and cheap; beyond it a
	// float is still an integer (all floats that large are), converted
	// exactly through big.Float.
	if f >= -(1<<62) && f <= 1<<62 {
		return int(f)
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return term.BigInt(b)
}

// phash2Range is erlang:phash2/1's range, 2^27.
const phash2Range = 1 << 27

// binaryPart is binary_part/3 (and binary:part/3).
func binaryPart(bin, start, length term.Term) term.Term {
	b, ok1 := bin.(term.Binary)
	// A bitstring's whole bytes can be taken apart: binary_part(<<1,2:3>>, 0, 1)
	// is <<1>>.
	if bs, ok := bin.(term.Bitstring); ok {
		b, ok1 = bs.Whole(), true
	}
	s, ok2 := start.(int)
	n, ok3 := length.(int)
	if !ok1 || !ok2 || !ok3 {
		badarg()
	}
	// A negative length counts back from Start: binary_part(B, 3, -2) is
	// the two bytes before position 3.
	if n < 0 {
		s, n = s+n, -n
	}
	if s < 0 || s+n > len(b) {
		badarg()
	}
	return append(term.Binary{}, b[s:s+n]...)
}

// phash2 hashes t's external format into 0..n-1. It is stable across
// runs and equal for =:= terms, like erl's, but the numbers differ from
// erl's (which hashes the term structure with its own function).
func phash2(t term.Term, n int) int {
	b, ok := encodeTerm(t)
	if !ok {
		b = []byte(term.Sprint(t))
	}
	h := fnv.New32a()
	h.Write(b)
	return int(uint64(h.Sum32()) % uint64(n))
}

// funInfo is one {Item,Value} of erlang:fun_info/2.
func funInfo(f *term.Fun, item term.Atom) term.Tuple {
	var v term.Term
	switch item {
	case "module":
		v = term.Atom(f.Module)
	case "name":
		name := f.Name
		if !f.External && name == "" {
			name = "-fun-" + strconv.Itoa(f.Index) + "-"
		}
		v = term.Atom(name)
	case "arity":
		v = f.Arity
	// A fun's captured bindings live in its Impl (the evaluator's
	// closure), not as a term list; fun_info reports an empty env rather
	// than a fabricated one.
	case "env":
		v = term.List{}
	case "type":
		v = term.Atom("local")
		if f.External {
			v = term.Atom("external")
		}
	case "index", "new_index":
		v = f.Index
		if f.External {
			v = term.Undefined
		}
	case "uniq", "new_uniq":
		v = f.Uniq
		if f.External {
			v = term.Undefined
		}
	case "pid":
		v = term.Undefined
	default:
		badarg()
	}
	return term.Tuple{item, v}
}

// displayText is how erlang:display/1 prints: like ~w, except printable
// strings in double quotes and floats in C's %e format.
func displayText(t term.Term) string {
	var b strings.Builder
	writeDisplay(&b, t)
	return b.String()
}

// writeDisplay is erts' own term printer behind erlang:display/1, which
// is not io_lib's: floats in C's %e form, no spaces after commas, and
// only plain printable ASCII lists as strings (see displayPrintable).
func writeDisplay(b *strings.Builder, t term.Term) {
	switch v := t.(type) {
	case float64:
		b.WriteString(strconv.FormatFloat(v, 'e', 6, 64))
	case term.List:
		if len(v) > 0 && displayPrintable(v) {
			b.WriteByte('"')
			for _, c := range v {
				r := rune(c.(int))
				if r == '"' || r == '\\' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			b.WriteByte('"')
			return
		}
		writeDisplaySeq(b, "[", "]", v, nil)
	case term.Improper:
		writeDisplaySeq(b, "[", "]", v.Elems, v.Tail)
	case term.Tuple:
		writeDisplaySeq(b, "{", "}", v, nil)
	case *term.Map:
		b.WriteString("#{")
		for i, k := range v.Keys() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeDisplay(b, k)
			b.WriteString("=>")
			writeDisplay(b, v.Values()[i])
		}
		b.WriteByte('}')
	default:
		b.WriteString(term.Sprint(t))
	}
}

// writeDisplaySeq prints a tuple's or list's elements between open and
// closing, with a |Tail for an improper list.
func writeDisplaySeq(b *strings.Builder, open, closing string, elems []term.Term, tail term.Term) {
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteByte(',')
		}
		writeDisplay(b, e)
	}
	if tail != nil {
		b.WriteByte('|')
		writeDisplay(b, tail)
	}
	b.WriteString(closing)
}

// displayPrintable is erts' test for printing a list as a string:
// printable ASCII and common whitespace only.
func displayPrintable(l term.List) bool {
	for _, e := range l {
		c, ok := e.(int)
		if !ok || !(c >= 32 && c < 127 || c == '\n' || c == '\t') {
			return false
		}
	}
	return true
}
