package generic_set_type

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func Intersect[T comparable](a, b Set[T]) Set[T] {
	out := Set[T]{}
	for x := range a {
		if b.Has(x) {
			out[x] = struct{}{}
		}
	}
	return out
}

func Main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	c := Intersect(a, b)
	var xs []int
	for x := range c {
		xs = append(xs, x)
	}
	sort.Ints(xs)
	fmt.Println(xs, a.Has(1), b.Has(1), len(NewSet("x", "x")))
}
