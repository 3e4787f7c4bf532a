package builtins

import (
	"math"
	"math/big"

	"goerl/term"
)

// add is Erlang's + on two numbers; ok is false for a non-number.
// It serves builtins that do + in erl's Erlang code (lists:sum, ...):
// the caller raises badarith with its own frame, hence ok instead of a
// panic here.
func add(a, b term.Term) (term.Term, bool) {
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			s := x + y
			// No overflow iff the sum moved from x in y's direction; otherwise
			// the exact sum is a bignum, as Erlang integers never overflow.
			if (s > x) == (y > 0) {
				return s, true
			}
			return term.BigInt(new(big.Int).Add(big.NewInt(int64(x)), big.NewInt(int64(y)))), true
		}
	case float64:
		// ToFloat fails for a bignum beyond float range: that is badarith, as
		// erl's float conversion of the operand fails.
		if y, ok := term.ToFloat(b); ok && term.IsNumber(b) {
			return x + y, checkFloat(x + y)
		}
		return nil, false
	}
	if !term.IsNumber(a) || !term.IsNumber(b) {
		return nil, false
	}
	if _, ok := b.(float64); ok {
		x, ok := term.ToFloat(a)
		if !ok {
			return nil, false
		}
		return x + b.(float64), checkFloat(x + b.(float64))
	}
	return term.BigInt(new(big.Int).Add(term.ToBig(a), term.ToBig(b))), true
}

// checkFloat reports whether f is a float Erlang can hold: there are no
// infinities or NaN, so an overflowing sum is badarith.
func checkFloat(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// raiseOperator raises error:badarith (or badarg) from an operator, with
// erl's frame {erlang,Op,Args,[error_info]}, below which comes the
// caller's frame.
func raiseOperator(reason term.Term, op string, args []term.Term, caller term.Tuple) {
	stack := term.List{Frame("erlang", op, args, nil)}
	if caller != nil {
		stack = append(stack, caller)
	}
	panic(&term.Exception{Class: atomError, Reason: reason, Stack: stack})
}
