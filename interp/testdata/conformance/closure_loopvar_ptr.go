package closure_loopvar_ptr

import "fmt"

func Main() {
	var ps []*int
	for i := 0; i < 4; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var qs []*string
	for _, s := range []string{"x", "y"} {
		qs = append(qs, &s)
	}
	fmt.Println(*qs[0], *qs[1])
}
