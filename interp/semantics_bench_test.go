package interp

import (
	"reflect"
	"testing"
)

// The semantic rewrites on hot paths: a lowered switch, and a loop whose
// variable a closure captures (per-iteration copies). Each runs with the
// whole rewrite and with none (load's instrument false, where yaegi
// runs the switch itself), next to a plain loop that shows the kill
// checks' own share.
const hotModule = `package t

func Switch(n int) (s int) {
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			s += 1
		case 1, 2:
			s += 2
		default:
			s += 3
		}
	}
	return
}

func Plain(n int) (s int) {
	for i := 0; i < n; i++ {
		s += i % 4
	}
	return
}

func Captured(n int) (s int) {
	f := func() int { return 0 }
	for i := 0; i < n; i++ {
		if i < 0 {
			f = func() int { return i }
		}
		s += i % 4
	}
	return s + f()
}
`

func benchHot(b *testing.B, fn string, instrument bool) {
	v, diags, err := load(Source{Module: "t", File: "t.go", Text: []byte(hotModule)}, Options{Erl: newFakeErl().symbols()}, instrument)
	if err != nil || diags != nil {
		b.Fatal(err, diags)
	}
	defer v.Stop()
	f, _ := v.Func(fn)
	const n = 1000
	in := []reflect.Value{reflect.ValueOf(n)}
	b.ResetTimer()
	for b.Loop() {
		f.Value.Call(in)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/iter")
}

func BenchmarkHotSwitch(b *testing.B) {
	b.Run("rewritten", func(b *testing.B) { benchHot(b, "Switch", true) })
	b.Run("yaegi", func(b *testing.B) { benchHot(b, "Switch", false) })
}

func BenchmarkHotPlainLoop(b *testing.B) {
	b.Run("rewritten", func(b *testing.B) { benchHot(b, "Plain", true) })
	b.Run("yaegi", func(b *testing.B) { benchHot(b, "Plain", false) })
}

func BenchmarkHotCapturedLoopVar(b *testing.B) {
	b.Run("rewritten", func(b *testing.B) { benchHot(b, "Captured", true) })
	b.Run("yaegi", func(b *testing.B) { benchHot(b, "Captured", false) })
}
