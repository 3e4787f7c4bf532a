package interp

import (
	"fmt"
	"strings"
	"testing"
)

// The module of TestTailCalls: functions the rewrite turns into loops,
// and functions it must leave as they are, each checked against what Go
// computes.
const tailModule = `package tc

import "fmt"

// Sum: the accumulator loop.
func Sum(n, acc int) int {
	if n == 0 {
		return acc
	}
	return Sum(n-1, acc+n)
}

// Swap evaluates every argument before any parameter changes.
func Swap(a, b, n int) string {
	if n == 0 {
		return fmt.Sprint(a, b)
	}
	return Swap(b, a+b, n-1)
}

// Funs: each call's closure keeps that call's parameter.
func Funs(n int, fs []func() int) string {
	if n == 0 {
		out := ""
		for _, f := range fs {
			out += fmt.Sprint(f())
		}
		return out
	}
	return Funs(n-1, append(fs, func() int { return n }))
}

// Steps: a statement call last in if, else and switch branches of a
// function without results, and one followed by a bare return.
func Steps(n int, log *[]string) {
	*log = append(*log, fmt.Sprint(n))
	if n <= 0 {
		return
	}
	if n%5 == 0 {
		Steps(n-2, log)
		return
	}
	switch n % 2 {
	case 0:
		Steps(n-1, log)
	default:
		if n > 3 {
			Steps(n-3, log)
		} else {
			Steps(n-1, log)
		}
	}
}

// Blank parameters and a shadowing block.
func Blank(_ int, n int) int {
	if n > 3 {
		n := n * 100
		return n
	}
	return Blank(n, n+1)
}

// A method calling itself on its receiver.
type counter struct{ n int }

func (c *counter) run(k int) int {
	if k == 0 {
		return c.n
	}
	c.n += k
	return c.run(k - 1)
}

func Method(k int) int { c := &counter{}; return c.run(k) }

// Other calls the method on another receiver: not a self call.
func (c counter) other(k int) int {
	if k == 0 {
		return c.n
	}
	d := counter{c.n + 1}
	return d.other(k - 1)
}

func Other(k int) int { return counter{}.other(k) }

// Not tail calls: left alone, and still right.
func Count(n int) int {
	if n == 0 {
		return 0
	}
	return Count(n-1) + 1
}

func Deferred(n int, log *[]string) int {
	defer func() { *log = append(*log, fmt.Sprint("d", n)) }()
	if n == 0 {
		return 0
	}
	return Deferred(n-1, log)
}

func Named(n int) (r int) {
	r += 10
	if n == 0 {
		return r
	}
	return Named(n - 1)
}

func Shadowed(n int) int {
	if n == 0 {
		return 7
	}
	Shadowed := func(int) int { return -1 }
	return Shadowed(n - 1)
}
`

func TestTailCalls(t *testing.T) {
	v := mustLoad(t, "tc", tailModule, newFakeErl())
	var log []string
	tests := []struct {
		fn   string
		args []any
		want string
	}{
		{"Sum", []any{100000, 0}, "5000050000"},
		{"Swap", []any{0, 1, 10}, "55 89"},
		{"Funs", []any{4, []func() int(nil)}, "4321"},
		{"Steps", []any{12, &log}, ""},
		{"Blank", []any{0, 1}, "400"},
		{"Count", []any{100}, "100"},
		{"Method", []any{100000}, "5000050000"},
		{"Other", []any{10}, "10"},
		{"Deferred", []any{3, &log}, "0"},
		// Named and Shadowed are only checked for being left alone
		// (TestTailCallRewrite): yaegi v0.16.1 computes both wrongly
		// (named results shared between recursive calls; a local
		// variable named like its function).
	}
	for _, tt := range tests {
		t.Run(tt.fn, func(t *testing.T) {
			out := call(t, v, tt.fn, tt.args...)
			got := ""
			if len(out) > 0 {
				got = fmt.Sprint(out[0].Interface())
			}
			if got != tt.want {
				t.Errorf("%s%v = %s, want %s", tt.fn, tt.args, got, tt.want)
			}
		})
	}
	if got, want := strings.Join(log, " "), "12 11 8 7 4 3 2 1 0 d0 d1 d2 d3"; got != want {
		t.Errorf("log %s, want %s", got, want)
	}
}

// TestTailCallRewrite checks which functions become loops.
func TestTailCallRewrite(t *testing.T) {
	src := []byte(tailModule)
	c, diags := check(Source{Module: "tc", File: "tc.go", Text: src})
	if c == nil {
		t.Fatal(diags)
	}
	out := string(rewrite(c.fset, c.file, src, "tc.go"))
	for _, fn := range []string{"Sum", "Swap", "Funs", "Steps", "Blank", "Count", "Deferred", "Named", "Shadowed", "(c *counter) run", "(c counter) other"} {
		i := strings.Index(out, "func "+fn+"(")
		j := strings.Index(out[i+1:], "\nfunc ")
		body := out[i:]
		if j >= 0 {
			body = out[i : i+1+j]
		}
		looped := strings.Contains(body, tailLabel+": for")
		want := fn == "Sum" || fn == "Swap" || fn == "Funs" || fn == "Steps" || fn == "Blank" || fn == "(c *counter) run"
		if looped != want {
			t.Errorf("%s rewritten into a loop: %v, want %v\n%s", fn, looped, want, body)
		}
	}
}
