package shell

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"goerl/eval"
	"goerl/exception"
	"goerl/syntax"
	"goerl/term"
	"goerl/terminal"
)

// command handles one complete form: parse, pre-check, evaluate, print.
func (s *Shell) command(form string) {
	s.checkIdleDeath()
	exprs, err := syntax.ParseForm(form)
	if err != nil {
		// A syntax error does not use up the command number.
		s.printShellError(err)
		return
	}
	s.noteAtoms(exprs)
	exprs, n, bad := s.history.prepare(exprs)
	if bad {
		s.printErrorLine(fmt.Sprintf("* %s: command not found\n", n))
		return
	}
	if err := s.ev.Check(exprs, s.binds); err != nil {
		s.printShellError(err)
		v, ok := checkFailedValue(err)
		s.history.add(form, exprs, v, ok)
		return
	}
	out, died := s.run(exprs)
	if out.halted {
		return
	}
	s.settle()
	if died == nil && out.exc == nil {
		// A linked process that crashed while the shell settled took the
		// evaluator down before its value was printed: erl reports the
		// exit instead of the value (spawn_link(fun() -> error(bang) end)).
		died = s.diedMeanwhile()
	}
	switch {
	case died != nil:
		e := busyDeathException(died.reason)
		s.printException(e)
		s.history.add(form, exprs, failedValue(e), true)
	case out.exc != nil:
		s.printException(out.exc)
		s.history.add(form, exprs, failedValue(out.exc), true)
	default:
		s.binds = out.binds
		s.printValue(out.value)
		s.history.add(form, exprs, out.value, true)
	}
	s.checkIdleDeath()
}

// noteAtoms tells the atom table about the atoms a command mentions, as
// erl's scanner creates them: list_to_existing_atom/1 then finds them.
func (s *Shell) noteAtoms(exprs []syntax.Expr) {
	for _, e := range exprs {
		syntax.Inspect(e, func(e syntax.Expr) bool {
			if a, ok := e.(*syntax.Atom); ok {
				s.node.BIFs.NoteAtom(term.Atom(a.Name))
			}
			return true
		})
	}
}

// failedValue is what erl's history keeps as the value of a command that
// raised: {'EXIT',{Reason,Stack}}, with a throw's reason as {nocatch,R}.
func failedValue(e *term.Exception) term.Term {
	reason := e.Reason
	if e.Class == "throw" {
		reason = term.Tuple{term.Atom("nocatch"), reason}
	}
	var stack term.List
	frames, _ := e.Stack.(term.List)
	for _, f := range frames {
		if !eval.IsCatchFrame(f) {
			stack = append(stack, f)
		}
	}
	if stack == nil {
		stack = term.List{}
	}
	return term.Tuple{term.Atom("EXIT"), term.Tuple{reason, stack}}
}

// checkFailedValue is the history value of a command the pre-check
// rejected: erl keeps {'EXIT',{unbound_var,'X'}} for an unbound variable.
// For the other pre-check errors there is no value to show.
func checkFailedValue(err error) (term.Term, bool) {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return nil, false
	}
	rest, ok := strings.CutPrefix(se.Msg, "variable '")
	name, ok2 := strings.CutSuffix(rest, "' is unbound")
	if !ok || !ok2 {
		return nil, false
	}
	return term.Tuple{term.Atom("EXIT"), term.Tuple{term.Atom("unbound_var"), term.Atom(name)}}, true
}

// settle lets other processes finish what the command set off, so their
// output comes before the value (see the package documentation).
func (s *Shell) settle() {
	s.node.Runtime.Settle(s.opts.SettleHorizon, s.opts.SettleTimeout)
}

// printValue prints a command's value. Like erl it does not start a new
// line first: `io:format("x")` shows "xok".
func (s *Shell) printValue(v term.Term) {
	io.WriteString(s.con, s.ev.Records().ShellPrint(v)+"\n")
}

func (s *Shell) printException(e *term.Exception) {
	s.printErrorLine(exception.FormatRecords(e.Class, e.Reason, e.Stack, s.ev.Records().Fields))
}

func (s *Shell) printErrorLine(text string) {
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	s.con.Print(terminal.Error, text)
}

// printShellError prints an error the shell found before evaluating,
// `* L:C: message`.
func (s *Shell) printShellError(err error) {
	var se *syntax.Error
	if errors.As(err, &se) {
		s.printErrorLine(fmt.Sprintf("* %d:%d: %s", se.Line, se.Col, se.Msg))
		return
	}
	s.printErrorLine("* " + err.Error())
}
