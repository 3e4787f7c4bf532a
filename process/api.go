// Package process owns the runtime that Erlang-style processes live in:
// pids and refs from per-runtime counters, goroutines with mailboxes and
// selective receive, the name registry, monitors, links and exit signals,
// kills (including of busy processes, through Check), the per-process
// stack of code versions that the code server asks about, timers with a
// virtual clock for transcripts, and quiescence (Settle).
//
// It knows nothing about yaegi, the code server or the shell: a code
// version is an opaque *CodeTag, output is an io.Writer handed in.
package process

// CONTRACT FILE: the signatures below are the contract between packages.
// The bodies are filled in by the process package's implementation.

import (
	"io"
	"time"

	"goerl/term"
)

// Options configure a Runtime.
type Options struct {
	// VirtualTime makes timers run on a virtual clock (transcript mode):
	// see Settle and the package documentation of the clock.
	VirtualTime bool
	// Epoch is the virtual clock's start time (used in crash report
	// timestamps); zero means a fixed default date.
	Epoch time.Time
	// Output receives everything processes print (io:format). It must be
	// safe for concurrent use; the runtime serialises writes itself.
	Output io.Writer
	// CrashReport is called (in the dying process's goroutine, before
	// links and monitors fire) when a process ends with an exception of
	// class error, to print erl's =ERROR REPORT====. May be nil.
	CrashReport func(pid term.Pid, reason term.Term, at time.Time)
	// PanicToException converts a panic value that is not a
	// *term.Exception (a Go runtime error, a yaegi panic value) into one.
	// May be nil: then reason is {go_panic, "text"} of class error.
	PanicToException func(v any) *term.Exception
	// MaxStack is the stack guard's limit in bytes (default 64 MiB).
	MaxStack int
}

// Runtime is one Erlang "node": all processes, names and timers.
type Runtime struct{}

// New makes a runtime. Pid numbering starts the same way in every fresh
// runtime.
func New(opts Options) *Runtime { panic("process: not implemented") }

// Proc is one process. Its methods that block or act on the calling
// process must be called from the process's own goroutine.
type Proc struct{}

// SpawnOptions modify Spawn.
type SpawnOptions struct {
	Link    bool // spawn_link: link parent and child atomically
	Monitor bool // spawn_monitor: parent monitors child; Spawn returns the ref
	// InitialCall is shown by i() and regs(), e.g. "erlang:apply/2".
	InitialCall string
	// Code, when non-nil, is entered as the base frame of the child's
	// code stack (the version its closure belongs to).
	Code *CodeTag
	// OnExit, when non-nil, is called once after the process has died
	// (links and monitors already fired) with its exit reason.
	OnExit func(reason term.Term)
}

// Spawn starts body in a new goroutine as a new process. parent may be
// nil (no link/monitor possible then). How the body ends decides the exit
// reason: returning is normal; a *term.Exception panic gives exit Reason
// (class exit), {Reason,Stack} (class error, after CrashReport) or
// {{nocatch,Reason},Stack} (throw); another panic goes through
// PanicToException; being killed gives the reason the killer chose.
func (rt *Runtime) Spawn(parent *Proc, opts SpawnOptions, body func(p *Proc)) (*Proc, term.Ref) {
	panic("process: not implemented")
}

// Pid returns the process's pid.
func (p *Proc) Pid() term.Pid { panic("process: not implemented") }

// Runtime returns the runtime the process lives in.
func (p *Proc) Runtime() *Runtime { panic("process: not implemented") }

// Current returns the process the calling goroutine belongs to, or nil.
// Cheap (a goroutine-id lookup); used by the erl API called from
// interpreted code.
func (rt *Runtime) Current() *Proc { panic("process: not implemented") }

// Lookup returns the live process with this pid, or nil.
func (rt *Runtime) Lookup(pid term.Pid) *Proc { panic("process: not implemented") }

