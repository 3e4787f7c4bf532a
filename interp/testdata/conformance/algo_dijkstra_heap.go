package algo_dijkstra_heap

import (
	"container/heap"
	"fmt"
)

type edge struct{ to, w int }
type item struct{ node, dist int }
type pq []item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)        { *q = append(*q, x.(item)) }
func (q *pq) Pop() any          { o := *q; x := o[len(o)-1]; *q = o[:len(o)-1]; return x }

func dijkstra(g [][]edge, src int) []int {
	const inf = 1 << 60
	dist := make([]int, len(g))
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	q := &pq{{src, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if nd := it.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				heap.Push(q, item{e.to, nd})
			}
		}
	}
	return dist
}

func Main() {
	g := [][]edge{
		{{1, 4}, {2, 1}},
		{{3, 1}},
		{{1, 2}, {3, 5}},
		{{4, 3}},
		{},
	}
	fmt.Println(dijkstra(g, 0))
}
