package struct_copy_semantics

import "fmt"

type Inner struct{ Vals []int }
type Outer struct {
	Name  string
	In    Inner
	Arr   [2]int
	Tags  map[string]bool
	Child *Outer
}

func Main() {
	a := Outer{Name: "a", In: Inner{[]int{1}}, Arr: [2]int{1, 2}, Tags: map[string]bool{}}
	b := a
	b.Name = "b"
	b.Arr[0] = 100
	b.In.Vals[0] = 99  // shared slice
	b.Tags["t"] = true // shared map
	fmt.Println(a.Name, a.Arr, a.In.Vals, len(a.Tags))
	fmt.Println(b.Name, b.Arr, b.In.Vals, len(b.Tags))
	a.Child = &Outer{Name: "child"}
	c := a
	c.Child.Name = "renamed"
	fmt.Println(a.Child.Name)
	fmt.Println(a.Arr == b.Arr, Inner{}.Vals == nil)
}
