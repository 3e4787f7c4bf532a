package slice_three_index

import "fmt"

func Main() {
	base := []int{0, 1, 2, 3, 4, 5}
	s := base[1:3:3]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100) // cap exhausted: copies
	fmt.Println(base, s)
	t := base[2:4]
	t = append(t, 200)
	fmt.Println(base, t, cap(t))
	arr := [5]string{"a", "b", "c", "d", "e"}
	u := arr[1:4:5]
	fmt.Println(u, len(u), cap(u))
}
