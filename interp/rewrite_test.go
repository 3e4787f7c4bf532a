package interp

import (
	"strings"
	"testing"
)

// variedModule exercises the constructs the rewrite touches: function
// entries, func literals, every loop form, labels, goto, defer, recover,
// named results, select, generics and methods. Run returns a trace.
const variedModule = `package t

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var trace []string

func note(s string) { trace = append(trace, s) }

var table = func() []int { var xs []int; for i := 0; i < 3; i++ { xs = append(xs, i*i) }; return xs }()

func init() { note("init " + strconv.Itoa(len(table))) }

func named() (r int) { defer func() { r *= 2 }(); r = 21; return }

func recovered() (msg string) {
	defer func() {
		if x := recover(); x != nil {
			msg = "recovered " + fmt.Sprint(x)
		}
	}()
	panic("boom")
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }

func Map[A, B any](xs []A, f func(A) B) []B {
	var out []B
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type point struct{ x, y int }

func (p point) sum() int     { return p.x + p.y }
func (p *point) scale(k int) { p.x *= k; p.y *= k }

func labeled() string {
	var b strings.Builder
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			b.WriteString(strconv.Itoa(i*10 + j))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func gotos() (n int) {
	i := 0
back:
	if i < 5 {
		i++
		n += i
		goto back
	}
	goto skip
	n = -1
skip:
	return n
}

func switches() string {
	var out []string
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			out = append(out, "zero")
			fallthrough
		case 1:
			out = append(out, "le-one")
		default:
			out = append(out, "other")
		}
	}
	for _, v := range []any{1, "s", 2.5} {
		switch x := v.(type) {
		case int:
			out = append(out, "int"+strconv.Itoa(x))
		case string:
			out = append(out, "str"+x)
		default:
			out = append(out, "float")
		}
	}
	return strings.Join(out, ",")
}

func channels() string {
	ch := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		close(ch)
		done <- true
	}()
	<-done
	sum := 0
	for v := range ch {
		sum += v
	}
	sel := ""
	c2 := make(chan string, 1)
	c2 <- "ready"
	for k := 0; k < 2; k++ {
		select {
		case s := <-c2:
			sel += s
		default:
			sel += "+none"
		}
	}
	return strconv.Itoa(sum) + " " + sel
}

func closures() string {
	adders := []func() int{}
	for i := 0; i < 3; i++ {
		k := i
		adders = append(adders, func() int { return k * 10 })
	}
	total := 0
	for _, f := range adders {
		total += f()
	}
	counter := func() func() int { c := 0; return func() int { c++; return c } }()
	counter()
	return strconv.Itoa(total) + "/" + strconv.Itoa(counter())
}

func ranges() string {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	runes := 0
	for range "héllo" {
		runes++
	}
	n := 0
	for n < 100 {
		n += 7
	}
	for {
		n++
		if n%5 == 0 {
			break
		}
	}
	return strings.Join(keys, "") + " " + strconv.Itoa(runes) + " " + strconv.Itoa(n)
}

func deferLoop() string {
	var out []string
	func() {
		for i := 0; i < 3; i++ {
			defer func(k int) { out = append(out, strconv.Itoa(k)) }(i)
		}
	}()
	return strings.Join(out, "")
}

func Run() string {
	note("named " + strconv.Itoa(named()))
	note(recovered())
	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	note("stack " + strconv.Itoa(s.Len()))
	note("map " + strings.Join(Map[int, string]([]int{1, 2}, func(x int) string { return strconv.Itoa(x * 3) }), ","))
	p := point{1, 2}
	p.scale(3)
	note("point " + strconv.Itoa(p.sum()))
	note("labeled " + labeled())
	note("gotos " + strconv.Itoa(gotos()))
	note("switches " + switches())
	note("channels " + channels())
	note("closures " + closures())
	note("ranges " + ranges())
	note("deferLoop " + deferLoop())
	note("iife " + func() string { return "x" }())
	return strings.Join(trace, "\n")
}
`

// variedWant is what the module returns under Go (deferLoop was 333
// under yaegi v0.16.1, which evaluated deferred arguments late).
const variedWant = `init 3
named 42
recovered boom
stack 2
map 3,6
point 9
labeled 0 1 10 11 20 21 
gotos 15
switches zero,le-one,le-one,other,int1,strs,float
channels 6 ready+none
closures 30/2
ranges abc 5 110
deferLoop 210
iife x`

