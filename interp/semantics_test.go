package interp

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"goerl/term"
)

// semanticsCase is a module whose Run() result, printed with fmt.Sprint,
// must be what `go run` prints for it.
type semanticsCase struct {
	name, src, want string
}

// runSemantics loads each module (with erl's term types, and a Later that
// keeps funcs to run them after Run's loops are over, as a spawned
// process might) and compares Run's printed result.
func runSemantics(t *testing.T, tests []semanticsCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runModule(t, tt.src); got != tt.want {
				t.Fatalf("Run() = %s, want %s", got, tt.want)
			}
		})
	}
}

func runModule(t *testing.T, src string) (out string) {
	t.Helper()
	erl := newFakeErl()
	syms := erl.symbols()
	var later []func()
	syms["Atom"] = reflect.ValueOf((*term.Atom)(nil))
	syms["Tuple"] = reflect.ValueOf((*term.Tuple)(nil))
	syms["Later"] = reflect.ValueOf(func(fn func()) { later = append(later, fn) })
	syms["RunLater"] = reflect.ValueOf(func() {
		for _, fn := range later {
			fn()
		}
		later = nil
	})
	v, diags, err := Load(Source{Module: "t", File: "t.go", Text: []byte(src)}, Options{Erl: syms})
	if err != nil || diags != nil {
		t.Fatalf("Load: %v %v", err, diags)
	}
	defer v.Stop()
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("panic: %v", r)
		}
	}()
	return fmt.Sprint(call(t, v, "Run")[0].Interface())
}

func TestSwitchOnInterface(t *testing.T) {
	const classify = `package t

import (
	"erl"
	"fmt"
)

func kind(x erl.Term) string {
	switch x {
	case erl.Atom("stop"):
		return "stop"
	case 1, "a", 2.5:
		return "lit"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func Run() string {
	t := erl.Tuple{erl.Atom("stop"), 1, []int{1}}
	return fmt.Sprint(kind(erl.Atom("stop")), kind(1), kind("a"), kind(2.5), kind(nil),
		kind(erl.Atom("go")), kind(t[0]), kind(t[1]), kind(t[2]), kind(t))
}
`
	runSemantics(t, []semanticsCase{
		{"atoms, mixed literal types, nil, uncomparable values", classify,
			"stoplitlitlitnilotherstoplitotherother"},
		{"tuple element, fallthrough, init statement, labeled break", `package t

import (
	"erl"
	"fmt"
)

func Run() string {
	var out []string
	msgs := []erl.Term{erl.Tuple{erl.Atom("put"), 1}, erl.Tuple{erl.Atom("get")}, erl.Atom("stop")}
loop:
	for _, m := range msgs {
		switch t, ok := m.(erl.Tuple); t[0] {
		case erl.Atom("put"):
			out = append(out, "put")
			fallthrough
		case erl.Atom("get"):
			out = append(out, fmt.Sprint("get", len(t), ok))
			if len(t) == 1 {
				break loop
			}
		}
	}
	return fmt.Sprint(out)
}
`, "[put get2 true get1 true]"},
		{"tag evaluated once, cases in order, nested switches", `package t

import "fmt"

var calls int

func next() int { calls++; return calls }

func Run() string {
	var out []string
	for i := 0; i < 3; i++ {
		switch next() {
		case 1:
			switch i + 10 {
			case 10:
				out = append(out, "one/ten")
			}
		case 2, next():
			out = append(out, "two")
		default:
			out = append(out, "dflt")
		}
	}
	return fmt.Sprint(out, calls)
}
`, "[one/ten two dflt] 4"},
		{"concrete tags, bool cases, empty switch", `package t

import "fmt"

type color int

const (
	red color = iota
	green
)

func Run() string {
	c, s := green, ""
	switch c {
	case red:
		s += "red"
	case green:
		s += "green"
	}
	x := 3
	switch x > 2 {
	case x < 5 && x > 1:
		s += " mid"
	}
	switch x {
	}
	switch {
	case x == 3:
		s += " three"
	}
	return fmt.Sprint(s)
}
`, "green mid three"},
	})
}

