package int_overflow

import (
	"fmt"
	"math"
)

func Main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	i64 := int64(math.MaxInt64)
	i64++
	fmt.Println(i64)
	var u32 uint32 = 1 << 31
	fmt.Println(u32*2, u32<<1)
	x := math.MinInt64
	fmt.Println(-x == x)
	var i32 int32 = math.MaxInt32
	m1 := int16(-1)
	fmt.Println(i32+1, int8(200+0*i32), uint8(m1))
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
