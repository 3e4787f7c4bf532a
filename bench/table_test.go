package bench

import (
	"fmt"
	"strings"
	"testing"
)

// Each benchmark is one row of issue 8's table. An op is the whole
// workload (N elements, round trips or processes), typed at the prompt of
// one shell; compare.sh runs the same in erl.

// BenchmarkFoldPrompt: lists:foldl consing onto an accumulator, at the
// prompt (quadratic while a list is a slice).
func BenchmarkFoldPrompt(b *testing.B) {
	for _, n := range []int{10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := newSession(b)
			cmd := fmt.Sprintf("length(lists:foldl(fun(X, A) -> [X|A] end, [], lists:seq(1, %d))).", n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if out := s.eval(cmd); !strings.Contains(out, fmt.Sprint(n)) {
					b.Fatal(out)
				}
			}
		})
	}
}

// BenchmarkPingPongModule: round trips between two module processes.
func BenchmarkPingPongModule(b *testing.B) {
	const n = 30000
	s := newSession(b)
	s.eval("c(pp).")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.eval(fmt.Sprintf("pp:run(%d).", n))
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds()/1e6, "Mtrips/s")
}

// BenchmarkSpawnModule: a module spawns 100k processes that wait in
// receive; reports the memory each costs while they wait.
func BenchmarkSpawnModule(b *testing.B) {
	spawnBench(b, "c(many).", "many:start(%d).")
}

// BenchmarkSpawnPrompt: 100k spawn(fun() -> receive stop -> ok end end)
// from the prompt.
func BenchmarkSpawnPrompt(b *testing.B) {
	spawnBench(b, "ok.", "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, %d)], ok.")
}

func spawnBench(b *testing.B, setup, cmd string) {
	const n = 100000
	var perProc float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := newSession(b)
		s.eval(setup)
		before := memInUse()
		b.StartTimer()
		s.eval(fmt.Sprintf(cmd, n))
		b.StopTimer()
		perProc = float64(memInUse()-before) / n
		s.close()
	}
	b.ReportMetric(perProc, "bytes/process")
}

// BenchmarkFibModule: fib(27) in a module.
func BenchmarkFibModule(b *testing.B) {
	s := newSession(b)
	s.eval("c(fib).")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if out := s.eval("fib:fib(27)."); !strings.Contains(out, "196418") {
			b.Fatal(out)
		}
	}
}

// BenchmarkSelectiveServer: a ReceiveMatch server handling 100k messages;
// reports how much the memory in use grew over them.
func BenchmarkSelectiveServer(b *testing.B) {
	const n = 100000
	s := newSession(b)
	s.eval("c(sel).")
	s.eval("sel:run(1000).")
	before := memInUse()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if out := s.eval(fmt.Sprintf("sel:run(%d).", n)); !strings.Contains(out, fmt.Sprint(n)) {
			b.Fatal(out)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(int64(memInUse())-int64(before))/(1<<20), "MiB-grown")
}
