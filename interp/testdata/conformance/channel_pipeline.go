package channel_pipeline

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func Main() {
	sum := 0
	for v := range square(gen(5)) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println(sum)
}
