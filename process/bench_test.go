package process

import (
	"runtime"
	"testing"

	"goerl/term"
)

// BenchmarkRoundTrip: one op is a message to a native echo process and
// its reply.
func BenchmarkRoundTrip(b *testing.B) {
	rt := New(Options{})
	echo, _ := rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		for {
			m, _ := p.Receive(anyMsg, -1)
			t := m.(term.Tuple)
			rt.Send(p, t[0], t[1])
		}
	})
	done := make(chan struct{})
	b.ResetTimer()
	rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		var msg, dest term.Term = term.Tuple{p.Pid(), term.Atom("ping")}, echo.Pid()
		for i := 0; i < b.N; i++ {
			rt.Send(p, dest, msg)
			p.Receive(anyMsg, -1)
		}
		close(done)
	})
	<-done
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "trips/s")
	rt.Kill(echo.Pid())
}

// BenchmarkSpawnWaiting: one op spawns 100,000 processes that wait in
// Receive. B/proc is the growth of heap and stacks per process.
func BenchmarkSpawnWaiting(b *testing.B) {
	const n = 100000
	var perProc float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		rt := New(Options{})
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		b.StartTimer()
		for j := 0; j < n; j++ {
			rt.Spawn(nil, SpawnOptions{}, func(p *Proc) { p.Receive(anyMsg, -1) })
		}
		if !rt.Settle(0, testWait) {
			b.Fatal("spawned processes did not settle")
		}
		b.StopTimer()
		runtime.ReadMemStats(&after)
		perProc = float64((after.HeapInuse+after.StackInuse)-(before.HeapInuse+before.StackInuse)) / n
		for _, pid := range rt.Processes() {
			rt.Kill(pid)
		}
		rt.Settle(0, testWait)
		b.StartTimer()
	}
	b.ReportMetric(perProc, "B/proc")
}

// BenchmarkHolders asks who holds a tag among 100,000 processes, 10,000
// of which hold it (the purge scan), and for a tag nobody holds.
func BenchmarkHolders(b *testing.B) {
	rt := New(Options{})
	held, unheld := rt.NewCodeTag("held"), rt.NewCodeTag("unheld")
	for j := 0; j < 100000; j++ {
		opts := SpawnOptions{}
		if j%10 == 0 {
			opts.Code = held
		}
		rt.Spawn(nil, opts, func(p *Proc) { p.Receive(anyMsg, -1) })
	}
	rt.Settle(0, testWait)
	b.Run("10000-holders", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if len(rt.Holders(held)) != 10000 {
				b.Fatal("wrong holder count")
			}
		}
	})
	b.Run("no-holders", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if len(rt.Holders(unheld)) != 0 {
				b.Fatal("wrong holder count")
			}
		}
	})
	// Find and kill every holder, and wait until they are gone.
	b.Run("kill-10000-holders", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			tag := rt.NewCodeTag("victims")
			for j := 0; j < 10000; j++ {
				rt.Spawn(nil, SpawnOptions{Code: tag}, func(p *Proc) { p.Receive(anyMsg, -1) })
			}
			rt.Settle(0, testWait)
			b.StartTimer()
			for _, pid := range rt.Holders(tag) {
				rt.Kill(pid)
			}
			rt.Settle(0, testWait)
			if len(rt.Holders(tag)) != 0 {
				b.Fatal("holders survived")
			}
		}
	})
	b.StopTimer()
	for _, pid := range rt.Processes() {
		rt.Kill(pid)
	}
	rt.Settle(0, testWait)
}

// BenchmarkCheck is the fast path: nothing pending.
func BenchmarkCheck(b *testing.B) {
	rt := New(Options{})
	done := make(chan struct{})
	rt.Spawn(nil, SpawnOptions{}, func(*Proc) {
		for i := 0; i < b.N; i++ {
			rt.Check()
		}
		close(done)
	})
	<-done
}

func BenchmarkCurrent(b *testing.B) {
	rt := New(Options{})
	for j := 0; j < 1000; j++ {
		rt.Spawn(nil, SpawnOptions{}, func(p *Proc) { p.Receive(anyMsg, -1) })
	}
	done := make(chan struct{})
	rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		for i := 0; i < b.N; i++ {
			if rt.Current() != p {
				b.Error("wrong process")
			}
		}
		close(done)
	})
	<-done
}
