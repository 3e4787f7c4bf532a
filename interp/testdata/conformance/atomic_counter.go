package atomic_counter

import (
	"fmt"
	"sync/atomic"
)

func Main() {
	var n atomic.Int64
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 100; i++ {
				n.Add(1)
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	fmt.Println(n.Load())
	var old int32 = 5
	fmt.Println(atomic.CompareAndSwapInt32(&old, 5, 9), old, atomic.AddInt32(&old, 1))
	var flag atomic.Bool
	flag.Store(true)
	fmt.Println(flag.Load())
}
