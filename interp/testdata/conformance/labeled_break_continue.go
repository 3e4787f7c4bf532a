package labeled_break_continue

import "fmt"

func Main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}

next:
	for n := 2; n < 30; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
}
