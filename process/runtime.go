// Package process owns the runtime that Erlang-style processes live in:
// pids and refs from per-runtime counters, goroutines with mailboxes and
// selective receive, the name registry, monitors, links and exit signals,
// kills (including of busy processes, through Check), the per-process
// stack of code versions that the code server asks about, timers with a
// virtual clock for transcripts, and quiescence (Settle).
//
// It knows nothing about yaegi, the code server or the shell: a code
// version is an opaque *CodeTag, output is an io.Writer handed in.
//
// # Killing
//
// A process ends when its body returns (reason normal), panics (see
// Spawn) or is killed. A kill or exit signal is delivered by
// runtime.Goexit on the process's own goroutine, exactly once: after
// that the goroutine is "exiting" (Runtime.Exiting), and Check, Receive,
// Sleep and Await become no-ops on it, so deferred code still runs to
// the end (yaegi runs a frame's deferred calls in one Go defer, which a
// second Goexit would cut short). Goexit is never used on a goroutine
// that is not a process.
//
// # Stack guard
//
// Check also measures the calling goroutine's stack. A process deeper
// than Options.MaxStack ends with an exception of class error and reason
// system_limit, the reason erl gives for exhausted resources: its exit
// reason is {system_limit,[]} and CrashReport fires, as for any error.
//
// # Clock
//
// Every timer (Receive timeouts, Sleep, SendAfter) runs on the runtime
// clock. In real mode that is wall time. With Options.VirtualTime the
// clock never moves by itself: when every live process is idle (blocked
// in Receive, Sleep or Await with nothing to do) the runtime advances it
// to the earliest timer deadline and fires that one timer, then waits for
// idleness again, but only if the deadline is within a limit: the
// earliest deadline among timed waits of processes spawned with
// SpawnOptions.DrivesClock (the shell's evaluator), or, during Settle,
// the clock at Settle's start plus its horizon. Timers fire in deadline
// order, ties in creation order, one at a time, so a program produces the
// same events in the same order on every run and never waits in real
// time; a process ticking forever advances only while the evaluator
// waits with a timeout or within a Settle horizon. If some process never
// goes idle (a busy loop), a clock-driving wait falls back to real time:
// after its duration has passed for real, the clock jumps to its
// deadline, firing the timers before it in order.
//
// # Numbering
//
// Pids count up by one per spawn from Options.FirstPid (default 80, so
// that with the shell's first processes the evaluator lands near erl's
// <0.82.0>); refs count up from 1. Both counters belong to the Runtime,
// so a fresh runtime always numbers the same way.
package process

import (
	"io"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"goerl/events"
	"goerl/term"
)

// Options configure a Runtime.
type Options struct {
	// VirtualTime makes timers run on a virtual clock (transcript mode):
	// see Settle and the package documentation of the clock.
	VirtualTime bool
	// Epoch is the virtual clock's start time (used in crash report
	// timestamps); zero means a fixed default date (DefaultEpoch).
	Epoch time.Time
	// Output receives everything processes print (io:format). It must be
	// safe for concurrent use; the runtime serialises writes itself.
	Output io.Writer
	// CrashReport is called (in the dying process's goroutine, before
	// links and monitors fire) when a process ends with an exception of
	// class error (or an uncaught throw, which erl reports the same way),
	// to print erl's =ERROR REPORT====. May be nil.
	CrashReport func(pid term.Pid, reason term.Term, at time.Time)
	// PanicToException converts a panic value that is not a
	// *term.Exception (a Go runtime error, a yaegi panic value) into one.
	// May be nil: then reason is {go_panic, "text"} of class error.
	PanicToException func(v any) *term.Exception
	// MaxStack is the stack guard's limit in bytes (default 64 MiB).
	MaxStack int
	// FirstPid is the number of the first spawned process (default 80).
	FirstPid int
	// ExitDeadline bounds how long a killed process's deferred code may
	// run before it is cut short (default DefaultExitDeadline).
	ExitDeadline time.Duration
	// MaxAlloc bounds one allocation by module code, MaxHeap the node's
	// heap when module code allocates (defaults DefaultMaxAlloc,
	// DefaultMaxHeap); see memory.go.
	MaxAlloc, MaxHeap int
	// Events, when set, receives a Spawned and an Exited event per
	// process (the node's bus; the code server publishes on it too).
	Events *events.Bus
}

// Defaults for Options fields left zero.
const (
	DefaultMaxStack = 64 << 20
	DefaultFirstPid = 80
)

// DefaultEpoch is the virtual clock's start when Options.Epoch is zero.
var DefaultEpoch = time.Date(2026, time.January, 1, 12, 0, 0, 0, time.UTC)

