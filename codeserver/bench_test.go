package codeserver

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"goerl/process"
	"goerl/term"
)

func benchWorld(b *testing.B, modules map[string]string) *world { return newWorld(b, modules) }

// module50 is a ~50-line module of the usual shape.
func module50() string {
	var sb strings.Builder
	sb.WriteString("package fifty\n\nimport \"erl\"\n\n")
	sb.WriteString("func Start() erl.Pid {\n\treturn erl.Spawn(func() { loop(0) })\n}\n\n")
	sb.WriteString("func loop(n int) {\n\tfor {\n\t\tmsg := erl.Receive()\n\t\tif msg == erl.Atom(\"stop\") {\n\t\t\treturn\n\t\t}\n\t\tn = step(n)\n\t}\n}\n\n")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "func F%d(x int) int {\n\tif x > %d {\n\t\treturn x - %d\n\t}\n\treturn x + %d\n}\n\n", i, i, i, i)
	}
	sb.WriteString("func step(n int) int { return F0(n) + F1(n) }\n")
	return sb.String()
}

func BenchmarkLoadPurge(b *testing.B) {
	w := benchWorld(b, map[string]string{"t": moduleT})
	if _, found := w.cs.Compile("t"); !found {
		b.Fatal("no source")
	}
	w.cs.LoadFile("t")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.cs.Purge("t")
		if r := w.cs.LoadFile("t"); sprint(r) != "{module,t}" {
			b.Fatal(sprint(r))
		}
	}
}

func BenchmarkCompile50Lines(b *testing.B) {
	src := module50()
	if n := strings.Count(src, "\n"); n < 45 || n > 60 {
		b.Fatalf("module has %d lines", n)
	}
	w := benchWorld(b, map[string]string{"fifty": src})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		diags, _ := w.cs.Compile("fifty")
		if len(diags) > 0 {
			b.Fatal(diags)
		}
		w.cs.Purge("fifty")
		w.cs.LoadFile("fifty")
	}
}

const modulePingPong = `
package pp

import "erl"

func echo() {
	for {
		m := erl.Receive().(erl.Tuple)
		erl.Send(m[0], m[1])
	}
}

// Run makes n round trips between the calling process and an echo
// process, both running interpreted code.
func Run(n int) int {
	e := erl.Spawn(echo)
	self := erl.Self()
	sum := 0
	for i := 0; i < n; i++ {
		erl.Send(e, erl.Tuple{self, i})
		sum += erl.Receive().(int)
	}
	erl.ExitPid(e, erl.Atom("kill"))
	return sum
}
`

func BenchmarkRoundTripInterpreted(b *testing.B) {
	w := benchWorld(b, map[string]string{"pp": modulePingPong})
	w.compile("pp")
	b.ResetTimer()
	got := w.call("pp", "run", b.N)
	b.StopTimer()
	if want := b.N * (b.N - 1) / 2; got != want {
		b.Fatalf("sum %v, want %d", got, want)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds()/1e6, "Mtrips/s")
}

const moduleMany = `
package many

import "erl"

func Start(n int) int {
	for i := 0; i < n; i++ {
		erl.Spawn(func() { erl.Receive() })
	}
	return n
}
`

// awaitBlocked waits until the runtime has no runnable process.
func awaitBlocked(b *testing.B, rt *process.Runtime) {
	if !rt.Settle(0, 10*time.Second) {
		b.Fatal("processes did not settle")
	}
}

func BenchmarkPurge10kLingering(b *testing.B) {
	w := benchWorld(b, map[string]string{"many": moduleMany})
	w.compile("many")
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		w.call("many", "start", 10000)
		w.cs.LoadFile("many") // the 10,000 now run old code
		awaitBlocked(b, w.rt)
		b.StartTimer()
		if !w.cs.Purge("many") {
			b.Fatal("purge killed nobody")
		}
	}
	b.StopTimer()
	if n := len(w.rt.Processes()); n > 2 {
		b.Fatalf("%d processes survived", n)
	}
}

func BenchmarkPurgeNoneAmong10k(b *testing.B) {
	w := benchWorld(b, map[string]string{"t": moduleT})
	for i := 0; i < 10000; i++ {
		w.rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
			p.Receive(func(m term.Term) (any, bool) { return m, true }, -1)
		})
	}
	w.compile("t")
	awaitBlocked(b, w.rt)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		w.cs.LoadFile("t")
		b.StartTimer()
		if w.cs.Purge("t") {
			b.Fatal("purge killed someone")
		}
	}
}