// TestDeferArgumentsAndClosures: deferred calls take their arguments at
// the defer, and closures handed to host code keep the variables they
// saw, also when run after the loop that made them is over.
func TestDeferArgumentsAndClosures(t *testing.T) {
	runSemantics(t, []semanticsCase{
		{"defer in a loop", `package t

import "fmt"

func Run() string {
	var out []int
	func() {
		for i := 0; i < 3; i++ {
			defer func(k int) { out = append(out, k) }(i)
		}
	}()
	func() {
		for i := 0; i < 3; i++ {
			defer fmt.Sprint(i) // a host function, deferred
			f := func(k int) { out = append(out, 10+k) }
			defer f(i)
		}
	}()
	return fmt.Sprint(out)
}
`, "[2 1 0 12 11 10]"},
		{"recover in a deferred closure that reads a named result", `package t

import "fmt"

func safe() (msg string) {
	msg = "none"
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered ", r, " after ", msg)
		}
	}()
	msg = "set"
	panic("boom")
}

var got any

func handle() { got = recover() }

func viaHandler() (s string) {
	defer handle() // recover in a top-level function deferred
	panic("x")
}

func Run() string {
	g := func() (s string) {
		f := func() { got = fmt.Sprint(recover(), "!") }
		defer f() // a closure value, deferred
		panic("y")
	}
	viaHandler()
	a := got
	g()
	return fmt.Sprint(safe(), "/", a, "/", got)
}
`, "recovered boom after set/x/y!"},
		{"closures handed to the host in a loop (parallel map)", `package t

import (
	"erl"
	"fmt"
)

func Run() string {
	xs := []int{1, 2, 3, 4}
	out := make([]int, len(xs))
	for i, x := range xs {
		i, x := i, x
		erl.Later(func() { out[i] = x * x })
	}
	erl.RunLater()
	return fmt.Sprint(out)
}
`, "[1 4 9 16]"},
	})
}

// TestRewrittenPositions: errors in code the semantic rewrites touched
// are reported at the user's line and column.
func TestRewrittenPositions(t *testing.T) {
	tests := []struct{ src, want string }{
		{"package t\n\nfunc F(x any) int {\n\tswitch x {\n\tcase 1, y:\n\t\treturn 1\n\t}\n\treturn 0\n}\n",
			"t.go:5:10: undefined: y"},
		{"package t\n\nfunc F() (fs []func() int) {\n\tfor i := 0; i < n; i++ {\n\t\tfs = append(fs, func() int { return i + z })\n\t}\n\treturn\n}\n",
			"t.go:4:18: undefined: n"},
		{"package t\n\nfunc F() (fs []func() int) {\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i + z })\n\t}\n\treturn\n}\n",
			"t.go:5:43: undefined: z"},
		{"package t\n\ntype box[T any] struct{ v T }\n\nfunc get[T any](b box[T]) T {\n\treturn b.v + y\n}\n\nfunc F() int { return get(box[int]{1}) }\n",
			"t.go:6:15: undefined: y"},
		{"package t\n\nfunc F(n int) int {\n\tfor i := range n {\n\t\treturn i + min(n, w)\n\t}\n\treturn 0\n}\n",
			"t.go:5:21: undefined: w"},
	}
	for _, tt := range tests {
		_, diags, err := Load(Source{Module: "t", File: "t.go", Text: []byte(tt.src)}, Options{Erl: newFakeErl().symbols()})
		if err != nil || len(diags) == 0 || !strings.HasPrefix(diags[0].String(), tt.want) {
			t.Errorf("Load = %v %v, want %s", diags, err, tt.want)
		}
	}
}

