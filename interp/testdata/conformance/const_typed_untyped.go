package const_typed_untyped

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 98
const Pi2 = math.Pi * 2
const Greeting = "hello"

type Duration int64

const Second Duration = 1000

func Main() {
	fmt.Println(Small, Big/(1<<90))
	var f float32 = Pi2
	fmt.Printf("%.4f %.4f\n", Pi2, f)
	fmt.Println(len(Greeting), Greeting+" world")
	d := 3 * Second
	fmt.Println(d, d/Second)
	const x = 7 / 2
	const y = 7 / 2.0
	fmt.Println(x, y)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
}
