package process

import (
	"testing"
	"time"
	"unsafe"

	"goerl/term"
)

func TestStackHiBoundsThisGoroutine(t *testing.T) {
	if !stackGuarded {
		t.Skip("no stack guard on this architecture")
	}
	var local byte
	hi := stackHi()
	if addr := uintptr(unsafe.Pointer(&local)); addr >= hi || hi-addr > 1<<20 {
		t.Fatalf("stack.hi %#x does not bound &local %#x", hi, addr)
	}
	shallow := stackUsed()
	deep := recurseUsed(200)
	if deep <= shallow+200*64 {
		t.Fatalf("stack use did not grow with recursion: %d then %d", shallow, deep)
	}
}

//go:noinline
func recurseUsed(n int) uintptr {
	var pad [64]byte
	if n == 0 {
		return stackUsed() + uintptr(pad[0])
	}
	return recurseUsed(n-1) + uintptr(pad[n%64])
}

//go:noinline
func recurseChecked(rt *Runtime, n int) int {
	var pad [128]byte
	rt.Check()
	return recurseChecked(rt, n+1) + int(pad[n%128])
}

func TestStackGuardEndsProcess(t *testing.T) {
	if !stackGuarded {
		t.Skip("no stack guard on this architecture")
	}
	reports := make(chan term.Term, 1)
	rt := New(Options{MaxStack: 4 << 20, CrashReport: func(_ term.Pid, r term.Term, _ time.Time) { reports <- r }})
	// A neighbour keeps working while the other overflows.
	sum := make(chan int, 1)
	rt.Spawn(nil, SpawnOptions{}, func(*Proc) {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i
		}
		sum <- s
	})
	_, exit := watched(rt, nil, SpawnOptions{}, func(*Proc) { recurseChecked(rt, 0) })
	want := term.Tuple{term.Atom("system_limit"), term.List{}}
	if got := waitReason(t, exit); !sameTerm(got, want) {
		t.Fatalf("reason %v", term.Sprint(got))
	}
	if got := waitValue(t, reports); !sameTerm(got, want) {
		t.Fatalf("crash report %v", term.Sprint(got))
	}
	if s := waitValue(t, sum); s != 499999500000 {
		t.Fatalf("neighbour sum %d", s)
	}
}

func TestCheckIsNoOpOutsideProcesses(t *testing.T) {
	rt := New(Options{})
	victim, _ := rt.Spawn(nil, SpawnOptions{}, victimBody)
	rt.Kill(victim.Pid()) // a kill is pending somewhere
	rt.Check()            // this goroutine is not a process: nothing happens
	other := New(Options{})
	done := make(chan bool, 1)
	p, _ := other.Spawn(nil, SpawnOptions{}, func(*Proc) {
		rt.Check() // a process of another runtime
		done <- true
	})
	_ = p
	if !waitValue(t, done) {
		t.Fatal("unreachable")
	}
}

func TestCurrent(t *testing.T) {
	rt := New(Options{})
	if rt.Current() != nil {
		t.Fatal("test goroutine is a process")
	}
	got := make(chan *Proc, 1)
	p, _ := rt.Spawn(nil, SpawnOptions{}, func(*Proc) { got <- rt.Current() })
	if c := waitValue(t, got); c != p {
		t.Fatalf("Current = %v, want %v", c, p)
	}
}

// Many processes share the direct-mapped goroutine table's slots; each
// must still find itself.
func TestCurrentWithManyProcesses(t *testing.T) {
	rt := New(Options{})
	const n = 3 * goroutineSlots
	wrong := make(chan term.Pid, n)
	for i := 0; i < n; i++ {
		rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
			p.Receive(anyMsg, -1)
			if rt.Current() != p {
				wrong <- p.Pid()
			}
		})
	}
	for _, pid := range rt.Processes() {
		rt.Send(nil, pid, term.Atom("go"))
	}
	settle(t, rt)
	if len(wrong) != 0 || len(rt.Processes()) != 0 {
		t.Fatalf("%d processes did not find themselves; %d alive", len(wrong), len(rt.Processes()))
	}
}
