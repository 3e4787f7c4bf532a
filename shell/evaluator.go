package shell

import (
	"io"

	"goerl/eval"
	"goerl/process"
	"goerl/syntax"
	"goerl/term"
)

// The evaluator is a real process, as in erl: self() in the shell is its
// pid, flush() prints its mailbox, and an uncaught exception ends it (its
// links fire, its name and mailbox are gone) and a new one takes over while
// the bindings, kept by the shell, survive.

type job struct {
	exprs []syntax.Expr
	binds *eval.Bindings
}

type outcome struct {
	value term.Term
	binds *eval.Bindings
	exc   *term.Exception
	// halted: halt/0,1 ended the session; nothing is printed.
	halted bool
}

// evaluatorDied is the exit reason of an evaluator that ended while the
// shell expected an outcome from it.
type evaluatorDied struct{ reason term.Term }

func (s *Shell) startEvaluator() {
	wake := make(chan struct{})
	died := make(chan term.Term, 1)
	p, _ := s.node.Runtime.Spawn(nil, process.SpawnOptions{
		InitialCall: "erlang:apply/2",
		DrivesClock: true,
		OnExit:      func(reason term.Term) { died <- reason },
	}, func(p *process.Proc) { s.evaluatorLoop(p, wake) })
	s.mu.Lock()
	s.evalProc = p
	s.evalPid = p.Pid()
	s.ownCrash = false
	s.mu.Unlock()
	s.evalWake = wake
	s.died = died
}

func (s *Shell) evaluatorLoop(p *process.Proc, wake chan struct{}) {
	for {
		p.Await(wake)
		j := s.pendingJob
		out := s.evalJob(p, j)
		keep := s.catchingExceptions()
		s.outcomes <- out
		if out.exc != nil && !keep {
			// End this evaluator with the exception's exit reason, so links
			// and monitors see what erl's would. Class exit: the shell has
			// already reported it, there is no crash report to print.
			panic(&term.Exception{Class: "exit", Reason: exitReason(out.exc)})
		}
	}
}

// exitReason is the reason a process ends with for an uncaught exception.
func exitReason(e *term.Exception) term.Term {
	switch e.Class {
	case "error":
		return term.Tuple{e.Reason, e.Stack}
	case "throw":
		return term.Tuple{term.Tuple{term.Atom("nocatch"), e.Reason}, e.Stack}
	}
	return e.Reason
}

func (s *Shell) evalJob(p *process.Proc, j job) (out outcome) {
	defer func() {
		if r := recover(); r != nil {
			out = outcome{exc: s.node.Runtime.PanicToException(r)}
		}
	}()
	v, b := s.ev.Eval(p, j.exprs, j.binds)
	return outcome{value: v, binds: b}
}

// run evaluates one command in the evaluator and waits for its outcome or
// for the evaluator's death (a linked process crashing, Ctrl-C).
func (s *Shell) run(exprs []syntax.Expr) (outcome, *evaluatorDied) {
	s.pendingJob = job{exprs: exprs, binds: s.binds}
	for sent := false; !sent; {
		// Count the evaluator as busy from now: Settle must not see an
		// idle system between this send and the evaluator waking up.
		s.evalProc.MarkRunnable()
		select {
		case s.evalWake <- struct{}{}:
			sent = true
		case reason := <-s.died:
			s.startEvaluator()
			s.printException(idleDeathException(reason))
		}
	}
	for {
		select {
		case out := <-s.outcomes:
			if out.exc != nil && !s.catchingExceptions() {
				// The evaluator is ending itself; wait until it is gone so
				// the next one's pid comes after anything it took down.
				<-s.died
				s.startEvaluator()
			}
			return out, nil
		case reason := <-s.died:
			s.mu.Lock()
			own := s.ownCrash
			s.mu.Unlock()
			s.startEvaluator()
			if own {
				return outcome{exc: idleDeathException(reason)}, nil
			}
			return outcome{}, &evaluatorDied{reason: reason}
		case code := <-s.halt:
			s.setExit(code)
			s.mu.Lock()
			s.halts = true
			s.mu.Unlock()
			return outcome{halted: true}, nil
		case <-s.opts.Interrupts:
			// The terminal echoed ^C; the report goes on its own line.
			io.WriteString(s.con, "\n")
			s.node.Runtime.Exit(nil, s.evalProc.Pid(), term.Atom("kill"))
		}
	}
}

// diedMeanwhile reports an evaluator that died after producing its
// outcome, and starts the next one.
func (s *Shell) diedMeanwhile() *evaluatorDied {
	select {
	case reason := <-s.died:
		s.startEvaluator()
		return &evaluatorDied{reason: reason}
	default:
		return nil
	}
}

// checkIdleDeath notices an evaluator that died between commands (a
// linked process crashed after the command returned) and reports it as
// erl does.
func (s *Shell) checkIdleDeath() {
	select {
	case reason := <-s.died:
		s.startEvaluator()
		s.printException(idleDeathException(reason))
	default:
	}
}

// idleDeathException is how erl reports an evaluator killed while waiting
// for input: an exit reason {R,Stack} of an error shows as class error.
func idleDeathException(reason term.Term) *term.Exception {
	if t, ok := reason.(term.Tuple); ok && len(t) == 2 && term.IsList(t[1]) {
		return &term.Exception{Class: "error", Reason: t[0], Stack: t[1]}
	}
	return &term.Exception{Class: "exit", Reason: reason, Stack: term.List{}}
}

// busyDeathException is how erl reports an evaluator killed while it ran
// a command: class exit, with an {R,Stack} reason shown as R.
func busyDeathException(reason term.Term) *term.Exception {
	if t, ok := reason.(term.Tuple); ok && len(t) == 2 && term.IsList(t[1]) {
		reason = t[0]
	}
	return &term.Exception{Class: "exit", Reason: reason, Stack: term.List{}}
}
