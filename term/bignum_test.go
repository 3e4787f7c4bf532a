package term

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestParseDigits compares the divide-and-conquer parser with
// math/big's SetString on texts on both sides of the split length.
func TestParseDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	digits := "0123456789abcdefghijklmnopqrstuvwxyz"
	for _, base := range []int{2, 7, 10, 16, 36} {
		for _, n := range []int{1, 5, parseLeaf, parseLeaf + 1, 3*parseLeaf + 17, 20000} {
			var sb strings.Builder
			for i := 0; i < n; i++ {
				sb.WriteByte(digits[r.IntN(base)])
			}
			s := sb.String()
			want, _ := new(big.Int).SetString(s, base)
			got, ok := ParseDigits(s, base)
			if !ok || got.Cmp(want) != 0 {
				t.Errorf("ParseDigits(%d digits, base %d) = %v, want the value SetString gives", n, base, ok)
			}
		}
	}
	for _, bad := range []string{"", "12x", "-5", "1_000", strings.Repeat("9", 3*parseLeaf) + "a", strings.Repeat("9", 3*parseLeaf) + "+"} {
		if _, ok := ParseDigits(bad, 10); ok {
			t.Errorf("ParseDigits(%.20q, 10) accepted", bad)
		}
	}
	if got, ok := ParseDigits("000", 10); !ok || got.Sign() != 0 {
		t.Errorf("ParseDigits(000) = %v, %v", got, ok)
	}
}

// BenchmarkParseMillionDigits parses a 1,000,000-digit integer (SetString:
// about 1.6 s).
func BenchmarkParseMillionDigits(b *testing.B) {
	s := strings.Repeat("7", 1000000)
	for b.Loop() {
		ParseDigits(s, 10)
	}
}
