package codeserver

import (
	"strings"
	"testing"
	"time"

	"goerl/process"
	"goerl/term"
)

// The classic module of the seed article: a process looping by local
// calls.
const moduleT = `
package t

import "erl"

func Start() bool {
	pid := erl.Spawn(func() { doLoop() })
	return erl.Register("t", pid)
}

func doLoop() {
	msg := erl.Receive()
	erl.Format("~p~n", msg)
	doLoop()
}
`

// The fix: a fully qualified call on code_switch moves to current code.
// Ping replies with the version's V, so the test sees which version runs.
const moduleM = `
package m

import "erl"

const V = 1

func Start() erl.Pid {
	pid := erl.Spawn(func() { Loop() })
	erl.Register("m", pid)
	return pid
}

func Loop() {
	msg := erl.Receive()
	if msg == erl.Atom("code_switch") {
		erl.TailCall("m", "loop")
	}
	if t, ok := msg.(erl.Tuple); ok && len(t) == 2 && t[1] == erl.Atom("ping") {
		erl.Send(t[0], erl.Tuple{erl.Atom("pong"), V})
	}
	Loop()
}
`

func mVersion(n int) string {
	return strings.Replace(moduleM, "const V = 1", "const V = "+string(rune('0'+n)), 1)
}

func (w *world) whereis(name string) (term.Pid, bool) { return w.rt.Whereis(term.Atom(name)) }

func (w *world) monitor(pid term.Pid) term.Ref {
	ref, _ := w.shell.do(func(p *process.Proc) term.Term { return p.Monitor(pid) })
	return ref.(term.Ref)
}

func (w *world) shellPid() term.Pid {
	pid, _ := w.shell.do(func(p *process.Proc) term.Term { return p.Pid() })
	return pid.(term.Pid)
}

func (w *world) expectDown(ref term.Ref, pid term.Pid, reason string) {
	w.t.Helper()
	want := sprint(term.Tuple{term.Atom("DOWN"), ref, term.Atom("process"), pid, term.Atom(reason)})
	if got := sprint(w.receive()); got != want {
		w.t.Fatalf("got %s, want %s", got, want)
	}
}

func (w *world) ping(name string) string {
	w.rt.Send(nil, term.Atom(name), term.Tuple{w.shellPid(), term.Atom("ping")})
	return sprint(w.receive())
}

func TestSeedScenario(t *testing.T) {
	w := newWorld(t, map[string]string{"t": moduleT})
	w.compile("t")
	if got := sprint(w.call("t", "start")); got != "true" {
		t.Fatalf("t:start() = %s, want true", got)
	}
	pid, ok := w.whereis("t")
	if !ok {
		t.Fatal("t is not registered")
	}
	ref := w.monitor(pid)
	w.rt.Send(nil, term.Atom("t"), term.Atom("hello"))
	w.waitOutput("hello\n")

	if got := sprint(w.cs.LoadFile("t")); got != "{module,t}" {
		t.Fatalf("first load: %s", got)
	}
	if !w.cs.CheckProcessCode(pid, "t") || !w.cs.CheckOldCode("t") {
		t.Fatal("after one load the looping process should run old code")
	}
	if got := sprint(w.cs.LoadFile("t")); got != "{error,not_purged}" {
		t.Fatalf("second load: %s, want {error,not_purged}", got)
	}
	if p, _ := w.whereis("t"); p != pid {
		t.Fatal("a refused load changed something")
	}
	if !w.cs.Purge("t") {
		t.Fatal("Purge killed nobody")
	}
	w.expectDown(ref, pid, "killed")
	if _, ok := w.whereis("t"); ok {
		t.Error("the killed process is still registered")
	}
	if w.cs.Purge("t") {
		t.Error("a second Purge reported a kill")
	}
	if got := sprint(w.cs.LoadFile("t")); got != "{module,t}" {
		t.Errorf("load after purge: %s", got)
	}
}

