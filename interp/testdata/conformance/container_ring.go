package container_ring

import (
	"container/ring"
	"fmt"
)

func Main() {
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println(r.Value, r.Prev().Value)
}
