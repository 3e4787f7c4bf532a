package eval

import (
	"math"
	"math/big"
	"math/bits"

	"goerl/term"
)

// Operators, with erl's exception reasons and operator frames.

// checkFloat is the float result of op on a and b. Erlang floats have no
// infinity or NaN: an operation that overflows to one raises badarith
// with the operator frame, as erl does for 1.0e308 * 10.
func checkFloat(f float64, op string, a, b term.Term) term.Term {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		badarith(op, a, b)
	}
	return f
}

// arith applies + - * / div rem band bor bxor bsl bsr.
func arith(op string, a, b term.Term) term.Term {
	if !term.IsNumber(a) || !term.IsNumber(b) {
		badarith(op, a, b)
	}
	_, af := a.(float64)
	_, bf := b.(float64)
	isFloat := af || bf
	switch op {
	case "+", "-", "*":
		if isFloat {
			x, ok1 := term.ToFloat(a)
			y, ok2 := term.ToFloat(b)
			// A bignum too large for a float (ToFloat fails) is badarith, as erl
			// raises when converting such an operand.
			if !ok1 || !ok2 {
				badarith(op, a, b)
			}
			switch op {
			case "+":
				return checkFloat(x+y, op, a, b)
			case "-":
				return checkFloat(x-y, op, a, b)
			}
			return checkFloat(x*y, op, a, b)
		}
		// Small integers stay on the machine-word path; only an overflow moves to
		// big.Int.
		if x, ok := a.(int); ok {
			if y, ok := b.(int); ok {
				if r, ok := intArith(op, x, y); ok {
					return r
				}
			}
		}
		x, y := term.ToBig(a), term.ToBig(b)
		if op == "*" && !term.IntFits(x.BitLen()+y.BitLen()-1) {
			// Refused before multiplying: the product would take
			// memory and uninterruptible time beyond erl's bignum limit.
			raiseOp(term.Atom("system_limit"), op, a, b)
		}
		r := new(big.Int)
		switch op {
		case "+":
			r.Add(x, y)
		case "-":
			r.Sub(x, y)
		default:
			r.Mul(x, y)
		}
		if !term.BigFits(r) {
			raiseOp(term.Atom("system_limit"), op, a, b)
		}
		return term.BigInt(r)
	case "/":
		x, ok1 := term.ToFloat(a)
		y, ok2 := term.ToFloat(b)
		// / always gives a float, even for two integers (4 / 2 is 2.0), and
		// dividing by zero, integer or float, is badarith.
		if !ok1 || !ok2 || y == 0 {
			badarith(op, a, b)
		}
		return checkFloat(x/y, op, a, b)
	}
	if isFloat {
		badarith(op, a, b)
	}
	return intOp(op, a, b)
}

// intArith does int + - * when the result does not overflow.
func intArith(op string, x, y int) (int, bool) {
	switch op {
	case "+":
		r := x + y
		return r, (r > x) == (y > 0)
	case "-":
		r := x - y
		return r, (r < x) == (y > 0)
	}
	// The unsigned 128-bit product of the magnitudes tells overflow exactly;
	// abs(MinInt) wraps to 1<<63, which the MaxInt64 test sends to the
	// big path unless the other factor is 0.
	hi, lo := bits.Mul64(uint64(abs(x)), uint64(abs(y)))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	return x * y, true
}

// abs is |x| for the integer operators' overflow checks.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// intOp is the integer-only operators (div, rem, band, bor, bxor, bsl,
// bsr) on big integers, normalised back to int when the result fits.
func intOp(op string, a, b term.Term) term.Term {
	x, y := term.ToBig(a), term.ToBig(b)
	r := new(big.Int)
	switch op {
	case "div", "rem":
		if y.Sign() == 0 {
			badarith(op, a, b)
		}
		if op == "div" {
			r.Quo(x, y)
		} else {
			r.Rem(x, y)
		}
	case "band":
		r.And(x, y)
	case "bor":
		r.Or(x, y)
	case "bxor":
		r.Xor(x, y)
	case "bsl", "bsr":
		// A left shift is refused when its result would exceed erl's
		// bignum limit (1 bsl 33554367 is the largest power of two), as
		// erl refuses it; a right shift by any int64 amount is cheap.
		if !y.IsInt64() || y.Int64() == math.MinInt64 {
			raiseOp(term.Atom("system_limit"), op, a, b)
		}
		n := y.Int64()
		if op == "bsr" {
			n = -n
		}
		if n > 0 && x.Sign() != 0 && (n > term.MaxIntBits || !term.IntFits(x.BitLen()+int(n))) {
			raiseOp(term.Atom("system_limit"), op, a, b)
		}
		if n >= 0 {
			r.Lsh(x, uint(n))
		} else {
			r.Rsh(x, uint(-n))
		}
	default:
		badarith(op, a, b)
	}
	return term.BigInt(r)
}

