package goroutine_closure_capture

import (
	"fmt"
	"sort"
)

func Main() {
	ch := make(chan int, 4)
	for _, x := range []int{1, 2, 3, 4} {
		go func() { ch <- x * x }()
	}
	var got []int
	for i := 0; i < 4; i++ {
		got = append(got, <-ch)
	}
	sort.Ints(got)
	fmt.Println(got)
}
