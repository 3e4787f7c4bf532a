package codeserver

import (
	"goerl/interp"
	"goerl/term"
)

// Modified lists loaded modules whose source file no longer matches the
// current version: erl's code:modified_modules/0 compares the .beam on
// disk with the loaded code; goerl has no object files outside the shell,
// so it compares the source, which is what a teacher edits.
func (s *Server) Modified() []string {
	s.mu.Lock()
	type loaded struct {
		name string
		uniq int
	}
	var mods []loaded
	for _, name := range sortedKeys(s.modules) {
		if cur := s.modules[name].current; cur != nil {
			mods = append(mods, loaded{name, cur.uniq})
		}
	}
	s.mu.Unlock()
	var out []string
	for _, m := range mods {
		text, _, found := s.readSource(m.name)
		if found && uniqOf(text) != m.uniq {
			out = append(out, m.name)
		}
	}
	return out
}

// PanicToException turns a panic recovered from module code into the
// exception it stands for (process.Options.PanicToException).
func PanicToException(v any) *term.Exception {
	return interp.PanicToException(v)
}