// TestPerIterationLoopVars: every loop form gives each iteration its own
// variables, as Go 1.22 does, with the body's changes carried into the
// next iteration of a three-clause loop.
func TestPerIterationLoopVars(t *testing.T) {
	runSemantics(t, []semanticsCase{
		{"closures in a three-clause loop", `package t

import "fmt"

func Run() string {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return fmt.Sprint(out)
}
`, "[0 1 2]"},
		{"range over slice, map, string and channel", `package t

import (
	"fmt"
	"sort"
)

func Run() string {
	var fs []func() string
	for i, x := range []string{"a", "b"} {
		fs = append(fs, func() string { return fmt.Sprint(i, x) })
	}
	for k := range map[string]bool{"m": true} {
		fs = append(fs, func() string { return k })
	}
	for i, r := range "hé" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(r)) })
	}
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	close(ch)
	for v := range ch {
		fs = append(fs, func() string { return fmt.Sprint(v) })
	}
	var out []string
	for _, f := range fs {
		out = append(out, f())
	}
	sort.Strings(out[2:3])
	return fmt.Sprint(out)
}
`, "[0a 1b m 0h 1é 7 8]"},
		{"body changes the variable, continue, labels, shadowing", `package t

import "fmt"

func Run() string {
	var fs []func() int
outer:
	for i := 0; i < 10; i++ {
		if i == 1 {
			i += 2 // carried into the next iteration: 4 comes next
			continue
		}
		for j := 0; j < 2; j++ {
			if i == 6 {
				i++
				continue outer
			}
			fs = append(fs, func() int { return i*10 + j })
		}
		if i > 7 {
			break
		}
		{
			i := 100 // shadows; the loop's i is unchanged
			_ = i
		}
	}
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return fmt.Sprint(out)
}
`, "[0 1 40 41 50 51 80 81]"},
		{"addresses of loop variables", `package t

import "fmt"

type point struct{ x int }

func Run() string {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	var qs []*int
	for _, p := range []point{{1}, {2}} {
		qs = append(qs, &p.x)
	}
	return fmt.Sprint(*ps[0], *ps[1], *ps[2], *qs[0], *qs[1])
}
`, "0 1 2 1 2"},
		{"deferred closures and goroutines in loops", `package t

import "fmt"

func Run() string {
	var out []int
	func() {
		for i := 0; i < 3; i++ {
			defer func() { out = append(out, i) }()
		}
	}()
	ch := make(chan int, 3)
	for _, x := range []int{1, 2, 3} {
		go func() { ch <- x * x }()
	}
	s := 0
	for k := 0; k < 3; k++ {
		s += <-ch
	}
	return fmt.Sprint(out, s)
}
`, "[2 1 0] 14"},
	})
}