// l(t) twice: the second one kills (c/1 and l/1 purge before loading).
func TestTwoReloadsKillLocalLoop(t *testing.T) {
	w := newWorld(t, map[string]string{"t": moduleT})
	w.compile("t")
	w.call("t", "start")
	pid, _ := w.whereis("t")
	ref := w.monitor(pid)
	if w.compile("t") {
		t.Fatal("first reload killed")
	}
	if !w.rt.IsAlive(pid) {
		t.Fatal("process died at the first reload")
	}
	if !w.compile("t") {
		t.Fatal("second reload killed nobody")
	}
	w.expectDown(ref, pid, "killed")
}

func TestCodeSwitchMovesToCurrent(t *testing.T) {
	w := newWorld(t, map[string]string{"m": mVersion(1)})
	w.compile("m")
	pid := w.call("m", "start").(term.Pid)
	ref := w.monitor(pid)
	if got := w.ping("m"); got != "{pong,1}" {
		t.Fatalf("ping: %s", got)
	}

	w.setSource("m", mVersion(2))
	w.compile("m")
	if !w.cs.CheckProcessCode(pid, "m") {
		t.Fatal("before code_switch the process should run old code")
	}
	if w.cs.SoftPurge("m") {
		t.Fatal("soft_purge succeeded while a process runs old code")
	}
	w.rt.Send(nil, pid, term.Atom("code_switch"))
	if got := w.ping("m"); got != "{pong,2}" {
		t.Fatalf("after code_switch ping = %s, want {pong,2}", got)
	}
	if w.cs.CheckProcessCode(pid, "m") {
		t.Fatal("after code_switch the process still holds old code")
	}
	if !w.cs.SoftPurge("m") {
		t.Fatal("soft_purge refused with nobody in old code")
	}

	w.setSource("m", mVersion(3))
	if w.compile("m") {
		t.Fatal("the reload after code_switch killed")
	}
	if !w.rt.IsAlive(pid) {
		t.Fatal("process died")
	}
	// As erl shows: right after that load the process runs what is now
	// old code, and one more load without code_switch kills it.
	if !w.cs.CheckProcessCode(pid, "m") {
		t.Fatal("check_process_code should be true after the next load")
	}
	w.setSource("m", mVersion(4))
	if !w.compile("m") {
		t.Fatal("third load did not kill the lingering process")
	}
	w.expectDown(ref, pid, "killed")
}

// A process that switches code with TailCall many times keeps a flat
// stack and holds exactly one version.
func TestRepeatedTailCallsHoldOneVersion(t *testing.T) {
	w := newWorld(t, map[string]string{"m": mVersion(1)})
	w.compile("m")
	pid := w.call("m", "start").(term.Pid)
	for i := 0; i < 50; i++ {
		w.rt.Send(nil, pid, term.Atom("code_switch"))
	}
	if got := w.ping("m"); got != "{pong,1}" {
		t.Fatalf("ping: %s", got)
	}
	p := w.rt.Lookup(pid)
	if p == nil {
		t.Fatal("process died")
	}
	if n := len(p.CodeStack()); n != 1 {
		t.Errorf("code stack has %d entries, want 1", n)
	}
	if n := w.cs.bounds.Len(); n != 0 {
		t.Errorf("%d processes left inside boundaries", n)
	}
}

