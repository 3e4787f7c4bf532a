package goto_loop

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto again
}

func find(xs []int, x int) int {
	i := 0
	for ; i < len(xs); i++ {
		if xs[i] == x {
			goto found
		}
	}
	return -1
found:
	return i
}

func Main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	fmt.Println(find([]int{4, 5, 6}, 6), find([]int{4, 5, 6}, 9))
}
