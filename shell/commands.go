package shell

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"goerl/eval"
	"goerl/process"
	"goerl/syntax"
	"goerl/term"
	"goerl/terminal"
)

// A shellCommand is a function of erl's shell that the user calls without
// a module prefix and that needs the shell itself (its history, bindings,
// records, exit). The commands of erl's c module, which need only the
// node, are builtins entries of module c (builtins/c.go).
type shellCommand struct {
	name  string
	arity int
	help  string // the line help() prints after the padded usage
	usage string
	run   func(s *Shell, ctx *eval.Context, args []term.Term) term.Term
}

// commands is the table of shell commands, in help() order. Keeping it a
// table lets help(), completion and dispatch share one source of truth.
func commands() []shellCommand {
	return []shellCommand{
		{name: "b", arity: 0, usage: "b()", help: "display all variable bindings", run: (*Shell).cmdBindings},
		{name: "e", arity: 1, usage: "e(N)", help: "repeat the expression in query <N>", run: (*Shell).cmdRepeat},
		{name: "h", arity: 0, usage: "h()", help: "history", run: (*Shell).cmdHistory},
		{name: "v", arity: 1, usage: "v(N)", help: "use the value of query <N>", run: (*Shell).cmdValue},
		{name: "history", arity: 1, usage: "history(N)", help: "set how many previous commands to keep", run: (*Shell).cmdHistoryDepth},
		{name: "results", arity: 1, usage: "results(N)", help: "set how many previous command results to keep", run: (*Shell).cmdResults},
		{name: "catch_exception", arity: 1, usage: "catch_exception(B)", help: "how exceptions are handled", run: (*Shell).cmdCatchException},
		{name: "flush", arity: 0, usage: "flush()", help: "flush any messages sent to the shell", run: (*Shell).cmdFlush},
		{name: "help", arity: 0, usage: "help()", help: "help info", run: (*Shell).cmdHelp},
		{name: "q", arity: 0, usage: "q()", help: "quit - shorthand for init:stop()", run: (*Shell).cmdQuit},
		{name: "halt", arity: 0, usage: "halt()", help: "stop the node at once", run: (*Shell).cmdHalt},
		{name: "halt", arity: 1, usage: "halt(Status)", help: "stop the node at once with exit status <Status>", run: (*Shell).cmdHalt},
		{name: "rf", arity: 0, usage: "rf()", help: "remove all record information", run: (*Shell).cmdRecordForget},
		{name: "rf", arity: 1, usage: "rf(R)", help: "remove record information about R", run: (*Shell).cmdRecordForget},
		{name: "rl", arity: 0, usage: "rl()", help: "display all record information", run: (*Shell).cmdRecordList},
		{name: "rl", arity: 1, usage: "rl(R)", help: "display record information about R", run: (*Shell).cmdRecordList},
		{name: "rp", arity: 1, usage: "rp(Term)", help: "display Term using the shell's record information", run: (*Shell).cmdRecordPrint},
		{name: "rr", arity: 1, usage: "rr(File)", help: "read record information from File (wildcards allowed)", run: (*Shell).cmdRecordRead},
		{name: "rr", arity: 2, usage: "rr(F,R)", help: "read selected record information from file(s)", run: (*Shell).cmdRecordRead},
		{name: "rr", arity: 3, usage: "rr(F,R,O)", help: "read selected record information with options", run: (*Shell).cmdRecordRead},
	}
}

func (s *Shell) findCommand(name string, arity int) (shellCommand, bool) {
	for _, c := range commands() {
		if c.name == name && c.arity == arity {
			return c, true
		}
	}
	return shellCommand{}, false
}

// CallMFA implements eval.Env.
func (s *Shell) CallMFA(p *process.Proc, mod, fun term.Atom, args []term.Term) term.Term {
	return s.node.BIFs.CallMFA(p, mod, fun, args)
}

// CallLocal implements eval.Env: shell commands first, then c's commands
// and auto-imported BIFs, as erl's shell, shell_default and erlang do.
func (s *Shell) CallLocal(ctx *eval.Context, name term.Atom, args []term.Term) (term.Term, bool) {
	if c, ok := s.findCommand(string(name), len(args)); ok {
		return c.run(s, ctx, args), true
	}
	return s.node.BIFs.CallLocal(ctx.Proc, name, args)
}

// CallFun implements eval.Env for funs made by module code.
func (s *Shell) CallFun(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool) {
	return s.node.Code.CallFun(p, f, args)
}

func (s *Shell) out(format string, args ...any) {
	fmt.Fprintf(s.con, format, args...)
}

