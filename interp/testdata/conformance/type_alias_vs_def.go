package type_alias_vs_def

import "fmt"

type Meters float64
type Feet = float64 // alias

type IDs []int

func (ids IDs) Sum() int {
	s := 0
	for _, id := range ids {
		s += id
	}
	return s
}

func area(w, h Meters) Meters { return w * h }

func Main() {
	m := Meters(3)
	fmt.Println(area(m, 2), float64(m)*3.28)
	var f Feet = 10
	var g float64 = f
	fmt.Println(f, g)
	ids := IDs{1, 2, 3}
	plain := []int(ids)
	fmt.Println(ids.Sum(), len(plain), IDs(plain).Sum())
	fmt.Printf("%T %T\n", f, m)
}
