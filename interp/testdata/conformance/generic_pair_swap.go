package generic_pair_swap

import "fmt"

type pair[T any] struct{ a, b T }

func swap[T any](p pair[T]) pair[T] { return pair[T]{p.b, p.a} }

func Main() {
	p := pair[int]{1, 2}
	fmt.Println(swap(p))
	q := swap(pair[string]{"x", "y"})
	fmt.Println(q.a, q.b)
}
