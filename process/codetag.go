package process

import (
	"sort"
	"sync"

	"goerl/term"
)

// CodeTag stands for one loaded version of one module. Processes carry a
// stack of the tags they entered; the code server asks who holds a tag.
// Each tag keeps its own set of holders, so that asking costs in
// proportion to the holders, not to all processes.
type CodeTag struct {
	Name string

	mu      sync.Mutex
	holders map[*Proc]int // process -> times the tag is on its stack
}

// NewCodeTag makes a tag; name is for debugging and i().
func (rt *Runtime) NewCodeTag(name string) *CodeTag { return &CodeTag{Name: name} }

func (t *CodeTag) String() string { return t.Name }

func (t *CodeTag) add(p *Proc) {
	t.mu.Lock()
	if t.holders == nil {
		t.holders = map[*Proc]int{}
	}
	t.holders[p]++
	t.mu.Unlock()
}

func (t *CodeTag) remove(p *Proc) {
	t.mu.Lock()
	if n := t.holders[p]; n > 1 {
		t.holders[p] = n - 1
	} else {
		delete(t.holders, p)
	}
	t.mu.Unlock()
}

// EnterCode pushes tag on p's code stack; the returned function pops it
// (and anything pushed after it that was not popped). A leave function
// from before a TailCall does nothing.
func (p *Proc) EnterCode(tag *CodeTag) (leave func()) {
	p.codeMu.Lock()
	epoch, depth := p.codeEpoch, len(p.code)
	p.code = append(p.code, tag)
	tag.add(p)
	p.codeMu.Unlock()
	return func() { p.leaveCode(epoch, depth) }
}

func (p *Proc) leaveCode(epoch uint64, depth int) {
	p.codeMu.Lock()
	defer p.codeMu.Unlock()
	if p.codeEpoch != epoch || len(p.code) <= depth {
		return
	}
	for i := len(p.code) - 1; i >= depth; i-- {
		p.code[i].remove(p)
		p.code[i] = nil
	}
	p.code = p.code[:depth]
}

// resetCode empties the code stack (TailCall, death).
func (p *Proc) resetCode() {
	p.codeMu.Lock()
	defer p.codeMu.Unlock()
	p.codeEpoch++
	for _, t := range p.code {
		t.remove(p)
	}
	p.code = nil
}

// CodeStack returns p's code stack, base first (for debugging and i()).
func (p *Proc) CodeStack() []*CodeTag {
	p.codeMu.Lock()
	defer p.codeMu.Unlock()
	return append([]*CodeTag(nil), p.code...)
}

// HoldsCode reports whether tag is anywhere on pid's code stack.
func (rt *Runtime) HoldsCode(pid term.Pid, tag *CodeTag) bool {
	p := rt.Lookup(pid)
	if p == nil {
		return false
	}
	tag.mu.Lock()
	defer tag.mu.Unlock()
	return tag.holders[p] > 0
}

// Holders lists the processes with tag on their code stack, in pid
// order. Its cost is proportional to the number of holders, not to the
// number of processes.
func (rt *Runtime) Holders(tag *CodeTag) []term.Pid {
	tag.mu.Lock()
	pids := make([]term.Pid, 0, len(tag.holders))
	for p := range tag.holders {
		pids = append(pids, p.pid)
	}
	tag.mu.Unlock()
	sort.Slice(pids, func(i, j int) bool { return pids[i].ID < pids[j].ID })
	return pids
}
