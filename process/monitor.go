package process

import (
	"sort"

	"goerl/term"
)

// monitorer is one monitor on a process: who watches, and the object its
// 'DOWN' message names (the pid, or {Name,nonode@nohost} when the monitor
// was set up by name, as erl does).
type monitorer struct {
	watcher *Proc
	object  term.Term
}

// Monitor makes p monitor target (a pid or a registered name). If the
// target does not exist, {'DOWN',Ref,process,Target,noproc} is delivered
// at once (Target is the pid, or {Name,nonode@nohost} for a name). A
// monitor set up by name also names the target {Name,nonode@nohost} in
// its later 'DOWN' message, as erl does. Another target raises
// error:badarg.
func (p *Proc) Monitor(target term.Term) term.Ref {
	var (
		object term.Term
		tp     *Proc
	)
	switch t := target.(type) {
	case term.Pid:
		object, tp = t, p.rt.Lookup(t)
	case term.Atom:
		object = term.Tuple{t, atomNode}
		p.rt.reg.mu.Lock()
		tp = p.rt.reg.names[t]
		p.rt.reg.mu.Unlock()
	default:
		term.Badarg()
	}
	ref := p.rt.MakeRef()
	if tp != nil {
		// Record our side first: the target's death delivers 'DOWN' only
		// while it is there.
		p.mu.Lock()
		if p.monitoring == nil {
			p.monitoring = map[term.Ref]*Proc{}
		}
		p.monitoring[ref] = tp
		p.mu.Unlock()
		if tp.addMonitor(ref, monitorer{watcher: p, object: object}) {
			return ref
		}
		p.mu.Lock()
		delete(p.monitoring, ref)
		p.mu.Unlock()
	}
	p.deliver(downMessage(ref, object, atomNoproc))
	return ref
}

func downMessage(ref term.Ref, object, reason term.Term) term.Tuple {
	return term.Tuple{atomDown, ref, atomProcess, object, reason}
}

// addMonitor records a monitor on p unless p is dead.
func (p *Proc) addMonitor(ref term.Ref, m monitorer) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dead.Load() {
		return false
	}
	if p.monitoredBy == nil {
		p.monitoredBy = map[term.Ref]monitorer{}
	}
	p.monitoredBy[ref] = m
	return true
}

// monitorFired delivers 'DOWN' to the watcher p, unless p demonitored.
func (p *Proc) monitorFired(ref term.Ref, object, reason term.Term) {
	p.mu.Lock()
	if _, active := p.monitoring[ref]; !active || p.dead.Load() {
		p.mu.Unlock()
		return
	}
	delete(p.monitoring, ref)
	wake := p.appendLocked(downMessage(ref, object, reason))
	p.mu.Unlock()
	if wake {
		p.signal()
	}
}

// forgetMonitor removes a monitor on p (its watcher died or demonitored).
func (p *Proc) forgetMonitor(ref term.Ref) {
	p.mu.Lock()
	delete(p.monitoredBy, ref)
	p.mu.Unlock()
}

// Demonitor removes a monitor; with flush it also removes a 'DOWN'
// message already queued. It returns whether the monitor was active
// (false once it fired, or for an unknown ref). After it returns no
// 'DOWN' for ref will arrive.
func (p *Proc) Demonitor(ref term.Ref, flush bool) bool {
	p.mu.Lock()
	target, active := p.monitoring[ref]
	delete(p.monitoring, ref)
	p.mu.Unlock()
	if active {
		target.forgetMonitor(ref)
	}
	if flush {
		p.flushDown(ref)
	}
	return active
}

// flushDown removes {'DOWN',ref,...} messages from p's mailbox.
func (p *Proc) flushDown(ref term.Ref) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var prev *msgNode
	for n := p.head; n != nil; {
		next := n.next
		if t, ok := n.msg.(term.Tuple); ok && len(t) == 5 && t[0] == atomDown && t[1] == ref {
			p.removeAfterLocked(prev, n)
		} else {
			prev = n
		}
		n = next
	}
}

// Monitoring lists the processes pid monitors, in pid order (nil for a
// dead pid): the observer draws a line to each.
func (rt *Runtime) Monitoring(pid term.Pid) []term.Pid {
	p := rt.Lookup(pid)
	if p == nil {
		return nil
	}
	p.mu.Lock()
	var out []term.Pid
	for _, target := range p.monitoring {
		out = append(out, target.pid)
	}
	p.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
