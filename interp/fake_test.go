package interp

import (
	"math/big"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/petermattis/goid"
)

// fakeErl stands in for package erl: a Check hook that can kill the
// goroutine it runs on (once, as the real one must) and act as a stack
// guard, a Receive on one shared mailbox, and a Spawn.
type fakeErl struct {
	checks  atomic.Int64
	limit   atomic.Int64 // Check calls after which Check ends the goroutine; 0 = never
	killAll atomic.Bool  // every goroutine calling Check ends
	exiting sync.Map     // goroutines already ending: Check is a no-op there
	mailbox chan any
}

func newFakeErl() *fakeErl { return &fakeErl{mailbox: make(chan any, 16)} }

func (f *fakeErl) check() {
	n := f.checks.Add(1)
	if lim := f.limit.Load(); (lim != 0 && n > lim) || f.killAll.Load() {
		id := goid.Get()
		if _, already := f.exiting.LoadOrStore(id, true); already {
			return // Goexit must happen once per goroutine
		}
		runtime.Goexit()
	}
}

func (f *fakeErl) symbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Check":      reflect.ValueOf(f.check),
		"Receive":    reflect.ValueOf(func() any { return <-f.mailbox }),
		"Spawn":      reflect.ValueOf(func(fn func()) { go fn() }),
		"Go":         reflect.ValueOf(func(fn func()) { go fn() }),
		"Grow":       reflect.ValueOf(func(_ any, n int) int { return n }),
		"GrowAppend": reflect.ValueOf(func(any, int) {}),
		"GrowString": reflect.ValueOf(func(int) {}),
		"ExpArgs":    reflect.ValueOf(func(x, y, m *big.Int) (*big.Int, *big.Int, *big.Int) { return x, y, m }),
		"LshArgs":    reflect.ValueOf(func(x *big.Int, n uint) (*big.Int, uint) { return x, n }),
	}
}

// mustLoad loads a module that must compile.
func mustLoad(t testing.TB, module, text string, erl *fakeErl) *Version {
	t.Helper()
	v, diags, err := Load(Source{Module: module, File: module + ".go", Text: []byte(text)}, Options{Erl: erl.symbols()})
	if err != nil || diags != nil {
		t.Fatalf("Load(%s): err=%v diags=%v", module, err, diags)
	}
	t.Cleanup(v.Stop)
	return v
}

// call calls the exported function goName of v.
func call(t testing.TB, v *Version, goName string, args ...any) []reflect.Value {
	t.Helper()
	fn, ok := v.Func(goName)
	if !ok {
		t.Fatalf("no function %s in %s (have %v)", goName, v.Module(), v.Funcs())
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	return fn.Value.Call(in)
}

// goexited runs fn on a new goroutine and reports whether it ended by
// runtime.Goexit (rather than returning), waiting at most d.
func goexited(t testing.TB, d time.Duration, fn func()) bool {
	t.Helper()
	done := make(chan bool)
	go func() {
		returned := false
		defer func() { done <- !returned }()
		fn()
		returned = true
	}()
	select {
	case exited := <-done:
		return exited
	case <-time.After(d):
		t.Fatalf("goroutine still running after %v", d)
		return false
	}
}
