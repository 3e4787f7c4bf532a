package generic_linked_list

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Main() {
	var l List[int]
	for i := 1; i <= 4; i++ {
		l.PushFront(i)
	}
	l.Each(func(v int) { fmt.Print(v, " ") })
	fmt.Println(l.size)
}
