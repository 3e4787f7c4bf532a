package interp

import (
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

const counterModule = `package t

var counter int

func Bump(by int) int { counter += by; return counter }

// Spin loops until stopped, returning how far it got in a named result.
func Spin(started func()) (n int) {
	started()
	for {
		n++
	}
}

func Sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
`

// TestVersionsAreIndependent: two versions of package t have their own
// globals, as the old and current slots of one module must.
func TestVersionsAreIndependent(t *testing.T) {
	erl := newFakeErl()
	v1 := mustLoad(t, "t", counterModule, erl)
	v2 := mustLoad(t, "t", counterModule, erl)
	got := []any{
		call(t, v1, "Bump", 1)[0].Int(), call(t, v2, "Bump", 100)[0].Int(),
		call(t, v1, "Bump", 1)[0].Int(), call(t, v2, "Bump", 10)[0].Int(),
	}
	want := []any{int64(1), int64(100), int64(2), int64(110)}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("bumps = %v, want %v", got, want)
	}
}

// TestFuncs lists exported top-level functions only, sorted, with types.
func TestFuncs(t *testing.T) {
	v := mustLoad(t, "t", `package t

type T struct{}

func (T) Method() {}
func Start() bool { return true }
func DoLoop(n int) {}
func helper() {}
func Map[X any](x X) X { return x }
`, newFakeErl())
	var got []string
	for _, f := range v.Funcs() {
		got = append(got, f.GoName+" "+f.Type.String())
	}
	want := []string{"DoLoop func(int)", "Start func() bool"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Funcs = %v, want %v", got, want)
	}
	if _, ok := v.Func("helper"); ok {
		t.Fatalf("Func(helper) found an unexported function")
	}
}

// TestStopStopsOnlyItsVersion: Stop ends busy loops of one version within
// milliseconds, returning normally, while the other version runs on.
func TestStopStopsOnlyItsVersion(t *testing.T) {
	erl := newFakeErl()
	old := mustLoad(t, "t", counterModule, erl)
	cur := mustLoad(t, "t", counterModule, erl)

	type result struct {
		n int64
		v *Version
	}
	results := make(chan result, 4)
	var started sync.WaitGroup
	for _, v := range []*Version{old, old, cur} {
		started.Add(1)
		go func() { results <- result{call(t, v, "Spin", started.Done)[0].Int(), v} }()
	}
	started.Wait()
	time.Sleep(5 * time.Millisecond) // let them spin
	start := time.Now()
	old.Stop()
	for range 2 {
		select {
		case r := <-results:
			if r.v != old {
				t.Fatalf("a spinner of the other version returned")
			}
			if r.n == 0 {
				t.Errorf("Spin returned n=0: the named result should keep its value")
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("spinners of the stopped version still running after 30s")
		}
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("stopping took %v", d)
	}
	if !old.Stopped() || cur.Stopped() {
		t.Fatalf("Stopped: old %v cur %v, want true false", old.Stopped(), cur.Stopped())
	}
	select {
	case <-results:
		t.Fatalf("the current version's spinner returned")
	case <-time.After(10 * time.Millisecond):
	}
	if got := call(t, cur, "Sum", 10)[0].Int(); got != 45 {
		t.Fatalf("current version Sum(10) = %d after stopping the old one", got)
	}
	cur.Stop()
	if r := <-results; r.v != cur {
		t.Fatalf("unexpected result")
	}
	old.Stop() // idempotent
}

// TestStoppedVersionStaysDead: after Stop, calls return zero values at once.
func TestStoppedVersionStaysDead(t *testing.T) {
	v := mustLoad(t, "t", counterModule, newFakeErl())
	v.Stop()
	if got := call(t, v, "Sum", 10)[0].Int(); got != 0 {
		t.Fatalf("Sum(10) on a stopped version = %d, want 0", got)
	}
}

// TestCheckKillsOneBusyProcess: thanks to the rewrite, the erl.Check
// hook can end one goroutine stuck in a loop without stopping the
// version; its deferred functions still run.
func TestCheckKillsOneBusyProcess(t *testing.T) {
	erl := newFakeErl()
	v := mustLoad(t, "t", `package t

var Cleaned int

func Busy() {
	defer func() { Cleaned++ }()
	x := 0
	for {
		x++
	}
}

func GotoBusy() {
	i := 0
loop:
	i++
	goto loop
}

func Cleanups() int { return Cleaned }
`, erl)
	for _, name := range []string{"Busy", "GotoBusy"} {
		erl.exiting.Clear()
		erl.checks.Store(0)
		// A few checks: Busy's are sampled (one per 1024 iterations),
		// and under -race one iteration costs microseconds.
		erl.limit.Store(50)
		if !goexited(t, 30*time.Second, func() { call(t, v, name) }) {
			t.Fatalf("%s returned instead of being killed", name)
		}
	}
	erl.limit.Store(0)
	if got := call(t, v, "Cleanups")[0].Int(); got != 1 {
		t.Fatalf("deferred cleanups run = %d, want 1", got)
	}
}

// TestStackGuard: unbounded recursion reaches the Check hook at every
// call, so a guard in it ends the goroutine long before Go's fatal
// stack overflow; the version keeps working.
func TestStackGuard(t *testing.T) {
	erl := newFakeErl()
	v := mustLoad(t, "t", `package t

func R(n int) int { return R(n+1) + 1 }
func WithDefer(n int) int {
	defer func() { recover() }()
	return WithDefer(n+1) + 1
}
func Sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }
`, erl)
	const depth = 20000
	for _, name := range []string{"R", "WithDefer"} {
		start := time.Now()
		erl.exiting = sync.Map{}
		erl.checks.Store(0)
		erl.limit.Store(depth)
		if !goexited(t, 10*time.Second, func() { call(t, v, name, 0) }) {
			t.Fatalf("%s returned", name)
		}
		t.Logf("%s: %v, %d checks", name, time.Since(start), erl.checks.Load())
		if n := erl.checks.Load(); n < depth {
			t.Fatalf("%s: %d checks, want at least one per level (%d)", name, n, depth)
		}
	}
	erl.limit.Store(0)
	if got := call(t, v, "Sum", 100)[0].Int(); got != 4950 {
		t.Fatalf("Sum(100) = %d after the guard fired", got)
	}
}

// TestChannelOpsAreStoppable: goroutines of a version blocked on its own
// channels wake up when the version stops (they were compiled cancellable).
func TestChannelOpsAreStoppable(t *testing.T) {
	v := mustLoad(t, "t", `package t

var ch = make(chan int)

func Wait() int { x := <-ch; return x }
func WaitSelect() int {
	select {
	case x := <-ch:
		return x
	}
}
`, newFakeErl())
	before := runtime.NumGoroutine()
	done := make(chan struct{}, 2)
	for _, name := range []string{"Wait", "WaitSelect"} {
		go func() { call(t, v, name); done <- struct{}{} }()
	}
	time.Sleep(10 * time.Millisecond)
	v.Stop()
	for range 2 {
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("channel waiters still blocked after Stop (goroutines %d → %d)", before, runtime.NumGoroutine())
		}
	}
}

