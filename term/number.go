package term

import (
	"math"
	"math/big"
)

// ToBig returns an integer term as a big.Int (a fresh one for an int; the
// term's own for a *big.Int, which must not be modified). It returns nil
// for anything that is not an integer.
func ToBig(t Term) *big.Int {
	switch v := t.(type) {
	case int:
		return big.NewInt(int64(v))
	case *big.Int:
		return v
	}
	return nil
}

// ToFloat converts a number to float64. ok is false for non-numbers and
// for integers too large for a float (erl raises badarg or badarith there).
func ToFloat(t Term) (float64, bool) {
	switch v := t.(type) {
	case int:
		return float64(v), true
	case float64:
		return v, true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		return f, !math.IsInf(f, 0)
	}
	return 0, false
}
