package builtins

import (
	"math"
	"math/big"

	"goerl/term"
)

func typeTest(name string, test func(term.Term) bool) Entry {
	return erlangBIF(name, 1, "type test", func(_ *Call, a []term.Term) term.Term { return term.Bool(test(a[0])) })
}

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
		erlangBIF("size", 1, "the size of a tuple or binary", func(_ *Call, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case term.Tuple:
				return len(v)
			case term.Binary:
				return len(v)
			}
			badarg()
			return nil
		}),
		erlangBIF("byte_size", 1, "the number of bytes of a binary", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			return len(b)
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
		erlangBIF("make_tuple", 2, "a tuple of N copies of a term", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			if !ok || n < 0 || n > 1<<24 {
				badarg()
			}
			t := make(term.Tuple, n)
			for i := range t {
				t[i] = a[1]
			}
			return t
		}),
		erlangBIF("append_element", 2, "a tuple with one more element at the end", func(_ *Call, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok {
				badarg()
			}
			return append(append(term.Tuple{}, t...), a[1])
		}),
		erlangBIF("map_size", 1, "the number of associations in a map", func(_ *Call, a []term.Term) term.Term {
			m, ok := a[0].(*term.Map)
			if !ok {
				fail(term.Tuple{term.Atom("badmap"), a[0]})
			}
			return m.Len()
		}),
		erlangBIF("max", 2, "the larger of two terms", func(_ *Call, a []term.Term) term.Term {
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
		typeTest("is_bitstring", func(t term.Term) bool { _, ok := t.(term.Binary); return ok }),
		typeTest("is_map", func(t term.Term) bool { _, ok := t.(*term.Map); return ok }),
		typeTest("is_boolean", func(t term.Term) bool { return t == term.True || t == term.False }),
		erlangBIF("is_record", 2, "whether a term is a tuple tagged with the atom", func(_ *Call, a []term.Term) term.Term {
			tag, ok := a[1].(term.Atom)
			if !ok {
				badarg()
			}
			t, ok := a[0].(term.Tuple)
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
	}
}

func erlangNumberBIFs() []Entry {
	return []Entry{
		erlangBIF("abs", 1, "the absolute value of a number", func(_ *Call, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case int:
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
	if f >= -(1<<62) && f <= 1<<62 {
		return int(f)
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return term.BigInt(b)
}
