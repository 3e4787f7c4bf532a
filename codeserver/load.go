package codeserver

import "goerl/term"

// LoadFile is code:load_file/1: load the module's artifact as the new
// current version. Results as erl: {module,M}, {error,nofile} (never
// compiled), {error,not_purged} (current code would have to become old
// but old code exists: nothing changes; after code:delete/1 there is no
// current code, so loading succeeds and the old code stays old, as in
// erl),
// {error,badfile} (the artifact no longer loads, e.g. its package
// initialisation panicked this time).
func (s *Server) LoadFile(mod string) term.Term {
	s.admin.Lock()
	defer s.admin.Unlock()
	return s.loadFileLocked(mod)
}

func (s *Server) loadFileLocked(mod string) term.Term {
	s.mu.Lock()
	art := s.artifacts[mod]
	s.mu.Unlock()
	if art == nil {
		return errorTuple("nofile")
	}
	current, old := s.slots(mod)
	if current != nil && old != nil {
		return errorTuple("not_purged")
	}
	v := art.prepared
	art.prepared = nil
	if v == nil {
		var err error
		v, _, err = s.newVersion(art)
		if v == nil || err != nil {
			return errorTuple("badfile")
		}
	}
	// The current version becomes old: processes running it keep
	// running it; new fully qualified calls go to v.
	s.mu.Lock()
	s.loads[mod]++
	v.number = s.loads[mod]
	s.mu.Unlock()
	v.loadedAt = s.rt.Now()
	if current != nil {
		old = current
	}
	s.setSlots(mod, v, old)
	s.publishLoaded(v, current)
	return term.Tuple{term.Atom("module"), term.Atom(mod)}
}

func errorTuple(reason string) term.Tuple {
	return term.Tuple{term.Atom("error"), term.Atom(reason)}
}
