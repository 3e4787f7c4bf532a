package term

import (
	"math"
	"math/big"
)

// typeRank orders types as Erlang does:
// number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.
func typeRank(t Term) int {
	switch v := t.(type) {
	case int, *big.Int, float64:
		return 0
	case Atom:
		return 1
	case Ref:
		return 2
	case *Fun:
		return 3
	case Port:
		return 4
	case Pid:
		return 5
	case Tuple:
		return 6
	case *Map:
		return 7
	case List:
		if len(v) == 0 {
			return 8
		}
		return 9
	case Improper:
		return 9
	case Binary, Bitstring:
		return 10
	}
	return 11
}

// Compare orders two terms in Erlang's standard order, comparing numbers
// by value (so 1 and 1.0 compare equal, as with == and <).
// It returns -1, 0 or +1.
func Compare(a, b Term) int { return compare(a, b, false) }

// CompareExact is Compare except that an integer and a float are never
// equal: the integer sorts first when their values are equal. It is the
// order behind =:= and map keys.
func CompareExact(a, b Term) int { return compare(a, b, true) }

// Equal is Erlang's ==.
func Equal(a, b Term) bool { return Compare(a, b) == 0 }

// ExactEqual is Erlang's =:=.
func ExactEqual(a, b Term) bool { return CompareExact(a, b) == 0 }

// sign normalises a difference to -1, 0 or 1, what Compare promises.
func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// compare is Erlang's term order: first by type (number < atom <
// reference < fun < port < pid < tuple < map < nil < list < binary), then
// within the type. exact decides only whether 1 and 1.0 are equal (==)
// or ordered (=:=, and map keys, which are always compared exactly).
// Tuples and maps compare by size first, then element by element; funs
// by module, name, arity and then their identity within the module.
func compare(a, b Term, exact bool) int {
	ra, rb := typeRank(a), typeRank(b)
	if ra != rb {
		return sign(ra - rb)
	}
	switch x := a.(type) {
	case int, *big.Int, float64:
		return compareNumbers(a, b, exact)
	case Atom:
		y := b.(Atom)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case Ref:
		return sign(x.ID - b.(Ref).ID)
	case Port:
		return sign(x.ID - b.(Port).ID)
	case Pid:
		return sign(x.ID - b.(Pid).ID)
	case *Fun:
		y := b.(*Fun)
		if x == y {
			return 0
		}
		if c := compare(Atom(x.Module), Atom(y.Module), exact); c != 0 {
			return c
		}
		if c := compare(Atom(x.Name), Atom(y.Name), exact); c != 0 {
			return c
		}
		if x.Arity != y.Arity {
			return sign(x.Arity - y.Arity)
		}
		if x.Index != y.Index {
			return sign(x.Index - y.Index)
		}
		return sign(x.Uniq - y.Uniq)
	case Tuple:
		y := b.(Tuple)
		if len(x) != len(y) {
			return sign(len(x) - len(y))
		}
		for i := range x {
			if c := compare(x[i], y[i], exact); c != 0 {
				return c
			}
		}
		return 0
	case *Map:
		y := b.(*Map)
		if x.Len() != y.Len() {
			return sign(x.Len() - y.Len())
		}
		for i := range x.keys {
			if c := compare(x.keys[i], y.keys[i], true); c != 0 {
				return c
			}
		}
		for i := range x.vals {
			if c := compare(x.vals[i], y.vals[i], exact); c != 0 {
				return c
			}
		}
		return 0
	case List, Improper:
		return compareLists(a, b, exact)
	case Binary:
		y, ok := b.(Binary)
		if !ok {
			return compareBits(a, b)
		}
		for i := 0; i < len(x) && i < len(y); i++ {
			if x[i] != y[i] {
				return sign(int(x[i]) - int(y[i]))
			}
		}
		return sign(len(x) - len(y))
	case Bitstring:
		return compareBits(a, b)
	}
	return 0
}

// listParts splits a list term into its elements and its tail (nil for a
// proper list); a non-list is all tail.
func listParts(t Term) ([]Term, Term) {
	switch v := t.(type) {
	case List:
		return v, nil
	case Improper:
		return v.Elems, v.Tail
	}
	return nil, t
}

// compareLists compares lists as chains of cons cells, the way the BEAM
// does: element by element, and where one side runs out of elements its
// tail is compared with the rest of the other side, so [1|2] and [1,2]
// order as 2 against [2].
func compareLists(a, b Term, exact bool) int {
	ea, ta := listParts(a)
	eb, tb := listParts(b)
	for i := 0; ; i++ {
		switch {
		case i == len(ea) && i == len(eb):
			if ta == nil && tb == nil {
				return 0
			}
			if ta == nil {
				return -1
			}
			if tb == nil {
				return 1
			}
			return compare(ta, tb, exact)
		case i == len(ea):
			// a's remainder is its tail (or []), b still has elements.
			if ta == nil {
				return -1
			}
			return compare(ta, ConsN(eb[i:], orNil(tb)), exact)
		case i == len(eb):
			if tb == nil {
				return 1
			}
			return compare(ConsN(ea[i:], orNil(ta)), tb, exact)
		}
		if c := compare(ea[i], eb[i], exact); c != 0 {
			return c
		}
	}
}

// orNil is the tail nil stands for in listParts: [].
func orNil(t Term) Term {
	if t == nil {
		return List{}
	}
	return t
}

// compareNumbers compares by value across integers, bignums and floats;
// under exact comparison an integer sorts before the float of the same
// value, as in map key order.
func compareNumbers(a, b Term, exact bool) int {
	fa, aIsFloat := a.(float64)
	fb, bIsFloat := b.(float64)
	switch {
	case aIsFloat && bIsFloat:
		return compareFloats(fa, fb)
	case !aIsFloat && !bIsFloat:
		return ToBig(a).Cmp(ToBig(b))
	case aIsFloat:
		c := compareFloatInt(fa, b)
		if c == 0 && exact {
			return 1
		}
		return c
	default:
		c := -compareFloatInt(fb, a)
		if c == 0 && exact {
			return -1
		}
		return c
	}
}

// compareFloats is the order of two floats (Erlang floats are never
// NaN, so no case is missing).
func compareFloats(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// compareFloatInt compares a float with an integer exactly: through
// float64 while the integer is within 2^53, where the conversion is
// exact, and as big.Float beyond, where float64(n) would round.
func compareFloatInt(f float64, i Term) int {
	if n, ok := i.(int); ok && n > -(1<<53) && n < 1<<53 {
		return compareFloats(f, float64(n))
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return compareFloats(f, 0)
	}
	bf := new(big.Float).SetFloat64(f)
	return bf.Cmp(new(big.Float).SetInt(ToBig(i)))
}
