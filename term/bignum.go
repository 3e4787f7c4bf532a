package term

import (
	"math"
	"math/big"
	"strings"
)

// Big integer text.
//
// math/big's SetString multiplies in one digit chunk at a time, which is
// quadratic: a 1,000,000-digit literal took 1.6-2.5 s, a 10,000,000-digit
// list_to_integer would take minutes of uninterruptible host time.
// ParseDigits splits the digits in halves and joins them as
// hi * base^len(lo) + lo, so the cost is that of a few big
// multiplications (Karatsuba) per level: 1,000,000 digits in tens of
// milliseconds. (Formatting, big.Int.Text, is already divide and conquer
// in math/big.)

// parseLeaf is the length below which SetString's direct loop is faster
// than splitting.
const parseLeaf = 2000

// DigitsFit reports whether n digits in base can make an integer within
// MaxIntBits (leading zeros count, so this errs on the safe side only for
// absurdly zero-padded text).
func DigitsFit(n, base int) bool {
	return float64(n-1)*math.Log2(float64(base)) < MaxIntBits
}

// ParseDigits parses unsigned digits in base 2..36 (no sign, no
// underscores); ok is false when a character is not a digit of base.
// Callers check DigitsFit first: the result is not bounded here.
func ParseDigits(digits string, base int) (n *big.Int, ok bool) {
	if digits == "" {
		return nil, false
	}
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		return new(big.Int), true
	}
	p := &digitParser{base: big.NewInt(int64(base)), ibase: base, pows: map[int]*big.Int{}}
	defer func() {
		if r := recover(); r != nil {
			if r != errNotDigit {
				panic(r)
			}
			n, ok = nil, false
		}
	}()
	return p.parse(digits), true
}

type digitParser struct {
	base  *big.Int
	ibase int
	pows  map[int]*big.Int // base^k for the split lengths k met so far
}

type notDigit struct{}

var errNotDigit any = notDigit{}

// parse reads a run of digits by halves (divide and conquer): the high
// half times base^k plus the low half, so a long integer costs
// O(M(n) log n) instead of the quadratic digit-by-digit loop, which
// matters for list_to_integer of a 100,000-digit string. A sign or an
// underscore, which SetString would accept, is rejected as a non-digit.
func (p *digitParser) parse(s string) *big.Int {
	if len(s) <= parseLeaf {
		n, ok := new(big.Int).SetString(s, p.ibase)
		if !ok || strings.ContainsAny(s, "+-_") {
			panic(errNotDigit)
		}
		return n
	}
	k := len(s) / 2
	hi, lo := p.parse(s[:len(s)-k]), p.parse(s[len(s)-k:])
	return hi.Add(hi.Mul(hi, p.pow(k)), lo)
}

// pow is base^k, memoised: the halving asks for the same few powers
// over and over.
func (p *digitParser) pow(k int) *big.Int {
	if x, ok := p.pows[k]; ok {
		return x
	}
	x := new(big.Int).Exp(p.base, big.NewInt(int64(k)), nil)
	p.pows[k] = x
	return x
}
