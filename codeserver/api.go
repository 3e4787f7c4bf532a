// Package codeserver owns the module table: for each module a current and
// an old version (each its own interpreter), the compiled-but-not-loaded
// artifacts (erl's .beam files), and Erlang's rules for compile, load,
// purge, soft_purge, delete and check_process_code. It is also the
// dispatcher for fully qualified calls into Go modules.
package codeserver

// CONTRACT FILE: the signatures below are the contract between packages.

import (
	"io/fs"

	"goerl/process"
	"goerl/term"
)

// Options configure a Server.
type Options struct {
	// Sources are searched in order for Name.go when compiling: typically
	// the current directory (os.DirFS(".")) then the embedded examples.
	Sources []fs.FS
	// SourceNames are display names for Sources, used in paths such as
	// code:which/1 and code:is_loaded/1 results (same length as Sources).
	SourceNames []string
	// Caller resolves fully qualified calls that are not module code
	// (BIFs such as lists:seq), for erl.Apply from Go modules.
	Caller Caller
}

// Caller makes a fully qualified call on behalf of process p; it raises
// *term.Exception (error:undef etc.) on failure.
type Caller interface {
	CallMFA(p *process.Proc, mod, fun term.Atom, args []term.Term) term.Term
}

// Diagnostic is one compiler message, positioned in the user's source.
type Diagnostic struct {
	File       string // "t.go"
	Line, Col  int
	Msg        string
	Warning    bool
	SourceLine string // the text of line Line, for erl's excerpt
}

// Server is a code server bound to one runtime.
type Server struct{}

// New makes a code server.
func New(rt *process.Runtime, opts Options) *Server { panic("codeserver: not implemented") }

// Compile checks and compiles Name.go into an artifact (replacing any
// previous artifact of that module) without loading it. found is false
// when no source exists (c/1 then returns {error,non_existing}). When
// diagnostics contain errors nothing is stored.
func (s *Server) Compile(mod string) (diags []Diagnostic, found bool) {
	panic("codeserver: not implemented")
}

// LoadFile is code:load_file/1: load the module's artifact as the new
// current version. Results as erl: {module,M}, {error,nofile} (never
// compiled), {error,not_purged} (old code exists: nothing changes).
func (s *Server) LoadFile(mod string) term.Term { panic("codeserver: not implemented") }

// Purge is code:purge/1: kill every process holding the old version, drop
// it; true only if a process was killed.
func (s *Server) Purge(mod string) bool { panic("codeserver: not implemented") }

// SoftPurge is code:soft_purge/1: false (and nothing happens) while a
// process holds old code; otherwise drop old code and return true.
func (s *Server) SoftPurge(mod string) bool { panic("codeserver: not implemented") }

// Delete is code:delete/1: current becomes old; false if there is old
// code already or no current code.
func (s *Server) Delete(mod string) bool { panic("codeserver: not implemented") }

// IsLoaded returns the loaded path (code:is_loaded/1), ok false if the
// module has no current version.
func (s *Server) IsLoaded(mod string) (path string, ok bool) { panic("codeserver: not implemented") }

// Which is code:which/1: the loaded path, else the artifact's path, else
// "" (non_existing).
func (s *Server) Which(mod string) string { panic("codeserver: not implemented") }

// Loaded lists modules with current code, sorted, with their paths.
func (s *Server) Loaded() []LoadedModule { panic("codeserver: not implemented") }

// LoadedModule is one row of Loaded.
type LoadedModule struct {
	Name string
	Path string
}

// CheckOldCode is erlang:check_old_code/1.
func (s *Server) CheckOldCode(mod string) bool { panic("codeserver: not implemented") }

// CheckProcessCode is erlang:check_process_code/2: true while pid runs
// (has on its code stack) the old version of mod.
func (s *Server) CheckProcessCode(pid term.Pid, mod string) bool { panic("codeserver: not implemented") }

// Exports lists the current version's exported functions (snake_case
// names as the shell sees them), sorted; ok false if not loaded.
func (s *Server) Exports(mod string) (fns []Export, ok bool) { panic("codeserver: not implemented") }

// Export is one exported function.
type Export struct {
	Name  string
	Arity int
}

// Artifacts lists modules that have been compiled (loaded or not).
func (s *Server) Artifacts() []string { panic("codeserver: not implemented") }

// Call calls mod:fun(args...) in mod's current version on behalf of p,
// entering that version on p's code stack for the duration. A module that
// is compiled but not loaded is loaded first (erl's interactive mode).
// It raises error:undef when the module or function does not exist, and
// converts results and panics to terms/exceptions.
// handled is false when mod is not a Go module at all (let other
// dispatchers try).
func (s *Server) Call(p *process.Proc, mod, fun string, args []term.Term) (result term.Term, handled bool) {
	panic("codeserver: not implemented")
}

// CallFun applies a fun made by module code (term.Fun.Impl set by this
// package). After its version has been purged it raises error:{badfun,F}.
// ok is false if the fun was not made by module code.
func (s *Server) CallFun(p *process.Proc, f *term.Fun, args []term.Term) (result term.Term, ok bool) {
	panic("codeserver: not implemented")
}
