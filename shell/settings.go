package shell

import (
	"goerl/eval"
	"goerl/term"
)

// Shell settings and documentation commands: history/1, results/1,
// catch_exception/1.

func (s *Shell) cmdHistoryDepth(_ *eval.Context, args []term.Term) term.Term {
	n, ok := args[0].(int)
	if !ok || n < 0 {
		term.Badarg()
	}
	return s.history.setKeep(n)
}

func (s *Shell) cmdResults(_ *eval.Context, args []term.Term) term.Term {
	n, ok := args[0].(int)
	if !ok || n < 0 {
		term.Badarg()
	}
	return s.history.setKeepResults(n)
}

// cmdCatchException is catch_exception/1: when true, an uncaught
// exception no longer ends the evaluator (its links, name and mailbox
// survive), as erl's shell then behaves.
func (s *Shell) cmdCatchException(_ *eval.Context, args []term.Term) term.Term {
	on, ok := args[0].(term.Atom)
	if !ok || (on != term.True && on != term.False) {
		term.Badarg()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.catchExceptions
	s.catchExceptions = on == term.True
	return term.Bool(old)
}

func (s *Shell) catchingExceptions() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.catchExceptions
}
