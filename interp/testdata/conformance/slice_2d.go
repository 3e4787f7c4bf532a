package slice_2d

import "fmt"

func Main() {
	n := 4
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = make([]int, n)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	// transpose in place
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
		}
	}
	fmt.Println(grid[1][3], grid[3][1])
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
}
