package bit_ops

import (
	"fmt"
	"math/bits"
)

func Main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, a<<2, a>>1, ^a)
	fmt.Printf("%08b %08b\n", a&b, uint8(^uint8(a)))
	var x uint32 = 0xF0F0
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x))
	fmt.Println(bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(0x81, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	n := -8
	fmt.Println(n>>1, uint8(n)>>1)
	s := uint(70)
	fmt.Println(1<<s == 0, int64(1)<<62)
}
