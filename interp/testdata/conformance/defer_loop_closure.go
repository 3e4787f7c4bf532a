package defer_loop_closure

import "fmt"

func cleanup() (log []string) {
	for _, name := range []string{"db", "cache", "file"} {
		defer func() { log = append(log, "close "+name) }()
	}
	log = append(log, "work")
	return log
}

func Main() {
	fmt.Println(cleanup())
}
