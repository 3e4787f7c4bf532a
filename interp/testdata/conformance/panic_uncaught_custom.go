package panic_uncaught_custom

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("n too large: %d", n))
	}
}

func Main() {
	for n := 0; n < 5; n++ {
		fmt.Println("checking", n)
		check(n)
	}
}
