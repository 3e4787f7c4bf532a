package spiral_matrix

import "fmt"

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bottom, left, right := 0, n-1, 0, n-1
	k := 1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = k
			k++
		}
		top++
		for r := top; r <= bottom; r++ {
			m[r][right] = k
			k++
		}
		right--
		for c := right; c >= left && top <= bottom; c-- {
			m[bottom][c] = k
			k++
		}
		bottom--
		for r := bottom; r >= top && left <= right; r-- {
			m[r][left] = k
			k++
		}
		left++
	}
	return m
}

func Main() {
	for _, row := range spiral(4) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
}
