package rand_seeded

import (
	"fmt"
	"math/rand"
)

func Main() {
	r := rand.New(rand.NewSource(42))
	var xs []int
	for i := 0; i < 5; i++ {
		xs = append(xs, r.Intn(100))
	}
	fmt.Println(xs)
	p := r.Perm(5)
	fmt.Println(p, len(p))
	f := r.Float64()
	fmt.Println(f >= 0 && f < 1)
}
