package process

import "goerl/term"

// Link links p and pid. If pid is not alive: when p traps exits it gets
// {'EXIT',Pid,noproc}, otherwise Link returns ErrNoProc (erl raises
// error:noproc). Linking to oneself does nothing.
func (p *Proc) Link(pid term.Pid) error {
	if pid == p.pid {
		return nil
	}
	if other := p.rt.Lookup(pid); other != nil && linkBoth(p, other) {
		return nil
	}
	p.mu.Lock()
	trapping := p.trapExit
	var wake bool
	if trapping {
		wake = p.appendLocked(term.Tuple{atomExit, pid, atomNoproc})
	}
	p.mu.Unlock()
	if wake {
		p.signal()
	}
	if !trapping {
		return ErrNoProc
	}
	return nil
}

// linkBoth adds the link on both sides at once, unless either is dead.
func linkBoth(a, b *Proc) bool {
	unlock := lockPair(a, b)
	defer unlock()
	if a.dead.Load() || b.dead.Load() {
		return false
	}
	if a.links == nil {
		a.links = map[term.Pid]struct{}{}
	}
	if b.links == nil {
		b.links = map[term.Pid]struct{}{}
	}
	a.links[b.pid] = struct{}{}
	b.links[a.pid] = struct{}{}
	return true
}

// Unlink removes a link (no error if there was none).
func (p *Proc) Unlink(pid term.Pid) {
	other := p.rt.Lookup(pid)
	if other == nil || other == p {
		p.mu.Lock()
		delete(p.links, pid)
		p.mu.Unlock()
		return
	}
	unlock := lockPair(p, other)
	delete(p.links, pid)
	delete(other.links, p.pid)
	unlock()
}

// lockPair locks two distinct processes in pid order (no deadlock).
func lockPair(a, b *Proc) (unlock func()) {
	first, second := a, b
	if b.pid.ID < a.pid.ID {
		first, second = b, a
	}
	first.mu.Lock()
	second.mu.Lock()
	return func() {
		second.mu.Unlock()
		first.mu.Unlock()
	}
}
