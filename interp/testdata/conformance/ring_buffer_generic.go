package ring_buffer_generic

import "fmt"

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) {
	r.buf[(r.head+r.size)%len(r.buf)] = v
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *Ring[T]) Items() []T {
	out := make([]T, 0, r.size)
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

func Main() {
	r := NewRing[int](3)
	for i := 1; i <= 5; i++ {
		r.Push(i)
		fmt.Println(r.Items())
	}
	s := NewRing[string](2)
	s.Push("a")
	fmt.Println(s.Items(), len(s.Items()))
}