// TestRewritePreservesBehaviour runs the varied module with and without
// the rewrite: the traces must be identical, and instrumented code must
// really have called Check.
func TestRewritePreservesBehaviour(t *testing.T) {
	traces := map[bool]string{}
	for _, instrument := range []bool{false, true} {
		erl := newFakeErl()
		v, diags, err := load(Source{Module: "t", File: "t.go", Text: []byte(variedModule)}, Options{Erl: erl.symbols()}, instrument)
		if err != nil || diags != nil {
			t.Fatalf("load(instrument=%v): %v %v", instrument, err, diags)
		}
		traces[instrument] = call(t, v, "Run")[0].String()
		v.Stop()
		if checks := erl.checks.Load(); instrument != (checks > 0) {
			t.Errorf("instrument=%v: %d checks", instrument, checks)
		}
	}
	if traces[true] != traces[false] {
		t.Fatalf("the rewrite changed behaviour:\nwith:\n%s\nwithout:\n%s", traces[true], traces[false])
	}
	if traces[true] != variedWant {
		t.Fatalf("trace:\n%s\nwant:\n%s", traces[true], variedWant)
	}
}

// TestRewriteText pins the shape of the inserted text and its directives.
func TestRewriteText(t *testing.T) {
	src := "package t\n\nfunc F(n int) {\n\tfor i := 0; i < n; i++ {\n\t\tgoto L\n\tL:\n\t}\n\t_ = func() {}\n}\n"
	c, diags := check(Source{Module: "t", File: "t.go", Text: []byte(src)})
	if diags != nil {
		t.Fatal(diags)
	}
	got := string(rewrite(c.fset, c.file, []byte(src), "t.go"))
	want := "package t;import __erl \"erl\";type __erlAny = interface{};/*line t.go:1:10*/\n\n" +
		"func F(n int) {__erl.Check();__erlc := 1024;/*line t.go:3:16*/\n" +
		"\tfor i := 0; i < n; i++ {__erlc--;if __erlc==0{__erlc=1024;__erl.Check()};/*line t.go:4:26*/\n" +
		"\t\t__erl.Check();/*line t.go:5:3*/goto L\n\tL:\n\t}\n" +
		"\t_ = func() {__erl.Check();/*line t.go:8:14*/}\n}\n"
	if got != want {
		t.Fatalf("rewrite:\n%s\nwant:\n%s", got, want)
	}
	if strings.Count(got, "\n") != strings.Count(src, "\n") {
		t.Fatalf("the rewrite moved lines")
	}
}

// TestRewriteReplacesTerm: erl.Term becomes the local alias of interface{}
// (yaegi drops values returned into the imported interface type), with
// the columns after it unchanged, also under an import alias.
func TestRewriteReplacesTerm(t *testing.T) {
	tests := []struct{ src, want string }{
		{"package t\n\nimport \"erl\"\n\nfunc F(z int) erl.Term { return z + 1 }\n",
			"package t;import __erl \"erl\";/*line t.go:1:10*/\n\nimport \"erl\";type __erlAny = interface{};/*line t.go:3:13*/\n\n" +
				"func F(z int) __erlAny/*line t.go:5:23*/ {__erl.Check();/*line t.go:5:25*/ return z + 1 }\n"},
		{"package t\n\nimport e \"erl\"\n\nvar X e.Term = 1\n",
			"package t;import __erl \"erl\";/*line t.go:1:10*/\n\nimport e \"erl\";type __erlAny = interface{};/*line t.go:3:15*/\n\n" +
				"var X __erlAny/*line t.go:5:13*/ = 1\n"},
	}
	for _, tt := range tests {
		c, diags := check(Source{Module: "t", File: "t.go", Text: []byte(tt.src)})
		if diags != nil {
			t.Fatal(diags)
		}
		if got := string(rewrite(c.fset, c.file, []byte(tt.src), "t.go")); got != tt.want {
			t.Errorf("rewrite:\n%s\nwant:\n%s", got, tt.want)
		}
	}
}
