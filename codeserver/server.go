// Package codeserver owns the module table: for each module a current and
// an old version (each its own interpreter), the compiled-but-not-loaded
// artifacts (erl's .beam files), and Erlang's rules for compile, load,
// purge, soft_purge, delete and check_process_code. It is also the
// dispatcher for fully qualified calls into Go modules.
package codeserver

import (
	"io"
	"io/fs"
	"sort"
	"sync"
	"time"

	"goerl/erl"
	"goerl/events"
	"goerl/interp"
	"goerl/process"
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
	Caller process.Caller
	// Stdout receives fmt.Print* output of module code (default: the
	// runtime's Output). Stderr receives yaegi's own panic trace lines
	// (default: discarded; exceptions carry what the shell prints).
	Stdout, Stderr io.Writer
	// InitBudget bounds a module's package initialisation during c/1
	// (default interp.DefaultInitBudget): past it, c/1 reports a
	// compile error at the line where initialisation was.
	InitBudget time.Duration
	// Events receives what the code server does (loads, purges and the
	// processes they kill, refused soft purges, moves to current code,
	// badfuns); default the runtime's bus (process.Runtime.Events).
	Events *events.Bus
}

// Diagnostic is one compiler message, positioned in the user's source.
type Diagnostic = interp.Diagnostic

// Server is a code server bound to one runtime. All its methods are safe
// for concurrent use: processes call in from their goroutines while the
// shell compiles and loads.
type Server struct {
	rt     *process.Runtime
	opts   Options
	bounds *erl.Boundaries
	// disp is the erl.Caller every version's erl functions use.
	disp *dispatcher

	// admin serialises the operations that change the table and may take
	// long (compile, load, purge, delete); calls never wait on it unless
	// they auto-load.
	admin sync.Mutex
	// mu guards modules and artifacts; it is held only briefly.
	mu        sync.Mutex
	modules   map[string]*module
	artifacts map[string]*artifact
	// loads counts the versions of each module ever made current: the
	// next one's number is loads[mod]+1 (1 for the first load).
	loads map[string]int

	bus *events.Bus
}

// module is one module's two slots. Either may be nil.
type module struct {
	current, old *version
}

// New makes a code server.
func New(rt *process.Runtime, opts Options) *Server {
	if opts.Stdout == nil {
		opts.Stdout = rt.Output()
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	if opts.Events == nil {
		opts.Events = rt.Events()
	}
	s := &Server{
		rt:        rt,
		opts:      opts,
		bounds:    erl.NewBoundaries(),
		modules:   make(map[string]*module),
		artifacts: make(map[string]*artifact),
		loads:     make(map[string]int),
		bus:       opts.Events,
	}
	s.disp = &dispatcher{s: s}
	return s
}

// slots returns the two slots of mod (nil, nil when unknown).
func (s *Server) slots(mod string) (current, old *version) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m := s.modules[mod]; m != nil {
		return m.current, m.old
	}
	return nil, nil
}

// setSlots replaces both slots of mod, forgetting the module when both
// are empty.
func (s *Server) setSlots(mod string, current, old *version) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if current == nil && old == nil {
		delete(s.modules, mod)
		return
	}
	s.modules[mod] = &module{current: current, old: old}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