// Runtime is one Erlang "node": all processes, names and timers.
type Runtime struct {
	opts     Options
	out      io.Writer
	maxStack uintptr

	nextPid atomic.Int64
	nextRef atomic.Int64

	procs pidTable
	gs    goroutineTable
	reg   registry
	clock clock
	idle  idleTracker

	// pendingKills counts live processes with an exit signal not yet
	// acted on; Check looks processes up only while it is non-zero.
	pendingKills atomic.Int64

	memoryState
}

// New makes a runtime. Pid numbering starts the same way in every fresh
// runtime.
func New(opts Options) *Runtime {
	if opts.MaxStack <= 0 {
		opts.MaxStack = DefaultMaxStack
	}
	if opts.FirstPid <= 0 {
		opts.FirstPid = DefaultFirstPid
	}
	if opts.ExitDeadline <= 0 {
		opts.ExitDeadline = DefaultExitDeadline
	}
	if opts.MaxAlloc <= 0 {
		opts.MaxAlloc = DefaultMaxAlloc
	}
	if opts.MaxHeap <= 0 {
		opts.MaxHeap = DefaultMaxHeap
	}
	if opts.Epoch.IsZero() {
		opts.Epoch = DefaultEpoch
	}
	rt := &Runtime{opts: opts, maxStack: uintptr(opts.MaxStack)}
	rt.out = &lockedWriter{w: opts.Output}
	if opts.Output == nil {
		rt.out = io.Discard
	}
	rt.nextPid.Store(int64(opts.FirstPid))
	rt.clock.init(opts.VirtualTime, opts.Epoch)
	rt.idle.init()
	rt.procs.init()
	rt.reg.names = map[term.Atom]*Proc{}
	return rt
}

// Output is where processes print (Options.Output).
func (rt *Runtime) Output() io.Writer { return rt.out }

// Events is the bus the runtime publishes on (nil: nobody's).
func (rt *Runtime) Events() *events.Bus { return rt.opts.Events }

// MakeRef returns a fresh reference from the runtime's counter.
func (rt *Runtime) MakeRef() term.Ref {
	return term.Ref{ID: int(rt.nextRef.Add(1))}
}

// Now is the runtime clock (virtual in transcript mode).
func (rt *Runtime) Now() time.Time { return rt.clock.Now() }

// Lookup returns the live process with this pid, or nil.
func (rt *Runtime) Lookup(pid term.Pid) *Proc { return rt.procs.get(pid.ID) }

// IsAlive reports whether pid names a live process.
func (rt *Runtime) IsAlive(pid term.Pid) bool { return rt.Lookup(pid) != nil }

// Processes lists live pids in increasing order.
func (rt *Runtime) Processes() []term.Pid {
	ids := rt.procs.ids()
	sort.Ints(ids)
	pids := make([]term.Pid, len(ids))
	for i, id := range ids {
		pids[i] = term.Pid{ID: id}
	}
	return pids
}

// lockedWriter serialises writes from many processes.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// pidChunkSize is how many pids one chunk of the pid table covers.
const pidChunkSize = 4096

// pidTable maps pid numbers to live processes. Pids come from a counter,
// so the table is an array indexed by pid, in chunks made as the counter
// reaches them. Lookups (every Send) take no lock: the chunk list is
// replaced, never changed, when it grows.
type pidTable struct {
	mu     sync.Mutex // serialises growth
	chunks atomic.Pointer[[]*pidChunk]
}

type pidChunk [pidChunkSize]atomic.Pointer[Proc]

func (t *pidTable) init() { t.chunks.Store(&[]*pidChunk{}) }

func (t *pidTable) slot(id int) *atomic.Pointer[Proc] {
	if id < 0 {
		return nil
	}
	chunks := *t.chunks.Load()
	if c := id / pidChunkSize; c < len(chunks) && chunks[c] != nil {
		return &chunks[c][id%pidChunkSize]
	}
	return nil
}

func (t *pidTable) put(p *Proc) {
	if s := t.slot(p.pid.ID); s != nil {
		s.Store(p)
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	old := *t.chunks.Load()
	c := p.pid.ID / pidChunkSize
	grown := old
	if c >= len(old) {
		grown = make([]*pidChunk, c+1)
		copy(grown, old)
	} else {
		grown = append([]*pidChunk(nil), old...)
	}
	if grown[c] == nil {
		grown[c] = new(pidChunk)
	}
	t.chunks.Store(&grown)
	grown[c][p.pid.ID%pidChunkSize].Store(p)
}

func (t *pidTable) get(id int) *Proc {
	if s := t.slot(id); s != nil {
		return s.Load()
	}
	return nil
}

func (t *pidTable) remove(id int) {
	if s := t.slot(id); s != nil {
		s.Store(nil)
	}
}

func (t *pidTable) ids() []int {
	var ids []int
	for c, chunk := range *t.chunks.Load() {
		if chunk == nil {
			continue
		}
		for i := range chunk {
			if chunk[i].Load() != nil {
				ids = append(ids, c*pidChunkSize+i)
			}
		}
	}
	return ids
}
