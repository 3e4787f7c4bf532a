package math_funcs

import (
	"fmt"
	"math"
)

func Main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt32, math.Log(math.E), math.Log2(8), math.Log10(1000))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.Float64bits(1.0), math.Signbit(-0.0), math.Cbrt(27))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1))
}
