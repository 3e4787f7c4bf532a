package map_struct_key

import "fmt"

type point struct{ x, y int }

func Main() {
	visited := map[point]bool{}
	p := point{0, 0}
	moves := "RRUULDDL"
	for _, m := range moves {
		visited[p] = true
		switch m {
		case 'R':
			p.x++
		case 'L':
			p.x--
		case 'U':
			p.y++
		case 'D':
			p.y--
		}
	}
	fmt.Println(len(visited), visited[point{2, 2}], visited[point{5, 5}], p)
	arrKey := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(arrKey[[2]int{2, 1}])
}
