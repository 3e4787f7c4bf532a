package codeserver

import (
	"sort"

	"goerl/term"
)

// IsLoaded returns the loaded path (code:is_loaded/1), ok false if the
// module has no current version.
func (s *Server) IsLoaded(mod string) (path string, ok bool) {
	current, _ := s.slots(mod)
	if current == nil {
		return "", false
	}
	return current.path, true
}

// Which is code:which/1: the loaded path, else the artifact's path, else
// "" (non_existing).
func (s *Server) Which(mod string) string {
	if path, ok := s.IsLoaded(mod); ok {
		return path
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if art := s.artifacts[mod]; art != nil {
		return art.path
	}
	return ""
}

// LoadedModule is one row of Loaded.
type LoadedModule struct {
	Name string
	Path string
}

// Loaded lists modules with current code, sorted, with their paths.
func (s *Server) Loaded() []LoadedModule {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []LoadedModule
	for _, name := range sortedKeys(s.modules) {
		if v := s.modules[name].current; v != nil {
			out = append(out, LoadedModule{Name: name, Path: v.path})
		}
	}
	return out
}

// CheckOldCode is erlang:check_old_code/1.
func (s *Server) CheckOldCode(mod string) bool {
	_, old := s.slots(mod)
	return old != nil
}

// CheckProcessCode is erlang:check_process_code/2: true while pid runs
// (has on its code stack) the old version of mod.
func (s *Server) CheckProcessCode(pid term.Pid, mod string) bool {
	_, old := s.slots(mod)
	return old != nil && s.rt.HoldsCode(pid, old.tag)
}

// Export is one exported function.
type Export struct {
	Name  string
	Arity int
}

// Exports lists the current version's exported functions (snake_case
// names as the shell sees them), sorted; ok false if not loaded.
func (s *Server) Exports(mod string) (fns []Export, ok bool) {
	current, _ := s.slots(mod)
	if current == nil {
		return nil, false
	}
	return s.exportsOf(current), true
}

// exportsOf lists v's exports, module_info/0,1 included as erl lists them.
func (s *Server) exportsOf(v *version) (fns []Export) {
	for k := range v.funcs {
		fns = append(fns, Export{Name: k.name, Arity: k.arity})
	}
	if _, ok := v.funcs[funcKey{"module_info", 0}]; !ok {
		fns = append(fns, Export{"module_info", 0})
	}
	if _, ok := v.funcs[funcKey{"module_info", 1}]; !ok {
		fns = append(fns, Export{"module_info", 1})
	}
	sort.Slice(fns, func(i, j int) bool {
		if fns[i].Name != fns[j].Name {
			return fns[i].Name < fns[j].Name
		}
		return fns[i].Arity < fns[j].Arity
	})
	return fns
}
