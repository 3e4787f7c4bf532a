package panic_uncaught_nilmap

import "fmt"

type registry struct{ byName map[string]int }

func Main() {
	var r registry
	fmt.Println(len(r.byName))
	r.byName["x"] = 1
}
