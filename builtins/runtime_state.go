package builtins

import (
	"sync"

	"goerl/process"
	"goerl/term"
)

// runtimeState is what BIFs remember between calls for one runtime:
// process dictionaries, erlang:unique_integer's counters and the refs of
// erlang:start_timer. It hangs off the Dispatcher, so two shells in one
// test never share it.
type runtimeState struct {
	mu sync.Mutex
	// dicts holds the dictionaries of processes that used one, by pid.
	// The runtime never reuses a pid, so a dead process's dictionary is
	// unreachable; prune drops those once the table has doubled.
	dicts      map[term.Pid]*process.Dictionary
	pruneAt    int
	unique     int // erlang:unique_integer/0's next value
	uniquePos  int // ... with [positive]
	timerAlias map[term.Ref]term.Ref
}

// firstUnique is erlang:unique_integer()'s first value in erl (-2^59+1).
const firstUnique = -(1 << 59) + 1

func newRuntimeState() *runtimeState {
	return &runtimeState{
		dicts:      map[term.Pid]*process.Dictionary{},
		pruneAt:    64,
		unique:     firstUnique,
		timerAlias: map[term.Ref]term.Ref{},
	}
}

// dictionary is the process dictionary of p (created on first use). A
// nil p (tests of pure BIFs) has one too, under the zero pid.
func (s *runtimeState) dictionary(rt *process.Runtime, p *process.Proc) *process.Dictionary {
	var pid term.Pid
	if p != nil {
		pid = p.Pid()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.dicts[pid]; ok {
		return d
	}
	if len(s.dicts) >= s.pruneAt && rt != nil {
		for q := range s.dicts {
			if !rt.IsAlive(q) {
				delete(s.dicts, q)
			}
		}
		s.pruneAt = 2*len(s.dicts) + 64
	}
	d := process.NewDictionary()
	s.dicts[pid] = d
	return d
}

// uniqueInteger is erlang:unique_integer/1: positive ones count from 1,
// others from erl's first value.
func (s *runtimeState) uniqueInteger(positive bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if positive {
		s.uniquePos++
		return s.uniquePos
	}
	n := s.unique
	s.unique++
	return n
}

// aliasTimer records that the timer erlang:start_timer returned as ref
// runs on the runtime as real.
func (s *runtimeState) aliasTimer(ref, real term.Ref) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.timerAlias[ref] = real
}

// timerRef is the runtime's ref for a timer ref handed out to Erlang code.
func (s *runtimeState) timerRef(ref term.Ref) term.Ref {
	s.mu.Lock()
	defer s.mu.Unlock()
	if real, ok := s.timerAlias[ref]; ok {
		return real
	}
	return ref
}

// forgetTimer drops an alias once its timer is cancelled or read as gone.
func (s *runtimeState) forgetTimer(ref term.Ref) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.timerAlias, ref)
}
