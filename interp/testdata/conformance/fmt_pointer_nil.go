package fmt_pointer_nil

import "fmt"

type T struct{ N int }

func Main() {
	var p *T
	fmt.Println(p == nil)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", &T{3})
	pp := &T{4}
	q := pp
	q.N = 5
	fmt.Println(pp.N, *pp)
	var ip *int
	fmt.Println(ip)
	x := 7
	ip = &x
	*ip += 1
	fmt.Println(x, *ip)
}
