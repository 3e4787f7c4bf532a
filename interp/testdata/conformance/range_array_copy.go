package range_array_copy

import "fmt"

func Main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // ranges over a copy of the array
		arr[2] = 100
		if i == 2 {
			fmt.Println("saw", v)
		}
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl { // a slice shares
		sl[2] = 100
		if i == 2 {
			fmt.Println("saw", v)
		}
	}
	xs := []int{1, 2}
	for i := range xs {
		xs = append(xs, i) // range length fixed at start
	}
	fmt.Println(xs)
	for i := range &arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
}
