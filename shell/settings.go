package shell

import (
	"goerl/eval"
	"goerl/term"
)

// Shell settings and documentation commands: history/1, results/1,
// catch_exception/1, h/1,2.

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

// cmdDoc is h/1,2: erl shows the module's documentation; goerl has the
// one-line help of its built-in functions, and nothing for Go modules.
func (s *Shell) cmdDoc(_ *eval.Context, args []term.Term) term.Term {
	mod, ok := args[0].(term.Atom)
	if !ok {
		term.Badarg()
	}
	var fun term.Atom
	if len(args) == 2 {
		if fun, ok = args[1].(term.Atom); !ok {
			term.Badarg()
		}
	}
	if !s.node.BIFs.IsBuiltin(string(mod)) {
		s.out("There is no documentation for %s\n", term.QuoteAtom(string(mod)))
		return term.OK
	}
	shown := 0
	for _, e := range s.node.BIFs.Functions(string(mod)) {
		if fun != "" && e.Name != string(fun) {
			continue
		}
		s.out("  %s:%s/%d\n      %s\n", mod, term.QuoteAtom(e.Name), e.Arity, e.Help)
		shown++
	}
	if shown == 0 {
		s.out("There is no documentation for %s:%s\n", term.QuoteAtom(string(mod)), term.QuoteAtom(string(fun)))
	}
	return term.OK
}