// Send delivers msg to dest, a term.Pid or a registered term.Atom.
// Sending to a dead pid is silently dropped; an unregistered name raises
// error:badarg. from may be nil (the sender is not a process).
func (rt *Runtime) Send(from *Proc, dest term.Term, msg term.Term) { panic("process: not implemented") }

// Receive is selective receive. It scans the mailbox oldest first, calling
// match on each message (never while holding a runtime lock, so match may
// run interpreted code); the first message for which match returns
// ok=true is removed and match's result returned. When nothing matches it
// waits for new messages. timeout < 0 waits forever; timeout == 0 checks
// once. On timeout it returns (nil, false). A kill ends the goroutine
// (see Check) instead of returning.
func (p *Proc) Receive(match func(msg term.Term) (any, bool), timeout time.Duration) (any, bool) {
	panic("process: not implemented")
}

// Await blocks until wake delivers or is closed, counting p as idle
// meanwhile (for Settle). A kill or exit signal ends the goroutine as in
// Receive. It reports false if wake was closed.
func (p *Proc) Await(wake <-chan struct{}) bool { panic("process: not implemented") }

// Output is where processes print (Options.Output).
func (rt *Runtime) Output() io.Writer { panic("process: not implemented") }

// Mailbox returns a copy of the queued messages, oldest first (for
// process_info and i()).
func (p *Proc) Mailbox() []term.Term { panic("process: not implemented") }

// Sleep waits d on the runtime clock; it is killable.
func (p *Proc) Sleep(d time.Duration) { panic("process: not implemented") }

// SendAfter sends msg to dest after d on the runtime clock; the ref
// identifies the timer for CancelTimer.
func (rt *Runtime) SendAfter(d time.Duration, dest term.Term, msg term.Term) term.Ref {
	panic("process: not implemented")
}

// CancelTimer cancels a timer; it returns the time left, or false.
func (rt *Runtime) CancelTimer(ref term.Ref) (time.Duration, bool) { panic("process: not implemented") }

// Now is the runtime clock (virtual in transcript mode).
func (rt *Runtime) Now() time.Time { panic("process: not implemented") }

// MakeRef returns a fresh reference from the runtime's counter.
func (rt *Runtime) MakeRef() term.Ref { panic("process: not implemented") }

// Register gives pid the name. Errors (as erl's badarg details):
// ErrNameInUse, ErrAlreadyNamed, ErrNoProc, ErrBadName.
func (rt *Runtime) Register(name term.Atom, pid term.Pid) error { panic("process: not implemented") }

// Unregister removes a name; false if it was not registered.
func (rt *Runtime) Unregister(name term.Atom) bool { panic("process: not implemented") }

// Whereis returns the pid registered under name.
func (rt *Runtime) Whereis(name term.Atom) (term.Pid, bool) { panic("process: not implemented") }

// Registered lists registered names, sorted.
func (rt *Runtime) Registered() []term.Atom { panic("process: not implemented") }

// Processes lists live pids in increasing order.
func (rt *Runtime) Processes() []term.Pid { panic("process: not implemented") }

// Monitor makes p monitor target (a pid or a registered name). If the
// target does not exist, {'DOWN',Ref,process,Target,noproc} is delivered
// at once (Target is the pid, or {Name,nonode@nohost} for a name).
func (p *Proc) Monitor(target term.Term) term.Ref { panic("process: not implemented") }

// Demonitor removes a monitor; with flush it also removes a 'DOWN'
// message already queued. It returns whether the monitor was active.
func (p *Proc) Demonitor(ref term.Ref, flush bool) bool { panic("process: not implemented") }

// Link links p and pid. If pid is not alive: when p traps exits it gets
// {'EXIT',Pid,noproc}, otherwise Link returns ErrNoProc (erl raises
// error:noproc).
func (p *Proc) Link(pid term.Pid) error { panic("process: not implemented") }

// Unlink removes a link (no error if there was none).
func (p *Proc) Unlink(pid term.Pid) { panic("process: not implemented") }

