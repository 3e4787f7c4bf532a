package methods_value_pointer

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int            { return c.n }
func (c *Counter) Inc()               { c.n++ }
func (c Counter) IncCopy()            { c.n++ }
func (c *Counter) Add(k int) *Counter { c.n += k; return c }

func Main() {
	c := Counter{name: "a"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.name, c.Get())
	c.Add(10).Add(5)
	fmt.Println(c.Get())
	p := &c
	p.IncCopy()
	p.Inc()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{name: "x"}, {name: "y"}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc() // a copy
	}
	fmt.Println(cs[0].n, cs[1].n)
}
