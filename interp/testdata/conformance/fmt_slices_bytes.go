package fmt_slices_bytes

import "fmt"

func Main() {
	b := []byte("hi")
	fmt.Println(b)
	fmt.Printf("%v %s %q %x\n", b, b, b, b)
	ss := []string{"a b", "c"}
	fmt.Printf("%v %s %q\n", ss, ss, ss)
	fmt.Printf("%5v|%-4d|%03d\n", []int{1, 2}, []int{3}, []int{4, 5})
	fmt.Printf("%x %X\n", -255, []int{10, 11})
	fmt.Printf("%+q %#q %q\n", "é", "back`tick", 'ü')
	fmt.Printf("%v %v\n", [2][]int{{1}, {2, 3}}, struct{}{})
	fmt.Printf("%t %v\n", []bool{true, false}, [0]int{})
}
