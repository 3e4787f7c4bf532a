package term

import "math/big"

// Limits bound what one step of a program may build, so that a typo at
// the prompt (lists:duplicate(1 bsl 40, a), <<0:99999999999>>) raises
// error:system_limit, the reason erl gives for exhausted resources,
// instead of exhausting the machine's memory and killing the shell with
// Go's unrecoverable "fatal error: out of memory".
//
// The budget is for one allocation: one term (or one piece of text) that
// a BIF or a construct is asked to build from a size argument or from the
// sizes of its inputs. What a process accumulates over many steps is the
// process memory budget's business, not this one's.
//
// The zero value means the defaults. A Limits value belongs to whoever
// runs programs (the shell gives the same one to the evaluator and to
// the BIF dispatcher); there is no process-wide setting.
type Limits struct {
	// MaxAlloc is the most bytes one allocation may take (default
	// DefaultMaxAlloc). Sizes are estimated with the Go representation's
	// costs: CellBytes per element of a list or tuple, one byte per byte
	// of a binary or of text.
	MaxAlloc int
}

// DefaultMaxAlloc is the default budget for one allocation: 1 GiB fits a
// 4-8 GB laptop with the shell, a few such terms and the Go runtime's
// headroom, and still allows lists of 64 million elements.
const DefaultMaxAlloc = 1 << 30

// CellBytes is what one element of a List or Tuple costs: a Go interface
// value (two words).
const CellBytes = 16

// MaxIntBits is the largest integer, in bits of magnitude, that goerl
// builds: erl's own bignum limit (OTP 25 on 64 bits: 1 bsl 33554367 is
// the largest power of two, 1 bsl 33554368 raises system_limit). Any
// arithmetic whose result would be larger raises system_limit, as in erl.
const MaxIntBits = 1<<25 - 64

// Max returns the budget for one allocation in bytes.
func (l Limits) Max() int {
	if l.MaxAlloc <= 0 {
		return DefaultMaxAlloc
	}
	return l.MaxAlloc
}

// Fits reports whether n items of size bytes each fit in one allocation.
// A negative n never fits (it is a size computed from a bad argument).
func (l Limits) Fits(n, size int) bool {
	if n < 0 {
		return false
	}
	if size <= 0 {
		return true
	}
	return n <= l.Max()/size
}

// IntFits reports whether an integer of bits bits of magnitude is within
// MaxIntBits.
func IntFits(bits int) bool { return bits <= MaxIntBits }

// BigFits reports whether x is within MaxIntBits.
func BigFits(x *big.Int) bool { return x.BitLen() <= MaxIntBits }
