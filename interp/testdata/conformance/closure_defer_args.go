package closure_defer_args

import "fmt"

func run() {
	x := 1
	defer fmt.Println("deferred arg evaluated early:", x)
	defer func() { fmt.Println("closure sees late value:", x) }()
	x = 42
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
}

func Main() {
	run()
	fmt.Println()
}
