package dispatch_table

import (
	"fmt"
	"sort"
	"strings"
)

type handler func(args []string) string

func Main() {
	cmds := map[string]handler{
		"echo":  func(a []string) string { return strings.Join(a, " ") },
		"count": func(a []string) string { return fmt.Sprint(len(a)) },
		"upper": func(a []string) string { return strings.ToUpper(strings.Join(a, "")) },
	}
	cmds["rev"] = func(a []string) string {
		out := make([]string, len(a))
		for i, s := range a {
			out[len(a)-1-i] = s
		}
		return strings.Join(out, " ")
	}
	for _, line := range []string{"echo hi there", "count a b c", "upper x y", "rev 1 2 3", "nope"} {
		parts := strings.Fields(line)
		if h, ok := cmds[parts[0]]; ok {
			fmt.Println(h(parts[1:]))
		} else {
			fmt.Println("unknown command", parts[0])
		}
	}
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
