package slices_sortfunc

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type user struct {
	name string
	age  int
}

func Main() {
	us := []user{{"cy", 30}, {"al", 25}, {"bo", 30}, {"di", 20}}
	slices.SortFunc(us, func(a, b user) int {
		if c := cmp.Compare(b.age, a.age); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	fmt.Println(us)
	slices.SortStableFunc(us, func(a, b user) int { return cmp.Compare(a.name[1], b.name[1]) })
	fmt.Println(us)
	idx := slices.IndexFunc(us, func(u user) bool { return u.age == 20 })
	fmt.Println(idx, slices.ContainsFunc(us, func(u user) bool { return u.age > 40 }))
	fmt.Println(slices.IsSorted([]int{1, 2, 2}), slices.MaxFunc(us, func(a, b user) int { return cmp.Compare(a.age, b.age) }))
}
