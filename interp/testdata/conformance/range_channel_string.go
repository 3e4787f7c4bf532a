package range_channel_string

import "fmt"

func Main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	fmt.Println()
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, b := range []byte("hé") {
		fmt.Print(b, " ")
	}
	fmt.Println()
}
