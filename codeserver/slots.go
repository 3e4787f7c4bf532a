package codeserver

import (
	"encoding/hex"
	"time"

	"goerl/term"
)

// What m/1, slots() and the observer show of the module table: for each
// module its two slots, and for each slot who is executing it. erl keeps
// this hidden (m/1 shows only the current version's file and exports);
// goerl's users are learning the two-slot rules, so the snapshot says
// which version is which, when it was loaded, and which processes a
// purge of it would kill.

// ModuleSlots is one module's row of Slots: either slot may be nil.
type ModuleSlots struct {
	Module       string
	Current, Old *SlotInfo
}

// SlotInfo describes one loaded version.
type SlotInfo struct {
	Version  int       // 1 for the module's first load, then 2, 3, ...
	LoadedAt time.Time // on the runtime clock (virtual in transcripts)
	Source   string    // the file it was compiled from ("/lesson/t.go")
	Hash     string    // a short hash of that source (8 hex digits of its MD5)
	Holders  []Holder  // the processes executing it, in pid order
}

// Holder is a process executing a version.
type Holder struct {
	Pid      term.Pid
	Name     string // its registered name, "" if none
	Function string // where it is, "t:do_loop/0"
}

// Slots is a snapshot of every module with loaded code (current or
// old), sorted by module name.
func (s *Server) Slots() []ModuleSlots {
	s.mu.Lock()
	names := sortedKeys(s.modules)
	rows := make([]ModuleSlots, 0, len(names))
	versions := make([][2]*version, 0, len(names))
	for _, name := range names {
		m := s.modules[name]
		rows = append(rows, ModuleSlots{Module: name})
		versions = append(versions, [2]*version{m.current, m.old})
	}
	s.mu.Unlock()
	// Holders are looked up outside the table lock: they take the
	// runtime's locks.
	for i := range rows {
		rows[i].Current = s.slotInfo(versions[i][0])
		rows[i].Old = s.slotInfo(versions[i][1])
	}
	return rows
}

// ModuleSlotsOf is the row of Slots for one module; ok is false when it
// has no loaded code.
func (s *Server) ModuleSlotsOf(mod string) (row ModuleSlots, ok bool) {
	current, old := s.slots(mod)
	if current == nil && old == nil {
		return ModuleSlots{}, false
	}
	return ModuleSlots{Module: mod, Current: s.slotInfo(current), Old: s.slotInfo(old)}, true
}

func (s *Server) slotInfo(v *version) *SlotInfo {
	if v == nil {
		return nil
	}
	return &SlotInfo{
		Version:  v.number,
		LoadedAt: v.loadedAt,
		Source:   v.path,
		Hash:     v.shortHash(),
		Holders:  s.holders(v),
	}
}

// holders lists who executes v, with where each one is.
func (s *Server) holders(v *version) []Holder {
	pids := s.rt.Holders(v.tag)
	out := make([]Holder, 0, len(pids))
	for _, pid := range pids {
		info, alive := s.rt.Info(pid)
		if !alive {
			continue
		}
		out = append(out, Holder{Pid: pid, Name: string(info.RegisteredName), Function: info.CurrentFunction})
	}
	return out
}

// shortHash is the first 8 hex digits of the source's MD5.
func (v *version) shortHash() string {
	return hex.EncodeToString(v.md5[:4])
}
