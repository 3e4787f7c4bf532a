// Package shell owns the read-eval-print loop that looks like erl's: it
// reads forms (readline on a terminal, plain lines from a pipe, echoed so
// that a piped session reads as a transcript), hands them to the evaluator
// process, prints values and errors the way erl does, keeps the command
// history (v/1, h/0, e/1) and the shell commands (c/1, l/1, flush/0, ...).
//
// Order of output, a deliberate and documented choice: after each command
// the shell waits (bounded) until every other process is idle, so output
// that the command caused in other processes is printed first, then the
// command's value, then the next prompt. With a virtual clock (pipe mode)
// this makes every transcript come out the same on every run.
package shell

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"goerl/eval"
	"goerl/exception"
	"goerl/node"
	"goerl/process"
	"goerl/term"
	"goerl/terminal"
)

// The banner names goerl and what it imitates (erl's own banner would
// make two windows side by side impossible to tell apart), then erl's
// Eshell line with the abort hint.
const (
	systemLine = "goerl 0.2 (Erlang/OTP 25 shell semantics, Go modules via yaegi 0.16.1)"
	eshellLine = "Eshell goerl 0.2  (abort with ^G)"
)

// Options configure a Shell. Only main looks at the real terminal; the
// shell is told what it has.
type Options struct {
	In io.Reader
	// Lines, when set, replaces In in pipe mode: the lesson runner hands
	// the shell its input a line at a time, so it can act between lines.
	Lines LineSource
	Out   io.Writer
	// Terminal selects readline (prompt editing, history, completion,
	// asynchronous output redrawn above the prompt). Without it the shell
	// echoes each prompt and the line it read, for transcripts.
	Terminal bool
	// Color colours prompts and errors (terminal only).
	Color bool
	// HistoryFile keeps readline history between sessions (terminal only).
	HistoryFile string
	// Node configures the node the shell runs on (its working directory,
	// module sources, clock, budgets); the shell sets its Output and
	// CrashReport.
	Node node.Options
	// SettleTimeout bounds the real time waited for other processes to go
	// idle after each command (default 200 ms, 50 ms on a terminal).
	SettleTimeout time.Duration
	// SettleHorizon is how far the virtual clock may run ahead after each
	// command, firing timers of other processes (default 5 s).
	SettleHorizon time.Duration
	// Interrupts delivers Ctrl-C (SIGINT) while a command runs.
	Interrupts <-chan os.Signal
}

// Shell is one erl-style session with its own runtime and code server.
type Shell struct {
	opts    Options
	con     *terminal.Console
	in      terminal.Reader
	node    *node.Node
	ev      *eval.Evaluator
	binds   *eval.Bindings
	history *history

	// The current evaluator process, the channel that wakes it for the
	// job in pendingJob, and the channel its exit reason arrives on.
	evalProc   *process.Proc
	evalWake   chan struct{}
	pendingJob job
	outcomes   chan outcome
	died       chan term.Term
	halt       chan int      // halt/0,1 from the evaluator
	closed     chan struct{} // closed when Run returns

	mu    sync.Mutex
	exit  *int // set by halt/q: the status to exit with
	halts bool // the exit came from halt: leave at once, print nothing
	// evalPid is the current evaluator's pid; ownCrash records that it
	// died of its own error rather than of a signal.
	evalPid  term.Pid
	ownCrash bool
	// lastWords is printed after the terminal is released (q()'s prompt).
	lastWords string
	// catchExceptions is catch_exception/1: exceptions keep the evaluator.
	catchExceptions bool
}

func (s *Shell) halted() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.halts
}

// New makes a shell; nothing runs until Run.
func New(opts Options) *Shell {
	if opts.SettleTimeout == 0 {
		// On a terminal, output that comes later is drawn above the
		// prompt anyway; a pipe waits longer for a deterministic order.
		opts.SettleTimeout = 200 * time.Millisecond
		if opts.Terminal {
			opts.SettleTimeout = 50 * time.Millisecond
		}
	}
	if opts.SettleHorizon == 0 {
		opts.SettleHorizon = 5 * time.Second
	}
	s := &Shell{
		opts:     opts,
		binds:    eval.NewBindings(),
		history:  newHistory(20),
		outcomes: make(chan outcome),
		halt:     make(chan int, 1),
		closed:   make(chan struct{}),
	}
	return s
}

