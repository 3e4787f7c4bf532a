package interp

import (
	"reflect"
	"runtime"
	"testing"
)

// TestLoopClosuresAreNotRetained: a func literal made in each iteration
// of a loop, handed to the host, called or not, or kept in a variable,
// is garbage once the iteration is over (yaegi kept every one, ~700 B,
// until the function returned: a `for { erl.ReceiveMatch(func ...) }`
// server grew without bound).
func TestLoopClosuresAreNotRetained(t *testing.T) {
	erl := newFakeErl()
	syms := erl.symbols()
	syms["Call"] = reflect.ValueOf(func(fn func(int) bool) bool { return fn(1) })
	syms["Keep"] = reflect.ValueOf(func(fn func(int) bool) bool { return fn != nil })
	syms["Heap"] = reflect.ValueOf(func() int {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return int(ms.HeapAlloc)
	})
	v, diags, err := Load(Source{Module: "t", File: "t.go", Text: []byte(`package t

import "erl"

func Host(n int) int {
	h := erl.Heap()
	for i := 0; i < n; i++ {
		erl.Call(func(x int) bool { return x == i })
	}
	return erl.Heap() - h
}

func Uncalled(n int) int {
	h := erl.Heap()
	for i := 0; i < n; i++ {
		erl.Keep(func(x int) bool { return x == 1 })
	}
	return erl.Heap() - h
}

func Local(n int) int {
	h := erl.Heap()
	for i := 0; i < n; i++ {
		f := func(x int) bool { return x == i }
		f(1)
	}
	return erl.Heap() - h
}
`)}, Options{Erl: syms})
	if err != nil || diags != nil {
		t.Fatal(err, diags)
	}
	const n = 20000
	for _, name := range []string{"Host", "Uncalled", "Local"} {
		if grown := call(t, v, name, n)[0].Int(); grown > 64*n {
			t.Errorf("%s: the heap grew by %d bytes per iteration", name, grown/n)
		}
	}
}
