package map_struct_values

import (
	"fmt"
	"sort"
)

type account struct {
	owner   string
	balance int
}

func Main() {
	byID := map[int]account{1: {"ann", 10}, 2: {"ben", 20}}
	a := byID[1]
	a.balance += 5 // a copy: the map keeps 10
	fmt.Println(byID[1].balance, a.balance)
	byID[1] = a
	ptrs := map[int]*account{}
	for id, acc := range byID {
		acc := acc
		ptrs[id] = &acc
	}
	ptrs[2].balance = 99
	ids := []int{}
	for id := range ptrs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Println(id, *ptrs[id], byID[id])
	}
}
