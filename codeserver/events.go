package codeserver

import (
	"fmt"
	"strings"

	"goerl/erl"
	"goerl/events"
	"goerl/process"
	"goerl/term"
)

// The events the code server publishes on its bus (Options.Events), and
// the one line trace(code) prints for each. Every publisher checks
// bus.Active first, so a node nobody watches formats nothing.

// versionName is how the trace names a version: "t version 1".
func versionName(v *version) string {
	return fmt.Sprintf("%s version %d", v.module, v.number)
}

// publishLoaded announces v as current, and old (when not nil) as the
// version it pushed into the old slot.
func (s *Server) publishLoaded(v, old *version) {
	if !s.bus.Active() {
		return
	}
	s.bus.Publish(events.Event{Kind: events.Loaded, Module: v.module, Version: v.number,
		Text: fmt.Sprintf("%s loaded from %s (current)", versionName(v), v.path)})
	if old != nil {
		s.publishOld(old)
	}
}

// publishOld announces that v moved to the old slot, naming who still
// runs it: the processes the next purge would kill.
func (s *Server) publishOld(v *version) {
	if !s.bus.Active() {
		return
	}
	text := versionName(v) + " is now old"
	if hs := s.holders(v); len(hs) > 0 {
		text += ", still run by " + holderList(hs)
	}
	s.bus.Publish(events.Event{Kind: events.BecameOld, Module: v.module, Version: v.number, Text: text})
}

// publishPurge announces the purge of v and, for each holder about to be
// killed, where it was.
func (s *Server) publishPurge(v *version, holders []term.Pid) {
	if !s.bus.Active() {
		return
	}
	text := fmt.Sprintf("purge of %s: nobody runs it", versionName(v))
	switch n := len(holders); n {
	case 0:
	case 1:
		text = fmt.Sprintf("purge of %s kills 1 process", versionName(v))
	default:
		text = fmt.Sprintf("purge of %s kills %d processes", versionName(v), n)
	}
	s.bus.Publish(events.Event{Kind: events.Purged, Module: v.module, Version: v.number, Text: text})
	for _, pid := range holders {
		fn := s.functionOf(pid)
		s.bus.Publish(events.Event{Kind: events.KilledByPurge, Module: v.module, Version: v.number,
			Pid: pid, Function: fn, Reason: term.Atom("killed"),
			Text: fmt.Sprintf("%s killed by purge of %s (was in %s)", term.Sprint(pid), versionName(v), fn)})
	}
}

// publishSoftPurgeRefused announces a refused code:soft_purge/1 of v.
func (s *Server) publishSoftPurgeRefused(v *version, holders []term.Pid) {
	if !s.bus.Active() {
		return
	}
	for _, pid := range holders {
		fn := s.functionOf(pid)
		s.bus.Publish(events.Event{Kind: events.SoftPurgeRefused, Module: v.module, Version: v.number,
			Pid: pid, Function: fn,
			Text: fmt.Sprintf("soft_purge of %s refused: %s still runs it (in %s)", versionName(v), term.Sprint(pid), fn)})
	}
}

// publishBadFun announces a call of a fun whose version was purged.
func (s *Server) publishBadFun(p *process.Proc, v *version, f *term.Fun) {
	if !s.bus.Active() {
		return
	}
	s.bus.Publish(events.Event{Kind: events.BadFun, Module: v.module, Version: v.number,
		Pid: p.Pid(), Reason: term.Tuple{term.Atom("badfun"), f},
		Text: fmt.Sprintf("%s called %s of purged %s: badfun", term.Sprint(p.Pid()), term.Sprint(f), versionName(v))})
}

// publishMoved announces that p, executing from (not current), made the
// fully qualified tail call mod:fun/arity and so leaves from behind.
func (s *Server) publishMoved(p *process.Proc, from *version, mod, fun string, arity int) {
	if !s.bus.Active() {
		return
	}
	target := fmt.Sprintf("%s:%s/%d", mod, fun, arity)
	to := mod
	number := 0
	if current, _ := s.slots(mod); current != nil {
		to, number = versionName(current), current.number
	}
	s.bus.Publish(events.Event{Kind: events.MovedToCurrent, Module: mod, Version: number,
		Pid: p.Pid(), Function: target,
		Text: fmt.Sprintf("%s left %s for %s by calling %s", term.Sprint(p.Pid()), versionName(from), to, target)})
}

// functionOf is where pid is, for a trace line ("t:do_loop/0").
func (s *Server) functionOf(pid term.Pid) string {
	if p := s.rt.Lookup(pid); p != nil {
		return p.CurrentFunction()
	}
	return "?"
}

// holderList is "<0.83.0> (t) in t:do_loop/0, <0.90.0> in m:loop/0".
func holderList(hs []Holder) string {
	parts := make([]string, len(hs))
	for i, h := range hs {
		parts[i] = term.Sprint(h.Pid)
		if h.Name != "" {
			parts[i] += " (" + h.Name + ")"
		}
		parts[i] += " in " + h.Function
	}
	return strings.Join(parts, ", ")
}

// tailCalling is a version's erl.Context.TailCalling: a process
// executing v, which is no longer current, makes a fully qualified tail
// call and so leaves it.
func (s *Server) tailCalling(p *process.Proc, v *version, req *erl.TailCallRequest) {
	if !s.bus.Active() || v.number == 0 {
		return
	}
	if current, _ := s.slots(v.module); current == v {
		return
	}
	s.publishMoved(p, v, string(req.Mod), string(req.Fun), len(req.Args))
}
