package method_values

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Total() int { return a.total }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func Main() {
	var a Acc
	add := a.Add // bound to &a
	apply(add, 1, 2, 3)
	total := a.Total // copies a now
	a.Add(100)
	fmt.Println(a.total, total())
}
