package algo_bfs_grid

import "fmt"

type pos struct{ r, c int }

func shortest(grid []string, start, goal pos) int {
	dist := map[pos]int{start: 0}
	queue := []pos{start}
	dirs := []pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p == goal {
			return dist[p]
		}
		for _, d := range dirs {
			n := pos{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				queue = append(queue, n)
			}
		}
	}
	return -1
}

func Main() {
	grid := []string{
		"....#...",
		".##.#.#.",
		".#..#.#.",
		".#.##.#.",
		"...#..#.",
	}
	fmt.Println(shortest(grid, pos{0, 0}, pos{4, 7}))
	fmt.Println(shortest(grid, pos{0, 0}, pos{0, 3}))
	fmt.Println(shortest([]string{".#", "#."}, pos{0, 0}, pos{1, 1}))
}
