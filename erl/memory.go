package erl

import (
	"math/big"
	"reflect"

	"goerl/term"
)

// Grow is what the source rewrite calls before make(T, n) (see package
// interp): t is a nil value of T (a slice, map or channel type), n the
// length, capacity or size hint. It returns n, after checking the
// allocation against the runtime's memory budgets (error:system_limit
// when it is over them).
func (a *api) Grow(t any, n int) int {
	if n > 0 {
		a.ctx.Runtime.Alloc(saturatedMul(n, elemSize(reflect.TypeOf(t))))
	}
	return n
}

// GrowString is what the rewrite calls before a string concatenation of
// n bytes (s += t on a string variable): it checks the allocation.
func (a *api) GrowString(n int) { a.ctx.Runtime.Alloc(n) }

// GrowAppend is what the rewrite calls before an append of k elements
// to s that needs a bigger array: it checks the array append will make.
func (a *api) GrowAppend(s any, k int) {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Slice || k <= 0 {
		return
	}
	need := v.Len() + k
	// append's growth: double small slices, a quarter more for big ones.
	c := v.Cap()
	grown := c + c/4
	if c < 256 {
		grown = 2 * c
	}
	if grown < need {
		grown = need
	}
	a.ctx.Runtime.Alloc(saturatedMul(grown, int(v.Type().Elem().Size())))
}

func elemSize(t reflect.Type) int {
	if t == nil {
		return 1
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Chan:
		return max(int(t.Elem().Size()), 1)
	case reflect.Map:
		// A map entry holds its key and value, plus about 8 bytes of
		// bucket overhead.
		return int(t.Key().Size()+t.Elem().Size()) + 8
	}
	return 1
}

// saturatedMul is n*size, or the largest int when that overflows.
func saturatedMul(n, size int) int {
	if size != 0 && n > int(^uint(0)>>1)/size {
		return int(^uint(0) >> 1)
	}
	return n * size
}

// Host work on big integers is bounded so that a kill or Ctrl-C is not
// kept waiting by one long host call (module code itself is checked at
// every function entry and every 1024 loop iterations). The rewrite
// checks the arguments of z.Exp(x, y, m) and z.Lsh(x, n) on math/big
// integers (ExpArgs, LshArgs), which raise error:system_limit past these bounds; the
// longest call they allow takes about 0.1 s.
const (
	// maxExpBits bounds the result of an Exp without modulus (~60 ms).
	maxExpBits = 1 << 22
	// maxModExpCost bounds bits(y)*bits(m)^2 of a modular Exp (~60 ms).
	maxModExpCost = 1 << 37
)

// ExpArgs checks the arguments of z.Exp(x, y, m) against the bounds
// above and returns them: the rewrite makes the call z.Exp(ExpArgs(x, y,
// m)), so the receiver stays as the user wrote it.
func (a *api) ExpArgs(x, y, m *big.Int) (*big.Int, *big.Int, *big.Int) {
	a.check()
	if x == nil || y == nil {
		return x, y, m // let math/big fail as it does
	}
	if m == nil || m.Sign() == 0 {
		if y.Sign() > 0 && x.BitLen() > 1 {
			if y.BitLen() > 32 || int64(x.BitLen()-1)*y.Int64() > maxExpBits {
				raiseSystemLimit()
			}
			a.ctx.Runtime.Alloc(int(int64(x.BitLen())*y.Int64()/8) + 8)
		}
		return x, y, m
	}
	mb, yb := uint64(m.BitLen()), uint64(y.BitLen())
	if mb > 1<<20 || yb > 1<<40 || yb*mb*mb > maxModExpCost {
		raiseSystemLimit()
	}
	return x, y, m
}

// LshArgs checks the arguments of z.Lsh(x, n) against term's bound on
// integer size and returns them.
func (a *api) LshArgs(x *big.Int, n uint) (*big.Int, uint) {
	a.check()
	if x != nil && x.Sign() != 0 {
		if n > uint(term.MaxIntBits) || x.BitLen()+int(n) > term.MaxIntBits {
			raiseSystemLimit()
		}
		a.ctx.Runtime.Alloc((x.BitLen() + int(n)) / 8)
	}
	return x, n
}

func raiseSystemLimit() { term.RaiseError(term.Atom("system_limit")) }
