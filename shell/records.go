package shell

import (
	"goerl/eval"
	"goerl/term"
)

// The shell's record commands (shell.erl's rf, rl, rp, rr). rd/2 takes
// its definition unevaluated, so the evaluator handles it; these take
// evaluated arguments and work on the evaluator's record table.

// cmdRecordList is rl/0,1: each definition as a -record attribute, in
// name order or in the order asked for; unknown names print nothing.
func (s *Shell) cmdRecordList(_ *eval.Context, args []term.Term) term.Term {
	recs := s.ev.Records()
	names := recs.Names()
	if len(args) == 1 {
		names = names[:0]
		for _, t := range listify(args[0]) {
			if a, ok := t.(term.Atom); ok {
				names = append(names, string(a))
			}
		}
	}
	for _, n := range names {
		if def, ok := recs.Lookup(n); ok {
			s.out("%s\n", def.Attribute())
		}
	}
	return term.OK
}

// cmdRecordForget is rf/0,1. rf() answers the records it reloads from
// shell_default and user_default, which goerl has none of: [].
func (s *Shell) cmdRecordForget(_ *eval.Context, args []term.Term) term.Term {
	recs := s.ev.Records()
	if len(args) == 0 {
		recs.ForgetAll()
		return term.List{}
	}
	if args[0] == term.Atom("_") {
		recs.ForgetAll()
		return term.OK
	}
	for _, t := range listify(args[0]) {
		if a, ok := t.(term.Atom); ok {
			recs.Forget(string(a))
		}
	}
	return term.OK
}

// cmdRecordPrint is rp/1: the term printed with the record table and no
// depth limit.
func (s *Shell) cmdRecordPrint(_ *eval.Context, args []term.Term) term.Term {
	s.out("%s\n", s.ev.Records().PrintTerm(args[0]))
	return term.OK
}

// cmdRecordRead is rr/1,2,3. erl reads -record attributes from Erlang
// sources and .beam files; goerl's modules are Go and have none, so it
// reads no records: [] as erl answers for a file without any (or a
// wildcard matching nothing), and {error,nofile} for a module name that
// code:which does not find, as erl does.
func (s *Shell) cmdRecordRead(ctx *eval.Context, args []term.Term) term.Term {
	if mod, ok := args[0].(term.Atom); ok {
		if s.CallMFA(ctx.Proc, "code", "which", []term.Term{mod}) == term.Atom("non_existing") {
			return term.Tuple{term.Atom("error"), term.Atom("nofile")}
		}
	}
	return term.List{}
}

// listify is shell.erl's listify/1: a list as it is, anything else as a
// list of one.
func listify(t term.Term) []term.Term {
	if l, ok := t.(term.List); ok {
		return l
	}
	return []term.Term{t}
}
