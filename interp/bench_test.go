package interp

import (
	"testing"
)

// benchModule is a typical ~50-line module: a receive loop, a spawn, a
// few helpers with loops, importing erl and strings.
const benchModule = `package t

import (
	"erl"
	"strings"
)

var count int

func Start() {
	erl.Spawn(func() { loop(0) })
}

func loop(n int) {
	msg := erl.Receive()
	if s, ok := msg.(string); ok && s == "stop" {
		return
	}
	count++
	loop(n + 1)
}

func Count() int { return count }

func Sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func Inc(x int) int { return x + 1 }

func Words(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if len(w) > 0 {
			n++
		}
	}
	return n
}

func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Reverse(xs []int) []int {
	out := make([]int, 0, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		out = append(out, xs[i])
	}
	return out
}
`

func benchSource() Source { return Source{Module: "t", File: "t.go", Text: []byte(benchModule)} }

func BenchmarkCheck(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if diags := Check(benchSource()); diags != nil {
			b.Fatal(diags)
		}
	}
}

// BenchmarkLoad is c(M)'s share in goerl: check, rewrite, compile, arm.
func BenchmarkLoad(b *testing.B) {
	erl := newFakeErl()
	b.ReportAllocs()
	var versions []*Version
	for b.Loop() {
		v, diags, err := Load(benchSource(), Options{Erl: erl.symbols()})
		if err != nil || diags != nil {
			b.Fatal(err, diags)
		}
		versions = append(versions, v)
	}
	b.StopTimer()
	for _, v := range versions {
		v.Stop()
	}
}

// BenchmarkLoadStop is one load + purge iteration.
func BenchmarkLoadStop(b *testing.B) {
	erl := newFakeErl()
	b.ReportAllocs()
	for b.Loop() {
		v, diags, err := Load(benchSource(), Options{Erl: erl.symbols()})
		if err != nil || diags != nil {
			b.Fatal(err, diags)
		}
		v.Stop()
	}
}

// BenchmarkCall measures host → interpreted calls and interpreted work,
// with and without the rewrite's checks.
func BenchmarkCall(b *testing.B) {
	for _, instrument := range []bool{false, true} {
		name := "plain"
		if instrument {
			name = "rewritten"
		}
		v, diags, err := load(benchSource(), Options{Erl: newFakeErl().symbols()}, instrument)
		if err != nil || diags != nil {
			b.Fatal(err, diags)
		}
		inc, _ := v.Func("Inc")
		sum, _ := v.Func("Sum")
		fib, _ := v.Func("Fib")
		incFn := inc.Value.Interface().(func(int) int)
		sumFn := sum.Value.Interface().(func(int) int)
		fibFn := fib.Value.Interface().(func(int) int)
		b.Run(name+"/Inc", func(b *testing.B) {
			for b.Loop() {
				incFn(1)
			}
		})
		b.Run(name+"/SumPerIteration", func(b *testing.B) {
			for b.Loop() {
				sumFn(1000)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/iter")
		})
		b.Run(name+"/Fib15", func(b *testing.B) {
			for b.Loop() {
				fibFn(15)
			}
			// Fib(15) makes 1973 interpreted calls.
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1973, "ns/call")
		})
		v.Stop()
	}
}
