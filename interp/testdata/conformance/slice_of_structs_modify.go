package slice_of_structs_modify

import "fmt"

type item struct {
	name string
	qty  int
}

func Main() {
	items := []item{{"apple", 1}, {"pear", 2}}
	for _, it := range items {
		it.qty *= 10 // copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].qty *= 10
	}
	fmt.Println(items)
	p := &items[0]
	p.qty = 7
	items = append(items, item{"fig", 3})
	fmt.Println(items[0].qty, len(items))
}
