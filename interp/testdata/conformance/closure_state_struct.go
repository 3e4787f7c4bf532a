package closure_state_struct

import "fmt"

type Stats struct {
	Count int
	Sum   float64
}

func tracker() (func(float64), func() Stats) {
	var s Stats
	add := func(x float64) {
		s.Count++
		s.Sum += x
	}
	get := func() Stats { return s }
	return add, get
}

func Main() {
	add, get := tracker()
	snapshot := get()
	for _, x := range []float64{1.5, 2.5, 3} {
		add(x)
	}
	now := get()
	fmt.Println(snapshot, now, now.Sum/float64(now.Count))
	now.Count = 100
	fmt.Println(get().Count)
}