// helpOrder is the order of erl's help(), restricted to what goerl has;
// "" separates the shell's own commands from those of module c. f/0 and
// f/1 are the evaluator's (they forget bindings) but listed here as erl
// lists them.
var helpOrder = []string{"b/0", "e/1", "f/0", "f/1", "h/0", "h/1", "h/2", "history/1", "results/1",
	"catch_exception/1", "v/1", "rd/2", "rf/0", "rf/1", "rl/0", "rl/1", "rp/1", "rr/1", "rr/2", "rr/3", "", "c/1", "cd/1", "flush/0", "help/0", "i/0", "l/1", "lm/0",
	"ls/0", "ls/1", "m/0", "m/1", "mm/0", "memory/0", "memory/1", "pid/3", "pwd/0", "q/0", "regs/0", "nregs/0", "uptime/0", "halt/0", "halt/1"}

func (s *Shell) cmdHelp(_ *eval.Context, _ []term.Term) term.Term {
	line := func(usage, help string) {
		if len(usage) <= 11 {
			s.out("%-11s-- %s\n", usage, help)
		} else {
			s.out("%s -- %s\n", usage, help)
		}
	}
	s.out("** shell internal commands **\n")
	for _, key := range helpOrder {
		switch key {
		case "":
			s.out("** commands in module c **\n")
		case "f/0":
			line("f()", "forget all variable bindings")
		case "f/1":
			line("f(X)", "forget the binding of variable X")
		case "rd/2":
			line("rd(R,D)", "define a record")
		default:
			for _, c := range commands() {
				if fmt.Sprintf("%s/%d", c.name, c.arity) == key {
					line(c.usage, c.help)
				}
			}
			name, a, _ := strings.Cut(key, "/")
			arity, _ := strconv.Atoi(a)
			if e, ok := s.node.BIFs.Lookup("c", name, arity); ok {
				line(e.Usage, e.Help)
			}
		}
	}
	return term.True
}

func (s *Shell) cmdBindings(ctx *eval.Context, _ []term.Term) term.Term {
	b := ctx.Bindings()
	for _, name := range b.Names() {
		v, _ := b.Get(name)
		prefix := name + " = "
		if f, ok := v.(*term.Fun); ok {
			if def, ok := eval.FunSource(f); ok {
				// shell.erl prints a shell fun as its source, with
				// erl_pp at indentation 4 whatever the name's length.
				s.out("%s%s\n", prefix, syntax.FormatIndented([]syntax.Expr{def}, 4))
				continue
			}
		}
		s.out("%s%s\n", prefix, term.Pretty(v, s.ev.Records().PrettyOptions(term.ShellOptions(len(prefix)+1))))
	}
	return term.OK
}

func (s *Shell) cmdValue(_ *eval.Context, args []term.Term) term.Term {
	n, ok := args[0].(int)
	if !ok {
		term.Badarg()
	}
	v, found := s.history.value(n)
	if !found {
		term.RaiseError(term.Tuple{term.Atom("badarg"), term.List{}})
	}
	return v
}

func (s *Shell) cmdRepeat(ctx *eval.Context, args []term.Term) term.Term {
	n, ok := args[0].(int)
	if !ok {
		term.Badarg()
	}
	exprs, found := s.history.command(n)
	if !found {
		term.Badarg()
	}
	v, _ := s.ev.Eval(ctx.Proc, exprs, ctx.Bindings())
	return v
}

func (s *Shell) cmdHistory(_ *eval.Context, _ []term.Term) term.Term {
	for _, e := range s.history.list() {
		s.out("%s\n", syntax.HistoryEntry(e.n, e.exprs))
		if e.hasValue {
			s.out("-> %s\n", term.Pretty(e.value, s.ev.Records().PrettyOptions(term.ShellOptions(4))))
		}
	}
	return term.OK
}

func (s *Shell) cmdFlush(ctx *eval.Context, _ []term.Term) term.Term {
	for {
		msg, ok := ctx.Proc.Receive(func(m term.Term) (any, bool) { return m, true }, 0)
		if !ok {
			return term.OK
		}
		const prefix = "Shell got "
		text, err := term.Format(prefix+"~tp~n", []term.Term{msg}, 0)
		if err != nil {
			text = prefix + term.Sprint(msg) + "\n"
		}
		// One write: the coloured prefix and the message stay together.
		io.WriteString(s.con, s.con.Styled(terminal.ShellGot, prefix)+strings.TrimPrefix(text, prefix))
	}
}

func (s *Shell) cmdQuit(_ *eval.Context, _ []term.Term) term.Term {
	s.setExit(0)
	return term.OK
}

func (s *Shell) cmdHalt(_ *eval.Context, args []term.Term) term.Term {
	code := 0
	if len(args) == 1 {
		n, ok := args[0].(int)
		if !ok || n < 0 {
			term.Badarg()
		}
		code = n
	}
	// halt() ends the node at once: nothing more is printed, not even
	// this command's value. The evaluator stays blocked until the shell is
	// gone.
	s.halt <- code
	<-s.closed
	return term.OK
}
