package process

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"

	"goerl/term"
)

// Memory budgets. Go cannot say how much memory one goroutine holds, so
// the runtime bounds what it can see: the allocations module code asks
// for (the rewrite turns `make` and growing `append` into a call of
// Alloc first, see package interp; strings.Repeat and bytes.Repeat do
// the same), each against two limits:
//
//   - Options.MaxAlloc bounds one allocation;
//   - Options.MaxHeap bounds the node's live heap: an allocation that
//     would take it past the limit (after a garbage collection) is
//     refused.
//
// A refused allocation raises error:system_limit in the process that
// asked, as erl does when a term would exceed a system limit; the shell
// and every other process go on. Small allocations (under
// heapCheckMin) are checked against MaxAlloc only: reading the heap
// costs about a microsecond.
//
// Memory of dead processes goes back to the operating system: when a
// process that grew a big stack (the stack guard's limit is 256 MiB in
// the shell) or made big allocations dies, the runtime returns freed
// memory to the OS (debug.FreeOSMemory), at most one such pass at a
// time.

// Defaults for the memory budgets, fit for a laptop with 4-8 GB.
const (
	DefaultMaxAlloc = term.DefaultMaxAlloc
	DefaultMaxHeap  = 2 << 30
)

// heapCheckMin is the size from which an allocation is also checked
// against MaxHeap and counts as big for giving memory back.
const heapCheckMin = 1 << 20

// bigDeath is how much a process must have had (stack, or big
// allocations) for its death to give memory back to the OS.
const bigDeath = 64 << 20

// Alloc checks that the calling code may allocate n bytes: it raises
// error:system_limit when n exceeds MaxAlloc or the heap would pass
// MaxHeap. On a goroutine of no process it checks the same limits.
func (rt *Runtime) Alloc(n int) {
	if n < 0 {
		return // the allocation itself panics, as Go does
	}
	if n > rt.opts.MaxAlloc {
		raiseSystemLimit()
	}
	if n < heapCheckMin {
		return
	}
	if heapObjects()+uint64(n) > uint64(rt.opts.MaxHeap) {
		runtime.GC() // what is over the limit may be garbage
		if heapObjects()+uint64(n) > uint64(rt.opts.MaxHeap) {
			raiseSystemLimit()
		}
	}
	if p := rt.Current(); p != nil {
		p.bigAllocs.Add(int64(n))
	}
}

func raiseSystemLimit() {
	panic(&term.Exception{Class: classError, Reason: atomSystemLimit, Stack: term.List{}})
}

// heapObjects is the bytes of heap objects, live or not yet swept.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// reclaimAfter gives freed memory back to the OS after the death of a
// process that held a lot, once its goroutine is gone.
func (rt *Runtime) reclaimAfter(p *Proc, stack uintptr) {
	if stack < bigDeath && p.bigAllocs.Load() < bigDeath {
		return
	}
	if !rt.reclaiming.CompareAndSwap(false, true) {
		return // a pass is already on its way: it will see this death too
	}
	go func() {
		defer rt.reclaiming.Store(false)
		// The dying goroutine frees its stack when it has exited.
		runtime.Gosched()
		debug.FreeOSMemory()
	}()
}

// memoryState is the runtime's part of the memory budgets.
type memoryState struct {
	reclaiming atomic.Bool
}
