package interp

import (
	"testing"

	"goerl/term"
)

// TestUnwound checks the stack traces built from the frames a panic
// unwinds: names, the failing line and the lines of calls, folding of a
// recursion, the depth bound, and that a recovered panic leaves nothing.
func TestUnwound(t *testing.T) {
	var slot any // one goroutine: the test's own
	opts := Options{Erl: newFakeErl().symbols(), Local: func() *any { return &slot }}
	v, diags, err := Load(Source{Module: "tr", File: "tr.go", Text: []byte(`package tr

type srv struct{ n int }

func Go(n int) int { return a(n) + 1 }
func a(n int) int  { return b(n) + 1 }
func b(n int) int {
	x := n
	return 10 / x
}
func (s *srv) handle(i int) int { l := []int{1}; return l[i] }
func Meth() int                 { s := &srv{}; return s.handle(4) }
func Lit() int {
	f := func() int { var m map[int]int; m[1] = 2; return 0 }
	return f()
}
func Rec(n int) int {
	if n == 0 {
		panic("bottom")
	}
	return Rec(n-1) + 1
}
func Chain(n int) int {
	if n == 0 {
		return Go(0)
	}
	return c2(n) + 1
}
func c2(n int) int { return Chain(n - 1) }
func Recovered() int {
	func() {
		defer func() { recover() }()
		Rec(2)
	}()
	var p *srv
	return p.n
}
`)}, opts)
	if err != nil || diags != nil {
		t.Fatal(err, diags)
	}
	defer v.Stop()
	tests := []struct {
		fn   string
		args []any
		want string // ~w of the stack, file and line as [file,line] pairs shortened below
	}{
		{"Go", []any{0}, "[{tr,b,1,9},{tr,a,1,6},{tr,go,1,5}]"},
		{"Meth", nil, "[{tr,'(*srv).handle',1,11},{tr,meth,0,12}]"},
		{"Lit", nil, "[{tr,'-lit/0-fun-0-',0,14},{tr,lit,0,15}]"},
		{"Rec", []any{50}, "[{tr,rec,1,19},{tr,rec,1,21}]"},
		{"Chain", []any{30}, "[{tr,b,1,9},{tr,a,1,6},{tr,go,1,5},{tr,chain,1,25},{tr,c2,1,29},{tr,chain,1,27},{tr,c2,1,29},{tr,chain,1,27}]"},
		{"Recovered", nil, "[{tr,recovered,0,36}]"},
	}
	for _, tt := range tests {
		t.Run(tt.fn, func(t *testing.T) {
			func() {
				defer func() {
					if recover() == nil {
						t.Fatalf("%s did not panic", tt.fn)
					}
				}()
				call(t, v, tt.fn, tt.args...)
			}()
			if got := shortStack(v.Unwound(StackDepth)); got != tt.want {
				t.Errorf("stack of %s = %s, want %s", tt.fn, got, tt.want)
			}
			if again := v.Unwound(StackDepth); len(again) != 0 {
				t.Errorf("a second Unwound returned %s", term.Sprint(again))
			}
		})
	}
}

// shortStack prints entries {M,F,A,[{file,_},{line,L}]} as {M,F,A,L}.
func shortStack(stack term.List) string {
	short := make(term.List, len(stack))
	for i, e := range stack {
		tu := e.(term.Tuple)
		loc := tu[3].(term.List)
		if len(loc) != 2 || !term.ExactEqual(loc[0], term.Tuple{term.Atom("file"), term.String("tr.go")}) {
			return "bad location " + term.Sprint(e)
		}
		short[i] = term.Tuple{tu[0], tu[1], tu[2], loc[1].(term.Tuple)[1]}
	}
	return term.Sprint(short)
}
