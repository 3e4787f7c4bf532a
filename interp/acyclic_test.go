package interp

import (
	"errors"
	"testing"

	"goerl/term"
)

type tree struct {
	Name string
	Kids []tree
}

func TestAcyclic(t *testing.T) {
	selfSlice := make([]any, 1)
	selfSlice[0] = selfSlice
	selfMap := map[string]any{}
	selfMap["m"] = selfMap
	shared := make([]tree, 1)
	shared[0].Kids = shared
	type ptrNode struct{ Next *ptrNode }
	loop := &ptrNode{}
	loop.Next = loop // fmt prints the inner pointer as an address: fine
	tests := []struct {
		name string
		arg  any
		want string // "" when it must pass
	}{
		{"int", 1, ""},
		{"ints", []int{1, 2, 3}, ""},
		{"error", errors.New("e"), ""},
		{"shared, not cyclic", [2][]any{{1}, {1}}, ""},
		{"pointer cycle", loop, ""},
		{"slice holding itself", selfSlice, "[]interface {}"},
		{"map holding itself", selfMap, "map[string]interface {}"},
		{"slice in its own element", shared, "[]interp.tree"},
		{"behind a pointer", &selfSlice, "[]interface {}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			func() {
				defer func() {
					if r := recover(); r != nil {
						e, ok := r.(*term.Exception)
						if !ok {
							panic(r)
						}
						got = term.Sprint(e.Reason)
					}
				}()
				acyclic([]any{tt.arg})
			}()
			want := ""
			if tt.want != "" {
				want = term.Sprint(term.Tuple{term.Atom("cyclic_value"), term.String(tt.want)})
			}
			if got != want {
				t.Errorf("acyclic(%s) raised %q, want %q", tt.name, got, want)
			}
		})
	}
}
