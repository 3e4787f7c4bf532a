package iface_pointer_receiver

import "fmt"

type Incrementer interface{ Inc() int }

type Box struct{ n int }

func (b *Box) Inc() int { b.n++; return b.n }

func bump(i Incrementer, times int) int {
	r := 0
	for k := 0; k < times; k++ {
		r = i.Inc()
	}
	return r
}

func Main() {
	b := &Box{}
	fmt.Println(bump(b, 3), b.n)
	var i Incrementer = b
	i.Inc()
	fmt.Println(b.n)
}