// TrapExit sets process_flag(trap_exit, on) and returns the old value.
func (p *Proc) TrapExit(on bool) bool { panic("process: not implemented") }

// Exit sends an exit signal from `from` (nil for the runtime itself) to
// pid with reason, following Erlang: reason kill is untrappable and ends
// the target with reason killed; normal is ignored unless the target is
// `from` itself or traps exits; a trapping target gets {'EXIT',From,Reason}
// as a message. Exit to a dead pid does nothing.
func (rt *Runtime) Exit(from *Proc, pid term.Pid, reason term.Term) { panic("process: not implemented") }

// Kill ends pid with reason killed at its next Check (at once if it is
// blocked in Receive or Sleep). Used by the code server's purge.
func (rt *Runtime) Kill(pid term.Pid) { panic("process: not implemented") }

// Check is called at every entry from module code into the host and at
// function entries and loop bodies of module code. It ends the calling
// goroutine with runtime.Goexit (once) if its process has a pending kill
// or exit, or if its stack is deeper than MaxStack (reason
// stack_overflow... see the implementation). It is cheap when nothing is
// pending (a few ns) and a no-op on goroutines that are not processes
// or are already exiting.
func (rt *Runtime) Check() { panic("process: not implemented") }

// TailCall abandons the process's current goroutine (its Go stack and
// code stack) and continues the same process in fn on a fresh goroutine.
// It never returns. Deferred functions of the abandoned frames run.
func (p *Proc) TailCall(fn func(p *Proc)) { panic("process: not implemented") }

// IsAlive reports whether pid names a live process.
func (rt *Runtime) IsAlive(pid term.Pid) bool { panic("process: not implemented") }

// Info describes a process for i(), regs() and process_info.
type Info struct {
	Pid             term.Pid
	RegisteredName  term.Atom // "" if none
	InitialCall     string
	CurrentFunction string
	Status          term.Atom // running, runnable, waiting
	MessageQueueLen int
	Links           []term.Pid
	TrapExit        bool
	Reductions      int
}

// Info returns a snapshot; ok is false for a dead pid.
func (rt *Runtime) Info(pid term.Pid) (Info, bool) { panic("process: not implemented") }

// Settle waits until every process is idle (dead, or blocked in Receive
// or Sleep with nothing to do), at most realTimeout of real time. In
// virtual-time mode, while everything is idle it advances the clock to
// the earliest timer due within horizon of the clock at the call and
// fires it, repeating until no such timer is left. It reports whether
// everything became idle.
func (rt *Runtime) Settle(horizon, realTimeout time.Duration) bool { panic("process: not implemented") }

// CodeTag stands for one loaded version of one module. Processes carry a
// stack of the tags they entered; the code server asks who holds a tag.
type CodeTag struct{ Name string }

// NewCodeTag makes a tag; name is for debugging and i().
func (rt *Runtime) NewCodeTag(name string) *CodeTag { panic("process: not implemented") }

// EnterCode pushes tag on p's code stack; the returned function pops it.
func (p *Proc) EnterCode(tag *CodeTag) (leave func()) { panic("process: not implemented") }

// HoldsCode reports whether tag is anywhere on pid's code stack.
func (rt *Runtime) HoldsCode(pid term.Pid, tag *CodeTag) bool { panic("process: not implemented") }

// Holders lists the processes with tag on their code stack. Its cost is
// proportional to the number of holders, not to the number of processes.
func (rt *Runtime) Holders(tag *CodeTag) []term.Pid { panic("process: not implemented") }

// Errors returned by Register and Link.
var (
	ErrNameInUse    = errorString("name is in use")
	ErrAlreadyNamed = errorString("this process or port already has a name")
	ErrNoProc       = errorString("the pid does not refer to an existing process")
	ErrBadName      = errorString("'undefined' is not a valid name")
)

type errorString string

func (e errorString) Error() string { return string(e) }
