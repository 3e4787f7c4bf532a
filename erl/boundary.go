package erl

import (
	"sync"

	"goerl/process"
)

// Boundaries counts, per process, the returning call boundaries that are
// active on its goroutine: calls into module code whose caller waits for
// a result (a call from the shell evaluator, an erl.Apply, a fun applied
// by a BIF). TailCall needs the count: with none above the process's base
// it can abandon the goroutine (process.Proc.TailCall) and leave no frame
// behind; otherwise it must unwind to the innermost boundary, which then
// makes the call and returns its result to its waiting caller.
//
// The process package keeps no per-process slot for this, so it is a side
// table; entries exist only while a process is inside a boundary.
type Boundaries struct {
	mu    sync.Mutex
	depth map[*process.Proc]int
}

// NewBoundaries makes an empty table.
func NewBoundaries() *Boundaries {
	return &Boundaries{depth: make(map[*process.Proc]int)}
}

// Enter records that p entered a returning boundary; Leave must follow
// (deferred, so that kills and tail calls that unwind the goroutine keep
// the count right).
func (b *Boundaries) Enter(p *process.Proc) {
	b.mu.Lock()
	b.depth[p]++
	b.mu.Unlock()
}

// Leave undoes one Enter.
func (b *Boundaries) Leave(p *process.Proc) {
	b.mu.Lock()
	if n := b.depth[p]; n > 1 {
		b.depth[p] = n - 1
	} else {
		delete(b.depth, p)
	}
	b.mu.Unlock()
}

// Depth is the number of boundaries p is inside.
func (b *Boundaries) Depth(p *process.Proc) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.depth[p]
}

// Len is the number of processes inside at least one boundary (for tests:
// it must drop back to zero).
func (b *Boundaries) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.depth)
}
