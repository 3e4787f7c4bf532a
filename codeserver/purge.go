package codeserver

import (
	"time"

	"goerl/term"
)

// The purge rules.
//
// A module has at most two versions: current and old. Loading a new
// version makes current old and the new one current; it refuses
// ({error,not_purged}) while an old version still exists, because there
// is no third slot. So old code has to go before each load, and that is
// what purging does: it is the only moment Erlang kills processes for
// code loading.
//
// Who is "running old code"? In BEAM, a process whose stack (or current
// instruction) points into the old version. Here each process carries a
// stack of the code versions it entered through boundaries (the spawn
// closure's version as its base, each fully qualified call or fun
// application on top); local calls stay inside one interpreter, so that
// stack is exact. A process looping by local calls never leaves the
// version it started in: after one load it runs old code, and the next
// purge kills it. A process that makes a fully qualified call
// (erl.TailCall("m", "loop")) drops its frames of the old version and
// continues in current, so it survives, until it lingers through two
// more loads.
//
// Purge: every holder of the old version is killed (reason killed, so
// monitors see {'DOWN',Ref,process,Pid,killed}), then the old
// interpreter is stopped, which makes any of its code still executing
// fall out of its loops (the kill already decided how those processes
// end), and the version is dropped. Purge waits (boundedly) until the
// killed processes are gone, as erl's code server does, so that a
// whereis/1 right after l/1 sees the name freed. It returns true only if
// it killed someone. SoftPurge refuses (false, nothing happens) while
// any process holds the old version.
//
// What is not killed: a process that merely holds a fun made by the old
// code (in a variable, in its mailbox) is not running that code. After
// the purge, calling such a fun raises error:{badfun,Fun}, as erl does
// once the fun's code is gone. (erl keeps such funs callable when the
// module was recompiled from identical source; we do not.)
//
// Delete makes current old without loading anything (so the module is
// no longer loaded); it refuses while old code exists.

// deathWait bounds how long Purge waits for killed processes to end: a
// process can only stall its death in interpreted deferred code that
// never calls erl.
const deathWait = time.Second

// Purge is code:purge/1: kill every process holding the old version, drop
// it; true only if a process was killed.
func (s *Server) Purge(mod string) bool {
	s.admin.Lock()
	defer s.admin.Unlock()
	return s.purgeLocked(mod)
}

func (s *Server) purgeLocked(mod string) bool {
	current, old := s.slots(mod)
	if old == nil {
		return false
	}
	s.setSlots(mod, current, nil)
	return s.discard(old)
}

// discard purges one version that is no longer in the table: it reports
// whether any process had to be killed.
func (s *Server) discard(v *version) bool {
	if v == nil {
		return false
	}
	// Mark first: a call that enters v concurrently either sees the mark
	// (and goes to current) or is a holder by the time Holders looks.
	v.purged.Store(true)
	holders := s.rt.Holders(v.tag)
	if v.number > 0 { // a version that was loaded, not an unused trial load
		s.publishPurge(v, holders)
	}
	for _, pid := range holders {
		s.rt.Kill(pid)
	}
	v.code.Stop()
	s.awaitDeaths(holders)
	return len(holders) > 0
}

// awaitDeaths waits until the killed processes have left the runtime,
// polling with a growing pause; the calling process (which may have
// purged code it runs itself) is not waited for.
func (s *Server) awaitDeaths(pids []term.Pid) {
	if len(pids) == 0 {
		return
	}
	var self term.Pid
	if p := s.rt.Current(); p != nil {
		self = p.Pid()
	}
	deadline := time.Now().Add(deathWait)
	pause := 10 * time.Microsecond
	for {
		alive := make([]term.Pid, 0, len(pids))
		for _, pid := range pids {
			if pid != self && s.rt.IsAlive(pid) {
				alive = append(alive, pid)
			}
		}
		pids = alive
		if len(pids) == 0 || time.Now().After(deadline) {
			return
		}
		time.Sleep(pause)
		pause = min(2*pause, time.Millisecond)
	}
}

// SoftPurge is code:soft_purge/1: false (and nothing happens) while a
// process holds old code; otherwise drop old code and return true.
func (s *Server) SoftPurge(mod string) bool {
	s.admin.Lock()
	defer s.admin.Unlock()
	current, old := s.slots(mod)
	if old == nil {
		return true
	}
	if holders := s.rt.Holders(old.tag); len(holders) > 0 {
		s.publishSoftPurgeRefused(old, holders)
		return false
	}
	s.setSlots(mod, current, nil)
	s.discard(old)
	return true
}

// Delete is code:delete/1: current becomes old; false if there is old
// code already or no current code.
func (s *Server) Delete(mod string) bool {
	s.admin.Lock()
	defer s.admin.Unlock()
	current, old := s.slots(mod)
	if current == nil || old != nil {
		return false
	}
	s.setSlots(mod, nil, current)
	s.publishOld(current)
	return true
}
