package select_buffered

import "fmt"

func Main() {
	a := make(chan int, 2)
	b := make(chan string, 2)
	b <- "x"
	// Only one case is ready at each step, so the choice is determined.
	for i := 0; i < 4; i++ {
		select {
		case v := <-a:
			fmt.Println("a", v)
			a = nil // a nil channel is never ready
		case s, ok := <-b:
			fmt.Println("b", s, ok)
			close(b)
			b = nil
			a <- 1
		default:
			fmt.Println("nothing ready")
		}
	}
}