// TestCompilePanicBecomesDiagnostic: a construct that makes yaegi panic
// while compiling (range over an int, which reaches yaegi when the
// rewrite that lowers it is skipped) must be reported, not crash.
func TestCompilePanicBecomesDiagnostic(t *testing.T) {
	src := Source{Module: "t", File: "t.go", Text: []byte(`package t

import "strings"

func F() (s int) { for i := range strings.Count("aaa", "a") { s += i }; return }
`)}
	v, diags, err := load(src, Options{Erl: newFakeErl().symbols()}, false)
	if err != nil || v != nil || len(diags) != 1 || !strings.HasPrefix(diags[0].Msg, "unsupported Go construct") {
		t.Fatalf("Load = %v, %v, %v; want one unsupported-construct diagnostic", v, diags, err)
	}
}

// TestFmtPrintsToStdout: fmt's printing goes to Options.Stdout.
func TestFmtPrintsToStdout(t *testing.T) {
	var out strings.Builder
	src := Source{Module: "t", File: "t.go", Text: []byte(`package t

import "fmt"

func Hello(name string) { fmt.Println("hello", name); fmt.Printf("%d!\n", 42) }
`)}
	v, diags, err := Load(src, Options{Erl: newFakeErl().symbols(), Stdout: &out})
	if err != nil || diags != nil {
		t.Fatal(err, diags)
	}
	defer v.Stop()
	call(t, v, "Hello", "joe")
	if got := out.String(); got != "hello joe\n42!\n" {
		t.Fatalf("stdout = %q", got)
	}
}

// TestGenericStdlib: slices is interpreted from yaegi's embedded source,
// compiled only for modules that import it.
func TestGenericStdlib(t *testing.T) {
	v := mustLoad(t, "t", `package t

import "slices"

func Has(xs []int, x int) bool { return slices.Contains(xs, x) }
`, newFakeErl())
	if !call(t, v, "Has", []int{1, 2, 3}, 2)[0].Bool() {
		t.Fatalf("Has([1,2,3], 2) = false")
	}
}
