package channel_worker_results

import (
	"fmt"
	"sort"
)

func Main() {
	jobs := make(chan int, 10)
	results := make(chan [2]int, 10)
	done := make(chan bool)
	for w := 0; w < 3; w++ {
		go func() {
			for j := range jobs {
				results <- [2]int{j, j * j}
			}
			done <- true
		}()
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	for w := 0; w < 3; w++ {
		<-done
	}
	close(results)
	var got [][2]int
	for r := range results {
		got = append(got, r)
	}
	sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
	fmt.Println(got)
}
