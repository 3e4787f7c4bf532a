package process

import (
	"sort"
	"sync"

	"goerl/term"
)

// registry is the name table. Proc.name is guarded by its lock too.
type registry struct {
	mu    sync.Mutex
	names map[term.Atom]*Proc
}

// Register gives pid the name. Errors (as erl's badarg details):
// ErrBadName for undefined, ErrNoProc for a dead pid, ErrAlreadyNamed
// when the process has a name, ErrNameInUse when the name is taken
// (checked in that order: erl reports "already has a name" when the
// calling process has one, whose common case is register(N, self())).
func (rt *Runtime) Register(name term.Atom, pid term.Pid) error {
	if name == term.Undefined {
		return ErrBadName
	}
	rt.reg.mu.Lock()
	defer rt.reg.mu.Unlock()
	p := rt.Lookup(pid)
	switch {
	case p == nil || p.dead.Load():
		return ErrNoProc
	case p.name != "":
		return ErrAlreadyNamed
	case rt.reg.names[name] != nil:
		return ErrNameInUse
	}
	rt.reg.names[name] = p
	p.name = name
	return nil
}

// Unregister removes a name; false if it was not registered.
func (rt *Runtime) Unregister(name term.Atom) bool {
	rt.reg.mu.Lock()
	defer rt.reg.mu.Unlock()
	p := rt.reg.names[name]
	if p == nil {
		return false
	}
	delete(rt.reg.names, name)
	p.name = ""
	return true
}

// Whereis returns the pid registered under name.
func (rt *Runtime) Whereis(name term.Atom) (term.Pid, bool) {
	rt.reg.mu.Lock()
	defer rt.reg.mu.Unlock()
	if p := rt.reg.names[name]; p != nil {
		return p.pid, true
	}
	return term.Pid{}, false
}

// Registered lists registered names, sorted.
func (rt *Runtime) Registered() []term.Atom {
	rt.reg.mu.Lock()
	names := make([]term.Atom, 0, len(rt.reg.names))
	for n := range rt.reg.names {
		names = append(names, n)
	}
	rt.reg.mu.Unlock()
	sort.Slice(names, func(i, j int) bool { return names[i] < names[j] })
	return names
}

// forget drops a dead process's name. Register checks liveness under the
// same lock after die marked p dead, so no name outlives its process.
func (r *registry) forget(p *Proc) {
	r.mu.Lock()
	if p.name != "" && r.names[p.name] == p {
		delete(r.names, p.name)
	}
	p.name = ""
	r.mu.Unlock()
}