func TestSoftPurgeAndDelete(t *testing.T) {
	w := newWorld(t, map[string]string{"t": moduleT})
	tests := []struct {
		step string
		do   func() string
		want string
	}{
		{"soft_purge unknown", func() string { return sprint(term.Bool(w.cs.SoftPurge("t"))) }, "true"},
		{"delete unknown", func() string { return sprint(term.Bool(w.cs.Delete("t"))) }, "false"},
		{"load before compile", func() string { return sprint(w.cs.LoadFile("t")) }, "{error,nofile}"},
		{"compile", func() string { _, found := w.cs.Compile("t"); return sprint(term.Bool(found)) }, "true"},
		{"which before load", func() string { return w.cs.Which("t") }, "/lesson/t.go"},
		{"is_loaded before load", func() string { _, ok := w.cs.IsLoaded("t"); return sprint(term.Bool(ok)) }, "false"},
		{"load", func() string { return sprint(w.cs.LoadFile("t")) }, "{module,t}"},
		{"is_loaded", func() string { p, _ := w.cs.IsLoaded("t"); return p }, "/lesson/t.go"},
		{"start", func() string { return sprint(w.call("t", "start")) }, "true"},
		{"delete", func() string { return sprint(term.Bool(w.cs.Delete("t"))) }, "true"},
		{"is_loaded after delete", func() string { _, ok := w.cs.IsLoaded("t"); return sprint(term.Bool(ok)) }, "false"},
		{"old code after delete", func() string { return sprint(term.Bool(w.cs.CheckOldCode("t"))) }, "true"},
		{"delete again", func() string { return sprint(term.Bool(w.cs.Delete("t"))) }, "false"},
		{"soft_purge while running", func() string { return sprint(term.Bool(w.cs.SoftPurge("t"))) }, "false"},
		// With no current code a call loads the module again (old stays
		// old); the name t still belongs to the old process.
		{"call after delete", func() string { _, e := w.try("t", "start"); return sprint(e.Reason) }, "badarg"},
		{"loaded again", func() string { l := w.cs.Loaded(); return l[0].Name + " " + l[0].Path }, "t /lesson/t.go"},
		{"load with old and current", func() string { return sprint(w.cs.LoadFile("t")) }, "{error,not_purged}"},
		{"purge", func() string { return sprint(term.Bool(w.cs.Purge("t"))) }, "true"},
		{"old code after purge", func() string { return sprint(term.Bool(w.cs.CheckOldCode("t"))) }, "false"},
		{"delete to empty", func() string { return sprint(term.Bool(w.cs.Delete("t"))) }, "true"},
		// The failed start had spawned its loop before register failed.
		{"purge kills the orphan", func() string { return sprint(term.Bool(w.cs.Purge("t"))) }, "true"},
		{"purge again", func() string { return sprint(term.Bool(w.cs.Purge("t"))) }, "false"},
		{"loaded after purge", func() string { return sprint(term.Bool(len(w.cs.Loaded()) == 0)) }, "true"},
		{"load after delete", func() string { return sprint(w.cs.LoadFile("t")) }, "{module,t}"},
		{"start", func() string { return sprint(w.call("t", "start")) }, "true"},
		{"artifacts", func() string { return strings.Join(w.cs.Artifacts(), ",") }, "t"},
	}
	for _, tt := range tests {
		if got := tt.do(); got != tt.want {
			t.Fatalf("%s: got %s, want %s", tt.step, got, tt.want)
		}
	}
}

const moduleBusy = `
package busy

import "erl"

func Start() erl.Pid {
	return erl.Spawn(func() { spin() })
}

func spin() {
	x := 0
	for {
		x++
	}
}
`

func TestPurgeKillsBusyLoop(t *testing.T) {
	w := newWorld(t, map[string]string{"busy": moduleBusy})
	w.compile("busy")
	pid := w.call("busy", "start").(term.Pid)
	ref := w.monitor(pid)
	w.compile("busy")
	if !w.rt.IsAlive(pid) {
		t.Fatal("busy process died at the first load")
	}
	if !w.compile("busy") {
		t.Fatal("purge killed nobody")
	}
	w.expectDown(ref, pid, "killed")
}

