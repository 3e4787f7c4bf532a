package container_list

import (
	"container/list"
	"fmt"
)

func Main() {
	l := list.New()
	l.PushBack(1)
	l.PushBack(2)
	front := l.PushFront(0)
	l.InsertAfter(5, front)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.Remove(front)
	l.MoveToBack(l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value.(int)*10, " ")
	}
	fmt.Println()
}
