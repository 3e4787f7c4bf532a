package syntax

import (
	"reflect"
	"testing"
)

func TestInspectFindsNestedCalls(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"v(1) + e(2).", []string{"v", "e"}},
		{"case X of {a, Y} when Y > 0 -> [f(Z) || Z <- g()]; _ -> fun() -> h() end end.", []string{"f", "g", "h"}},
		{"try m:k() catch _:_ -> ok after i() end.", []string{"i"}},
	}
	for _, tt := range tests {
		exprs, err := ParseForm(tt.src)
		if err != nil {
			t.Fatalf("ParseForm(%q): %v", tt.src, err)
		}
		var got []string
		for _, e := range exprs {
			Inspect(e, func(e Expr) bool {
				if c, ok := e.(*Call); ok {
					if a, ok := c.Fun.(*Atom); ok {
						got = append(got, a.Name)
					}
				}
				return true
			})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Inspect(%q) found local calls %v, want %v", tt.src, got, tt.want)
		}
	}
}
