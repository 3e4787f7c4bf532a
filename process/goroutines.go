package process

import (
	"sync"
	"sync/atomic"

	"github.com/petermattis/goid"
)

// gEntry ties one goroutine to the process it runs. A process has one
// entry per goroutine it has lived on (TailCall moves it to a new one
// while the old one unwinds).
type gEntry struct {
	goid int64
	proc *Proc
	// exiting is set once the goroutine is unwinding (killed, finished or
	// tail-called): from then on Check and blocking calls are no-ops.
	exiting atomic.Bool
	// tailCalled marks a goroutine abandoned by TailCall: its end is not
	// the process's death. Touched only by the goroutine itself.
	tailCalled bool
	// owned marks a goroutine that module code started with a go
	// statement (Runtime.Go): it belongs to proc, acts for it, and dies
	// with it, but it is not the process's own goroutine (no mailbox).
	owned bool
	// local is Runtime.Local's slot. Touched only by the goroutine itself.
	local any
}

// goroutineSlots is the size of the direct-mapped part of the table.
const goroutineSlots = 8192

const goroutineShards = 64

// goroutineTable finds the process of a goroutine id without a
// contended lock: a direct-mapped array of atomic pointers indexed by the
// low bits of the id, and sharded maps for ids whose slot is taken.
// Goroutine ids are never reused, so a slot's entry is verified by
// comparing its id.
type goroutineTable struct {
	slots         [goroutineSlots]atomic.Pointer[gEntry]
	overflowCount atomic.Int64
	overflow      [goroutineShards]goroutineShard
}

type goroutineShard struct {
	mu sync.Mutex
	m  map[int64]*gEntry
}

func (t *goroutineTable) register(p *Proc, owned bool) *gEntry {
	e := &gEntry{goid: goid.Get(), proc: p, owned: owned}
	if t.slots[uint64(e.goid)%goroutineSlots].CompareAndSwap(nil, e) {
		return e
	}
	s := &t.overflow[uint64(e.goid)%goroutineShards]
	s.mu.Lock()
	if s.m == nil {
		s.m = map[int64]*gEntry{}
	}
	s.m[e.goid] = e
	s.mu.Unlock()
	t.overflowCount.Add(1)
	return e
}

func (t *goroutineTable) unregister(e *gEntry) {
	if t.slots[uint64(e.goid)%goroutineSlots].CompareAndSwap(e, nil) {
		return
	}
	s := &t.overflow[uint64(e.goid)%goroutineShards]
	s.mu.Lock()
	delete(s.m, e.goid)
	s.mu.Unlock()
	t.overflowCount.Add(-1)
}

func (t *goroutineTable) lookup(id int64) *gEntry {
	if e := t.slots[uint64(id)%goroutineSlots].Load(); e != nil && e.goid == id {
		return e
	}
	if t.overflowCount.Load() == 0 {
		return nil
	}
	s := &t.overflow[uint64(id)%goroutineShards]
	s.mu.Lock()
	e := s.m[id]
	s.mu.Unlock()
	return e
}

// current is the entry of the calling goroutine, or nil.
func (t *goroutineTable) current() *gEntry { return t.lookup(goid.Get()) }

// Current returns the process the calling goroutine belongs to, or nil.
// Cheap (a goroutine-id lookup); used by the erl API called from
// interpreted code. It still answers on a goroutine that is exiting.
func (rt *Runtime) Current() *Proc {
	if e := rt.gs.current(); e != nil {
		return e.proc
	}
	return nil
}

// Exiting reports whether the calling goroutine belongs to a process and
// is unwinding: it was killed, its process is ending, or it was left
// behind by TailCall. Host calls made from deferred code then should do
// nothing (see the package documentation).
func (rt *Runtime) Exiting() bool {
	e := rt.gs.current()
	return e != nil && e.exiting.Load()
}

// Local returns a slot private to the calling goroutine when it runs a
// process and is not exiting, nil otherwise. Code that runs on processes
// keeps per-goroutine state there (the interpreter records the frames a
// panic unwinds; those a kill's Goexit unwinds are not wanted): only its
// own goroutine touches it, so it needs no lock, and a process that
// TailCall moved to a new goroutine starts with an empty one.
func (rt *Runtime) Local() *any {
	if e := rt.gs.current(); e != nil && !e.exiting.Load() {
		return &e.local
	}
	return nil
}