// TestGo122Additions: range over integers and functions, min, max and
// clear, which yaegi v0.16.1 lacks and the rewrite lowers.
func TestGo122Additions(t *testing.T) {
	runSemantics(t, []semanticsCase{
		{"range over int", `package t

import (
	"fmt"
	"strings"
	"time"
)

type small int8

func Run() string {
	var out []any
	for i := range 3 {
		out = append(out, i)
	}
	n := 2
	for range n {
		out = append(out, "x")
	}
	var fs []func() int
	for i := range n + 1 {
		i += 10 // does not change the iterations
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		out = append(out, f())
	}
	var s small
	for s = range small(3) {
	}
	for d := range time.Duration(2) {
		out = append(out, d)
	}
	for i := range strings.Count("aaa", "a") {
		if i == 1 {
			continue
		}
		out = append(out, -i)
	}
	return fmt.Sprint(out, s)
}
`, "[0 1 2 x x 10 11 12 0s 1ns 0 -2] 2"},
		{"range over func: break, continue, return, labels, nesting", `package t

import (
	"fmt"
	"strings"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func find(words []string, w string) (int, bool) {
	for i, x := range pairs(words) {
		if x == w {
			return i, true
		}
	}
	return -1, false
}

func nested() string {
	for i := range count(3) {
		for j := range count(3) {
			if i*j == 2 {
				return fmt.Sprint("found ", i, j)
			}
		}
	}
	return "none"
}

func Run() string {
	var b strings.Builder
	for i := range count(10) {
		if i%2 == 0 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Fprint(&b, i)
	}
	b.WriteString(" ")
outer:
	for k := 0; k < 3; k++ {
		for i := range count(5) {
			if i == 2 {
				continue outer
			}
			if k == 2 {
				break outer
			}
			fmt.Fprint(&b, k, i, ";")
		}
	}
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i })
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	n := 0
loop:
	for range count(100) {
		n++
		switch {
		case n == 4:
			break loop
		}
	}
	i, ok := find([]string{"a", "b"}, "b")
	j, ok2 := find([]string{"a"}, "z")
	return fmt.Sprint(b.String(), " ", sum, n, " ", i, ok, j, ok2, " ", nested())
}
`, "135 0 0;0 1;1 0;1 1; 3 4 1 true -1 false found 1 2"},
		{"range over func in func literals, over methods, with assignment", `package t

import "fmt"

type list struct{ xs []int }

func (l *list) All(yield func(int, int) bool) {
	for i, x := range l.xs {
		if !yield(i, x) {
			return
		}
	}
}

func Run() string {
	l := &list{xs: []int{5, 6, 7}}
	total := func() (t int) {
		for _, x := range l.All {
			t += x
			if x == 6 {
				return
			}
		}
		return -1
	}()
	var k, v int
	for k, v = range l.All {
	}
	return fmt.Sprint(total, k, v)
}
`, "11 2 7"},
		{"min, max and clear", `package t

import (
	"fmt"
	"math"
)

type celsius float64

func Run() string {
	a, b := 3, 1
	f := math.NaN()
	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s[1:])
	type local struct{ x int }
	ls := []local{{1}}
	clear(ls)
	const c = min(4, 2.5, 3)
	return fmt.Sprint(min(a, b), max(a, b, 7), min("b", "ab"), max(2.5, float64(a)),
		min(f, 1), max(1, f), min(celsius(3), 2), c, len(m), s, ls)
}
`, "1 7ab3 NaN NaN 2 2.5 0 [1 0 0] [{0}]"},
	})
}

// TestGenerics: generic functions and types are monomorphized, so what
// yaegi's own generics get wrong (inference through a generic type,
// generic structs returned from generic functions, methods of generic
// types, explicit instantiation as a value) runs as Go runs it.
func TestGenerics(t *testing.T) {
	runSemantics(t, []semanticsCase{
		{"types, functions, constraints, inference", `package t

import (
	"cmp"
	"fmt"
	"strconv"
)

type pair[T any] struct{ a, b T }

func swap[T any](p pair[T]) pair[T] { return pair[T]{p.b, p.a} }

type Number interface{ ~int | ~float64 }

type meters float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[A, B any](xs []A, f func(A) B) []B {
	var out []B
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Max[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringer interface{ String() string }

type name string

func (n name) String() string { return "<" + string(n) + ">" }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func Run() string {
	p := swap(pair[int]{1, 2})
	q := swap(pair[string]{"x", "y"})
	conv := Map[int, string]
	return fmt.Sprint(p, q, Sum([]float64{1.5, 2}), Sum([]meters{1, 2}),
		Map([]int{1, 2}, func(x int) string { return strconv.Itoa(x * 2) }),
		conv([]int{7}, strconv.Itoa), Max("a", "b"), Max(3, 2), Join([]name{"x", "y"}))
}
`, "{2 1} {y x} 3.5 3 [2 4] [7]b3<x><y>"},
		{"generic types with methods, recursion, nesting", `package t

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(x T)           { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool      { _, ok := s[x]; return ok }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

type List[T any] struct {
	head T
	next *List[T]
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func Keys[K comparable, V any](m map[K]V) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Run() string {
	var s Stack[Stack[int]]
	inner := Stack[int]{}
	inner.Push(4)
	s.Push(inner)
	top, ok := s.Pop()
	n, _ := top.Pop()
	_, empty := s.Pop()
	set := NewSet[string]()
	set.Add("a")
	l := &List[string]{"a", &List[string]{"b", nil}}
	return fmt.Sprint(n, ok, empty, set.Has("a"), set.Has("b"), l.Len(), len(Keys(map[int]bool{1: true})))
}
`, "4 true false true false 2 1"},
	})
}