func TestCompileErrorKeepsOldCode(t *testing.T) {
	w := newWorld(t, map[string]string{"m": mVersion(1)})
	w.compile("m")
	pid := w.call("m", "start").(term.Pid)
	w.setSource("m", "package m\n\nfunc Start() int { return y }\n")
	diags, found := w.cs.Compile("m")
	if !found || len(diags) == 0 {
		t.Fatalf("Compile of a bad module = %v, %v", diags, found)
	}
	if d := diags[0]; d.File != "m.go" || d.Line != 3 || !strings.Contains(d.Msg, "y") {
		t.Errorf("diagnostic %+v, want m.go:3 about y", d)
	}
	// The failed compile stored nothing: l(m) reloads the good artifact.
	if w.cs.Purge("m") {
		t.Fatal("purge with no old code killed")
	}
	if got := sprint(w.cs.LoadFile("m")); got != "{module,m}" {
		t.Fatalf("reload: %s", got)
	}
	if got := w.ping("m"); got != "{pong,1}" || !w.rt.IsAlive(pid) {
		t.Fatalf("process after failed compile: %s", got)
	}
}

func TestMissingSource(t *testing.T) {
	w := newWorld(t, nil)
	if diags, found := w.cs.Compile("nofile"); found || diags != nil {
		t.Errorf("Compile(nofile) = %v, %v", diags, found)
	}
	if got := w.cs.Which("nofile"); got != "" {
		t.Errorf("Which(nofile) = %q", got)
	}
	if _, handled := w.cs.Call(nil, "nofile", "f", nil); handled {
		t.Error("a call to an unknown module was handled")
	}
}

const moduleFuns = `
package funs

import "erl"

func Make(n int) func(int) int {
	return func(x int) int { return x + n }
}

func Apply(f func(int) int, x int) int { return f(x) }

func Pair() (int, string) { return 1, "a" }

func Nothing() {}

func Hop(n int) int {
	if n == 0 {
		return 7
	}
	erl.TailCall("funs", "hop", n-1)
	return -1
}

func Fail() { erl.Error(erl.Atom("boom")) }

func Sum(xs ...int) int { return 0 }

func helper() {}
`

func TestCallResultsAndErrors(t *testing.T) {
	w := newWorld(t, map[string]string{"funs": moduleFuns})
	w.compile("funs")
	tests := []struct {
		fun  string
		args []term.Term
		want string // ~w of the value, or "Class:Reason Stack"
	}{
		{"pair", nil, "{1,[97]}"},
		{"nothing", nil, "ok"},
		{"hop", []term.Term{3}, "7"},
		{"hop", []term.Term{term.Atom("x")}, "error:function_clause [{funs,hop,[x],[]}]"},
		{"nope", nil, "error:undef [{funs,nope,[],[]}]"},
		{"hop", nil, "error:undef [{funs,hop,[],[]}]"},
		{"sum", []term.Term{term.List{1}}, "error:undef [{funs,sum,[[1]],[]}]"},
		{"helper", nil, "error:undef [{funs,helper,[],[]}]"},
		{"fail", nil, "error:boom [{funs,fail,0,[{file,[102,117,110,115,46,103,111]},{line,23}]}]"},
	}
	for _, tt := range tests {
		res, exc := w.try("funs", tt.fun, tt.args...)
		got := sprint(res)
		if exc != nil {
			got = string(exc.Class) + ":" + sprint(exc.Reason) + " " + sprint(exc.Stack)
		}
		if got != tt.want {
			t.Errorf("funs:%s%s = %s, want %s", tt.fun, sprint(term.List(tt.args)), got, tt.want)
		}
	}
	if n := w.cs.bounds.Len(); n != 0 {
		t.Errorf("%d processes left inside boundaries", n)
	}
	fns, _ := w.cs.Exports("funs")
	var names []string
	for _, f := range fns {
		names = append(names, f.Name+"/"+string(rune('0'+f.Arity)))
	}
	if got := strings.Join(names, " "); got != "apply/2 fail/0 hop/1 make/1 module_info/0 module_info/1 nothing/0 pair/0" {
		t.Errorf("exports: %s", got)
	}
}

