package labeled_switch_break

import "fmt"

func Main() {
	words := []string{"a", "bb", "stop", "ccc"}
	n := 0
loop:
	for _, w := range words {
		switch w {
		case "stop":
			break loop
		default:
			n += len(w)
		}
	}
	fmt.Println("total", n)

	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			break
		default:
			fmt.Println("i =", i)
		}
	}
}
