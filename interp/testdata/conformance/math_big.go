package math_big

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func Main() {
	fmt.Println(factorial(30))
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	fmt.Println(new(big.Int).Add(a, b), new(big.Int).Mod(a, b), a.Cmp(b))
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(3))
}
