package int_conversions

import "fmt"

func Main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	n := 300
	fmt.Println(byte(n), int8(n), uint16(n))
	var u uint = 3
	var i int = -1
	fmt.Println(int(u)+i, uint(i) > u)
	fmt.Println(float64(7)/2, 7/2, -7/2, -7%3, 7%-3)
	r := 'a' + 1
	fmt.Println(r, string(rune(r)))
	var b byte = 'z'
	fmt.Println(b-'a', int(b)-'a')
	fmt.Println(5.0/3, float32(1)/3)
}
