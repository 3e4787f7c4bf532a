// Package node builds one goerl node: the process runtime, the code
// server with the places it finds modules, and the BIF dispatcher, with
// the settings they share (virtual time, working directory, memory
// budgets). It closes the one loop in their wiring here, once: module
// code calls BIFs through the dispatcher, and the dispatcher calls module
// code through the code server. The shell is a read-eval-print loop on
// top of a node; main and the lesson runner configure it through Options,
// and tests build one directly to call c:c/1 and friends without a shell.
package node

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"goerl/builtins"
	"goerl/codeserver"
	"goerl/events"
	"goerl/process"
	"goerl/term"
)

// Options configure a Node.
type Options struct {
	// Output is where io:format, c's commands and crash reports print
	// (the shell gives its console).
	Output io.Writer
	// CrashReport, when set, is called for a process that dies of an
	// error instead of printing erl's =ERROR REPORT==== to Output (the
	// shell reports its own evaluator's errors as exceptions).
	CrashReport func(pid term.Pid, reason term.Term, at time.Time)
	// VirtualTime runs timers on a virtual clock (transcripts).
	VirtualTime bool
	// Dir is the node's working directory (cd/1 changes the node's copy,
	// never the Go process's); c/1 looks there first. Default ".".
	Dir string
	// DirName, when set, is the path shown for Dir in code paths (lessons
	// use "/lesson" so transcripts do not depend on the machine).
	DirName string
	// Modules are searched for Name.go after Dir (the embedded examples).
	Modules fs.FS
	// ModulesName is the display path of Modules.
	ModulesName string
	// Limits bound what one step may build (the allocation budget; zero
	// means term's defaults): beyond them BIFs and constructs raise
	// system_limit.
	Limits term.Limits
	// MaxHeap bounds the node's heap when module code allocates (0:
	// process.DefaultMaxHeap); Limits.MaxAlloc bounds its allocations too.
	MaxHeap int
}

// Node is one runtime with its code server and dispatcher.
type Node struct {
	Runtime *process.Runtime
	Code    *codeserver.Server
	// BIFs resolves every fully qualified call: BIFs, then Go modules,
	// then error:undef.
	BIFs *builtins.Dispatcher
	opts Options
	bus  *events.Bus
}

// New builds a node; no process runs until someone spawns one.
func New(opts Options) *Node {
	if opts.Dir == "" {
		opts.Dir = "."
	}
	n := &Node{opts: opts, bus: events.NewBus()}
	n.Runtime = process.New(process.Options{
		Events:           n.bus,
		VirtualTime:      opts.VirtualTime,
		Output:           opts.Output,
		CrashReport:      opts.CrashReport,
		PanicToException: codeserver.PanicToException,
		FirstPid:         82, // erl's first shell evaluator is usually <0.82.0>
		// Deep (non-tail) recursion is ordinary in Erlang; 256 MiB of Go
		// stack allows about 140,000 levels of a shell fun and still stops
		// a runaway recursion before Go's fatal 1 GB limit (the stack
		// doubles from 256 to 512 MiB at most).
		MaxStack: 256 << 20,
		MaxAlloc: opts.Limits.Max(),
		MaxHeap:  opts.MaxHeap,
	})
	n.BIFs = builtins.NewDispatcher(builtins.NewTable(builtins.Standard()), nil, n.Runtime)
	n.BIFs.SetLimits(opts.Limits)
	n.BIFs.SetCwd(opts.Dir)
	srcs, names := n.sources()
	n.Code = codeserver.New(n.Runtime, codeserver.Options{Sources: srcs, SourceNames: names, Caller: n.BIFs, Events: n.bus})
	n.BIFs.AttachCode(n.Code)
	return n
}

// Events is the node's bus: what its code server and runtime do (loads,
// purges and whom they kill, spawns, exits), for trace(code) and the
// observer. Publishing costs nothing while nobody subscribes.
func (n *Node) Events() *events.Bus { return n.bus }

// sources lists where c/1 looks for Name.go: the node's working
// directory (which names itself, see workDir), then Options.Modules.
func (n *Node) sources() ([]fs.FS, []string) {
	srcs := []fs.FS{workDir{n}}
	names := []string{""}
	if n.opts.Modules != nil {
		srcs = append(srcs, n.opts.Modules)
		names = append(names, n.opts.ModulesName)
	}
	return srcs, names
}

// workDir is the node's working directory as a module source: it follows
// cd/1, as erl's c/1 looks in the current directory.
type workDir struct{ n *Node }

func (w workDir) Open(name string) (fs.File, error) { return os.DirFS(w.n.BIFs.Cwd()).Open(name) }

// DisplayDir implements codeserver.NamedFS.
func (w workDir) DisplayDir() string {
	dir := w.n.BIFs.Cwd()
	if w.n.opts.DirName != "" && dir == w.n.opts.Dir {
		return w.n.opts.DirName
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}
