package observer

import (
	"sort"
	"strconv"
	"time"

	"goerl/events"
	"goerl/term"
)

// DefaultDotLimit is how many processes of one slot the page draws as
// dots; beyond it the rest of the slot is one aggregate with a count, so
// a node of 10,000 processes is a page of a few hundred elements.
const DefaultDotLimit = 200

// The page's protocol: a snapshot says where everything is, an event
// says what just happened. Field names are short and stable, the page's
// JavaScript reads them.

// wireSnapshot is the whole picture at one moment.
type wireSnapshot struct {
	Modules   []wireModule `json:"modules"`
	Shell     wireArea     `json:"shell"` // processes in no module's code
	Links     [][2]string  `json:"links"`
	Monitors  [][2]string  `json:"monitors"` // watcher, watched
	Processes int          `json:"processes"`
}

type wireModule struct {
	Name    string    `json:"name"`
	Current *wireSlot `json:"current"`
	Old     *wireSlot `json:"old"`
}

type wireSlot struct {
	Version  int    `json:"version"`
	LoadedAt string `json:"loaded_at"` // HH:MM:SS, local time
	Source   string `json:"source"`
	Hash     string `json:"hash"`
	wireArea
}

// wireArea is the processes drawn in one slot (or the shell area): at
// most the dot limit of them, registered ones first, and how many there
// are in all.
type wireArea struct {
	Count int        `json:"count"`
	Procs []wireProc `json:"procs"`
}

type wireProc struct {
	Pid      string `json:"pid"`
	Name     string `json:"name,omitempty"`
	Function string `json:"fn"`
	Status   string `json:"status"`
	Msgs     int    `json:"msgs"`
	id       int
}

// wireEvent is events.Event for the page.
type wireEvent struct {
	Seq      uint64 `json:"seq"`
	Kind     string `json:"kind"`
	Module   string `json:"module,omitempty"`
	Version  int    `json:"version,omitempty"`
	Pid      string `json:"pid,omitempty"`
	Function string `json:"fn,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Text     string `json:"text"`
}

// snapshot builds the picture from src, drawing at most limit dots per
// slot.
func snapshot(src Source, limit int) wireSnapshot {
	mods := src.Modules()
	procs := src.Processes()
	out := wireSnapshot{Modules: make([]wireModule, len(mods)), Processes: len(procs),
		Links: [][2]string{}, Monitors: [][2]string{}}
	areas := map[SlotRef]*wireArea{{}: &out.Shell}
	for i, m := range mods {
		out.Modules[i].Name = m.Name
		for _, s := range []struct {
			slot *Slot
			dst  **wireSlot
		}{{m.Current, &out.Modules[i].Current}, {m.Old, &out.Modules[i].Old}} {
			if s.slot == nil {
				continue
			}
			ws := &wireSlot{Version: s.slot.Version, Source: s.slot.Source, Hash: s.slot.Hash}
			if !s.slot.LoadedAt.IsZero() {
				ws.LoadedAt = s.slot.LoadedAt.Local().Format(time.TimeOnly)
			}
			*s.dst = ws
			areas[SlotRef{m.Name, s.slot.Version}] = &ws.wireArea
		}
	}
	// Registered processes are the ones a lesson talks about: they are
	// drawn even in a slot past its limit.
	sort.SliceStable(procs, func(i, j int) bool { return procs[i].Name != "" && procs[j].Name == "" })
	drawn := map[term.Pid]bool{}
	for _, p := range procs {
		a := areas[p.In]
		if a == nil {
			// In a slot the module list no longer has (loaded or purged
			// between the two reads): the next snapshot places it.
			a = &out.Shell
		}
		a.Count++
		if len(a.Procs) >= limit {
			continue
		}
		drawn[p.Pid] = true
		a.Procs = append(a.Procs, wireProc{Pid: term.Sprint(p.Pid), Name: p.Name, Function: p.Function,
			Status: p.Status, Msgs: p.MessageQueueLen, id: p.Pid.ID})
	}
	for _, a := range areas {
		sort.Slice(a.Procs, func(i, j int) bool { return a.Procs[i].id < a.Procs[j].id })
		if a.Procs == nil {
			a.Procs = []wireProc{}
		}
	}
	// Lines join drawn dots only; a link is one line however many ends
	// report it.
	linked := map[[2]int]bool{}
	for _, p := range procs {
		if !drawn[p.Pid] {
			continue
		}
		for _, l := range p.Links {
			a, b := p.Pid, l
			if b.ID < a.ID {
				a, b = b, a
			}
			if drawn[l] && !linked[[2]int{a.ID, b.ID}] {
				linked[[2]int{a.ID, b.ID}] = true
				out.Links = append(out.Links, [2]string{term.Sprint(a), term.Sprint(b)})
			}
		}
		for _, m := range p.Monitors {
			if drawn[m] {
				out.Monitors = append(out.Monitors, [2]string{term.Sprint(p.Pid), term.Sprint(m)})
			}
		}
	}
	return out
}

// toWire turns an event into the page's form; an event without a Text
// (a publisher that left it out) gets one from its other fields.
func toWire(e events.Event) wireEvent {
	w := wireEvent{Seq: e.Seq, Kind: string(e.Kind), Module: e.Module, Version: e.Version,
		Function: e.Function, Text: e.Text}
	if e.Pid != (term.Pid{}) {
		w.Pid = term.Sprint(e.Pid)
	}
	if e.Reason != nil {
		w.Reason = term.Sprint(e.Reason)
	}
	if w.Text == "" {
		w.Text = describe(w)
	}
	return w
}

// describe is an event's line when its publisher gave none.
func describe(w wireEvent) string {
	s := w.Kind
	if w.Module != "" {
		s += " " + w.Module
		if w.Version > 0 {
			s += " version " + strconv.Itoa(w.Version)
		}
	}
	if w.Pid != "" {
		s += " " + w.Pid
	}
	if w.Function != "" {
		s += " (in " + w.Function + ")"
	}
	if w.Reason != "" {
		s += ": " + w.Reason
	}
	return s
}