// negate is unary minus; -MinInt does not fit an int and becomes a
// bignum, as Erlang integers never overflow.
func negate(a term.Term) term.Term {
	switch v := a.(type) {
	case int:
		if v == math.MinInt {
			return term.BigInt(new(big.Int).Neg(big.NewInt(int64(v))))
		}
		return -v
	case float64:
		return -v
	case *big.Int:
		return term.BigInt(new(big.Int).Neg(v))
	}
	badarith("-", a)
	return nil
}

// unary applies a prefix operator with erl's errors: badarith for the
// arithmetic ones, badarg for not.
func unary(op string, a term.Term) term.Term {
	switch op {
	case "-":
		return negate(a)
	case "+":
		if !term.IsNumber(a) {
			badarith("+", a)
		}
		return a
	case "bnot":
		if !term.IsInteger(a) {
			badarith("bnot", a)
		}
		return term.BigInt(new(big.Int).Not(term.ToBig(a)))
	case "not":
		switch a {
		case term.True:
			return term.False
		case term.False:
			return term.True
		}
		badarg("not", a)
	}
	panic("eval: unknown unary operator " + op)
}

// isBool is true or false, the only operands and, or and xor take.
func isBool(t term.Term) bool { return t == term.True || t == term.False }

// boolOp is and, or, xor: both operands are evaluated (unlike andalso
// and orelse) and must be booleans, else badarg.
func boolOp(op string, a, b term.Term) term.Term {
	if !isBool(a) || !isBool(b) {
		badarg(op, a, b)
	}
	x, y := a == term.True, b == term.True
	switch op {
	case "and":
		return term.Bool(x && y)
	case "or":
		return term.Bool(x || y)
	}
	return term.Bool(x != y)
}

// compareOp is the term comparisons in erl's total order (number < atom <
// reference < fun < port < pid < tuple < map < nil < list < binary).
// == and /= compare numbers by value (1 == 1.0); =:= and =/= also by type.
func compareOp(op string, a, b term.Term) term.Term {
	switch op {
	case "==":
		return term.Bool(term.Compare(a, b) == 0)
	case "/=":
		return term.Bool(term.Compare(a, b) != 0)
	case "=:=":
		return term.Bool(term.CompareExact(a, b) == 0)
	case "=/=":
		return term.Bool(term.CompareExact(a, b) != 0)
	case "<":
		return term.Bool(term.Compare(a, b) < 0)
	case "=<":
		return term.Bool(term.Compare(a, b) <= 0)
	case ">":
		return term.Bool(term.Compare(a, b) > 0)
	}
	return term.Bool(term.Compare(a, b) >= 0)
}

// properElems returns the elements of a proper list.
func properElems(t term.Term) ([]term.Term, bool) {
	l, ok := t.(term.List)
	return l, ok
}

// listOp is ++ and --: the left operand must be a proper list (the right
// one may be anything for ++, which becomes the tail).
func listOp(op string, a, b term.Term) term.Term {
	x, ok := properElems(a)
	if !ok {
		badarg(op, a, b)
	}
	if op == "++" {
		return term.ConsN(x, b)
	}
	y, ok := properElems(b)
	if !ok {
		badarg(op, a, b)
	}
	out := append(term.List{}, x...)
	for _, e := range y {
		for i, o := range out {
			if term.CompareExact(o, e) == 0 {
				out = append(out[:i:i], out[i+1:]...)
				break
			}
		}
	}
	return out
}

// binaryOp applies an operator other than = ! andalso orelse.
func binaryOp(op string, a, b term.Term) term.Term {
	switch op {
	case "==", "/=", "=:=", "=/=", "<", "=<", ">", ">=":
		return compareOp(op, a, b)
	case "and", "or", "xor":
		return boolOp(op, a, b)
	case "++", "--":
		return listOp(op, a, b)
	}
	return arith(op, a, b)
}
