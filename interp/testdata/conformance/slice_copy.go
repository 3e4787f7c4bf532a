package slice_copy

import "fmt"

func Main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src) // overlapping
	fmt.Println(n, src)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:n]))
	var empty []int
	fmt.Println(copy(empty, src), empty == nil)
}
