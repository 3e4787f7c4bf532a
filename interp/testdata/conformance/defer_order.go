package defer_order

import "fmt"

func Main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
}