// TestConstantsAndAssignments: rules of Go's that yaegi gets wrong and
// the typed rewrite spells out (lower_consts.go).
func TestConstantsAndAssignments(t *testing.T) {
	runSemantics(t, []semanticsCase{
		{"untyped constants in typed contexts, shifts, iota", `package t

import (
	"fmt"
	"math"
)

const Pi2 = math.Pi * 2
const Big = 1 << 100

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota + 100
	g, h
)

func Run() string {
	var x float32 = Pi2
	var y int64 = Big >> 98
	n := 3
	var mask uint64 = 1 << (uint(n) % 64)
	return fmt.Sprintf("%.4f %d %d %v", x, y, mask, []int{a, b, d, e, f, g, h})
}
`, "6.2832 4 8 [0 10 30 4 104 5 105]"},
		{"range assigning existing variables, a slice as one variadic argument", `package t

import "fmt"

func count(xs ...any) int { return len(xs) }

func Run() string {
	k, v := -1, -1
	for k, v = range []int{7, 8} {
	}
	var last rune
	for _, last = range "hé" {
	}
	ys := []any{1, 2, 3}
	return fmt.Sprint(k, v, string(last), count(ys), count(ys...), count())
}
`, "1 8é1 3 0"},
		{"arrays: equality, range over a pointer to one", `package t

import "fmt"

type grid [2][2]int

func Run() string {
	a, b := [3]int{1, 2, 3}, [3]int{1, 2, 3}
	p := &a
	for i := range p {
		p[i] *= 2
	}
	sum := 0
	for _, v := range p {
		sum += v
	}
	var nilp *[4]int
	n := 0
	for range nilp {
		n++
	}
	g1, g2 := grid{{1, 2}, {3, 4}}, grid{{1, 2}, {3, 4}}
	return fmt.Sprint(a == b, a != b, a == [3]int{2, 4, 6}, sum, n, g1 == g2)
}
`, "false true true 12 4 true"},
		{"an operation's result stored in a compiled struct's interface field", `package t

import (
	"container/list"
	"fmt"
)

func Run() string {
	l := list.New()
	e := l.PushBack(0)
	i := 3
	e.Value = i * i
	e.Value = fmt.Sprint(e.Value, -i)
	return fmt.Sprint(e.Value, " after")
}
`, "9 -3 after"},
	})
}

// TestMethodValues: a method value with a value receiver copies the
// receiver when it is evaluated, also through a pointer.
func TestMethodValues(t *testing.T) {
	runSemantics(t, []semanticsCase{
		{"value and pointer receivers", `package t

import "fmt"

type acc struct{ total int }

func (a *acc) Add(n int) { a.total += n }
func (a acc) Total() int { return a.total }

func Run() string {
	var a acc
	add := a.Add
	add(1)
	total := a.Total
	p := &a
	viaPtr := p.Total
	add(10)
	return fmt.Sprint(a.total, total(), viaPtr(), a.Total())
}
`, "11 1 1 11"},
		{"method expressions", `package t

import "fmt"

type point struct{ x, y int }

func (p point) Dist(q point) int  { return abs(p.x-q.x) + abs(p.y-q.y) }
func (p *point) Move(dx int)       { p.x += dx }
func (p point) Sum(xs ...int) int { s := p.x; for _, x := range xs { s += x }; return s }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func Run() string {
	fs := []func(point, point) int{point.Dist}
	move := (*point).Move
	p := point{1, 2}
	move(&p, 4)
	sum := point.Sum
	return fmt.Sprint(fs[0](p, point{0, 0}), p, sum(p, 1, 2))
}
`, "7 {5 2} 8"},
	})
}
