package iface_comparison

import "fmt"

type Key struct {
	a int
	b string
}

func Main() {
	var x, y any = 1, 1
	fmt.Println(x == y)
	x, y = 1, int64(1)
	fmt.Println(x == y)
	x, y = Key{1, "a"}, Key{1, "a"}
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y, x != nil)
	m := map[any]string{1: "int", "1": "string", Key{2, "b"}: "key"}
	fmt.Println(m[1], m["1"], m[Key{2, "b"}], len(m))
}