func TestFunsAndBadfunAfterPurge(t *testing.T) {
	w := newWorld(t, map[string]string{"funs": moduleFuns})
	w.compile("funs")
	f, ok := w.call("funs", "make", 10).(*term.Fun)
	if !ok || f.Module != "funs" || f.Arity != 1 {
		t.Fatalf("funs:make(10) = %s", sprint(f))
	}
	callF := func() (term.Term, *term.Exception) {
		return w.shell.do(func(p *process.Proc) term.Term {
			r, ok := w.cs.CallFun(p, f, []term.Term{5})
			if !ok {
				return term.Atom("not_ours")
			}
			return r
		})
	}
	if r, _ := callF(); sprint(r) != "15" {
		t.Fatalf("F(5) = %s", sprint(r))
	}
	// A module fun passed back into module code is a Go func again.
	if r := w.call("funs", "apply", f, 1); sprint(r) != "11" {
		t.Fatalf("funs:apply(F, 1) = %s", sprint(r))
	}
	w.compile("funs") // F's version is old now: still callable
	if r, _ := callF(); sprint(r) != "15" {
		t.Fatalf("F(5) in old code = %s", sprint(r))
	}
	w.compile("funs") // F's version is purged; holding F killed nobody
	_, exc := callF()
	if exc == nil || sprint(exc.Reason) != sprint(term.Tuple{term.Atom("badfun"), f}) {
		t.Fatalf("F(5) after purge: %v, want error {badfun,F}", exc)
	}
}

func TestNotAProcessCall(t *testing.T) {
	w := newWorld(t, map[string]string{"funs": moduleFuns})
	w.compile("funs")
	defer func() {
		if e, ok := recover().(*term.Exception); !ok || e.Reason != term.Atom("not_a_process") {
			t.Errorf("recovered %v", e)
		}
	}()
	w.cs.Call(nil, "funs", "pair", nil)
}

// A looping process does not make purge slow for everybody else, and
// killed processes are gone when Purge returns.
func TestPurgeWaitsForDeaths(t *testing.T) {
	w := newWorld(t, map[string]string{"t": moduleT})
	w.compile("t")
	w.call("t", "start")
	pid, _ := w.whereis("t")
	w.compile("t")
	start := time.Now()
	w.compile("t")
	if w.rt.IsAlive(pid) {
		t.Error("Purge returned before the killed process died")
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("purge took %v", d)
	}
}

func TestModuleInfo(t *testing.T) {
	w := newWorld(t, map[string]string{"t": moduleT})
	w.compile("t")
	res, exc := w.try("t", "module_info", term.Atom("exports"))
	if exc != nil {
		t.Fatal(exc)
	}
	if got := sprint(res); got != "[{start,0},{module_info,0},{module_info,1}]" {
		t.Errorf("t:module_info(exports) = %s", got)
	}
	res, _ = w.try("t", "module_info")
	if l, ok := res.(term.List); !ok || len(l) != 5 || sprint(l[0]) != "{module,t}" {
		t.Errorf("t:module_info() = %s", sprint(res))
	}
	if fns, _ := w.cs.Exports("t"); len(fns) != 3 {
		t.Errorf("Exports(t) = %v, want module_info/0,1 and start/0", fns)
	}
}

// TestTermResults: values computed in a return statement of a function
// returning erl.Term reach the caller (yaegi alone loses them).
func TestTermResults(t *testing.T) {
	w := newWorld(t, map[string]string{"y": `
package y

import "erl"

func B(z int) erl.Term { return z + 1 }

func F(s string) erl.Term { return s + "x" }

func P(z int) (erl.Term, int) { return z * 2, z }

func E(z int) erl.Term { return z == 2 }

func N(z int) erl.Term { return !(z == 2) }
`})
	w.compile("y")
	for _, tt := range []struct {
		fun  string
		arg  term.Term
		want string
	}{
		{"b", 2, "3"},
		{"f", term.String("a"), "[97,120]"},
		{"p", 4, "{8,4}"},
		{"e", 2, "true"},
		{"n", 2, "false"},
	} {
		res, exc := w.try("y", tt.fun, tt.arg)
		if exc != nil || sprint(res) != tt.want {
			t.Errorf("y:%s(%s) = %s %v, want %s", tt.fun, sprint(tt.arg), sprint(res), exc, tt.want)
		}
	}
}
