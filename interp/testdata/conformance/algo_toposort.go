package algo_toposort

import (
	"fmt"
	"sort"
)

func topo(deps map[string][]string) ([]string, error) {
	var order []string
	state := map[string]int{} // 0 new, 1 visiting, 2 done
	var visit func(string) error
	visit = func(n string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("cycle at %s", n)
		case 2:
			return nil
		}
		state[n] = 1
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	var names []string
	for n := range deps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func Main() {
	fmt.Println(topo(map[string][]string{
		"app": {"lib", "log"}, "lib": {"core"}, "log": {"core"}, "core": nil,
	}))
	fmt.Println(topo(map[string][]string{"a": {"b"}, "b": {"a"}}))
}
