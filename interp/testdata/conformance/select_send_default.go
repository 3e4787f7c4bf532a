package select_send_default

import "fmt"

func Main() {
	ch := make(chan int, 3)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case ch <- i:
			sent++
		default:
			fmt.Println("full at", i)
		}
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println(sent, len(ch), cap(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
}