// Run runs the session until end of input, q() or halt(); it returns the
// exit status.
func (s *Shell) Run() int {
	in, out, err := s.openInput()
	if err != nil {
		fmt.Fprintf(s.opts.Out, "goerl: %v\n", err)
		return 1
	}
	s.in = in
	s.con = terminal.NewConsole(out, s.opts.Terminal, s.opts.Color && s.opts.Terminal)
	s.boot()
	defer s.shutdown()

	fmt.Fprintf(s.con, "%s\n\n%s\n", systemLine, eshellLine)
	code := s.loop()
	s.in.Close()
	if s.lastWords != "" {
		// After readline has let go of the terminal, so it stays drawn.
		io.WriteString(s.opts.Out, s.lastWords)
	}
	return code
}

func (s *Shell) boot() {
	nopts := s.opts.Node
	nopts.Output = s.con
	nopts.CrashReport = s.crashReport
	s.node = node.New(nopts)
	s.node.BIFs.ApplyShellFun = s.applyShellFun
	s.ev = eval.New(s)
	s.ev.SetLimits(s.node.BIFs.Limits()) // one budget for BIFs and constructs
	s.startEvaluator()
}

// applyShellFun runs a fun made at the prompt on behalf of a BIF (spawn,
// lists:map). Outside the evaluator process an exception leaving it has
// no shell evaluator below it, as in erl.
func (s *Shell) applyShellFun(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool) {
	if p != nil && p.Pid() != s.currentEvalPid() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(*term.Exception); ok {
					panic(eval.WithoutEvaluatorFrames(e))
				}
				panic(r)
			}
		}()
	}
	return eval.CallFun(p, f, args)
}

func (s *Shell) currentEvalPid() term.Pid {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.evalPid
}

func (s *Shell) shutdown() {
	// Processes are goroutines of this Go process; a finished shell leaves
	// them blocked in receive, which is harmless for main (it exits) and
	// for tests (each shell has its own runtime).
	close(s.closed)
}

// loop is the read-eval-print loop proper.
func (s *Shell) loop() int {
	var asm Assembler
	for {
		form, ok := s.readForm(&asm)
		if !ok {
			if !s.opts.Terminal {
				// End of piped input: the last prompt stays visible, as in
				// a terminal where the user stopped typing.
				io.WriteString(s.con, "\n")
			}
			return 0
		}
		s.command(form)
		if code, stop := s.exitStatus(); stop {
			if !s.halted() {
				// q() is orderly: erl still draws one more prompt, and the
				// terminal's own prompt follows it on the same line. A
				// transcript ends its last line.
				if s.opts.Terminal {
					s.lastWords = s.con.FlushPartial() + s.promptText(s.history.nextNumber())
				} else {
					s.showPrompt(s.history.nextNumber())
					io.WriteString(s.con, "\n")
				}
			}
			return code
		}
	}
}

// readForm prompts and reads lines until they hold a complete form.
func (s *Shell) readForm(asm *Assembler) (string, bool) {
	for {
		n := s.history.nextNumber()
		line, ok := asm.Pending()
		if ok {
			s.showPrompt(n)
			io.WriteString(s.con, line+"\n")
		} else {
			var err error
			line, err = s.readLine(n)
			if err != nil {
				return "", false
			}
		}
		if form, complete := asm.Add(line); complete {
			return form, true
		}
	}
}

func (s *Shell) promptText(n int) string { return fmt.Sprintf("%d> ", n) }

func (s *Shell) showPrompt(n int) {
	if p := s.con.FlushPartial(); p != "" {
		io.WriteString(s.opts.Out, p)
	}
	s.con.Print(terminal.Prompt, s.promptText(n))
}

// exitStatus reports whether q() or halt() asked to stop.
func (s *Shell) exitStatus() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.exit != nil {
		return *s.exit, true
	}
	return 0, false
}

func (s *Shell) setExit(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.exit == nil {
		s.exit = &code
	}
}

// crashReport prints erl's =ERROR REPORT==== for a process that died of
// an error.
// The evaluator's own errors (the stack guard ending a runaway recursion)
// are reported by the shell as exceptions, not as crash reports, as erl's
// shell does for its evaluator.
func (s *Shell) crashReport(pid term.Pid, reason term.Term, at time.Time) {
	s.mu.Lock()
	own := s.evalProc != nil && pid == s.evalPid
	if own {
		s.ownCrash = true
	}
	s.mu.Unlock()
	if !own {
		s.con.Print(terminal.Error, exception.CrashReport(pid, reason, at))
	}
}
