package panic_uncaught_nilptr

import "fmt"

type node struct {
	next *node
	val  int
}

func Main() {
	n := &node{val: 1}
	fmt.Println(n.val)
	fmt.Println(n.next.val)
}
