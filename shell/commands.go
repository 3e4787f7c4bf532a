package shell

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"goerl/eval"
	"goerl/process"
	"goerl/syntax"
	"goerl/term"
)

// A shellCommand is a function of erl's shell or of its c module that the
// user calls without a module prefix.
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
		{name: "h", arity: 1, usage: "h(Mod)", help: "help about module", run: (*Shell).cmdDoc},
		{name: "h", arity: 2, usage: "h(Mod,Func)", help: "help about function in module", run: (*Shell).cmdDoc},
		{name: "history", arity: 1, usage: "history(N)", help: "set how many previous commands to keep", run: (*Shell).cmdHistoryDepth},
		{name: "results", arity: 1, usage: "results(N)", help: "set how many previous command results to keep", run: (*Shell).cmdResults},
		{name: "catch_exception", arity: 1, usage: "catch_exception(B)", help: "how exceptions are handled", run: (*Shell).cmdCatchException},
		{name: "c", arity: 1, usage: "c(Mod)", help: "compile and load module or file <Mod>", run: (*Shell).cmdCompile},
		{name: "c", arity: 2, usage: "c(Mod,Opts)", help: "compile and load module or file <Mod> (options are ignored)", run: (*Shell).cmdCompile},
		{name: "cd", arity: 1, usage: "cd(Dir)", help: "change working directory", run: (*Shell).cmdCd},
		{name: "flush", arity: 0, usage: "flush()", help: "flush any messages sent to the shell", run: (*Shell).cmdFlush},
		{name: "help", arity: 0, usage: "help()", help: "help info", run: (*Shell).cmdHelp},
		{name: "i", arity: 0, usage: "i()", help: "information about the system", run: (*Shell).cmdProcesses},
		{name: "l", arity: 1, usage: "l(Module)", help: "load or reload module", run: (*Shell).cmdLoad},
		{name: "lm", arity: 0, usage: "lm()", help: "load all modified modules", run: (*Shell).cmdLoadModified},
		{name: "ls", arity: 0, usage: "ls()", help: "list files in the current directory", run: (*Shell).cmdLs},
		{name: "ls", arity: 1, usage: "ls(Dir)", help: "list files in directory <Dir>", run: (*Shell).cmdLs},
		{name: "m", arity: 0, usage: "m()", help: "which modules are loaded", run: (*Shell).cmdModules},
		{name: "m", arity: 1, usage: "m(Mod)", help: "information about module <Mod>", run: (*Shell).cmdModule},
		{name: "mm", arity: 0, usage: "mm()", help: "list all modified modules", run: (*Shell).cmdModified},
		{name: "pid", arity: 3, usage: "pid(X,Y,Z)", help: "convert X,Y,Z to a Pid", run: (*Shell).cmdPid},
		{name: "pwd", arity: 0, usage: "pwd()", help: "print working directory", run: (*Shell).cmdPwd},
		{name: "q", arity: 0, usage: "q()", help: "quit - shorthand for init:stop()", run: (*Shell).cmdQuit},
		{name: "halt", arity: 0, usage: "halt()", help: "stop the node at once", run: (*Shell).cmdHalt},
		{name: "halt", arity: 1, usage: "halt(Status)", help: "stop the node at once with exit status <Status>", run: (*Shell).cmdHalt},
		{name: "uptime", arity: 0, usage: "uptime()", help: "print node uptime", run: (*Shell).cmdUptime},
		{name: "nregs", arity: 0, usage: "nregs()", help: "information about all registered processes", run: (*Shell).cmdRegs},
		{name: "memory", arity: 0, usage: "memory()", help: "memory allocation information", run: (*Shell).cmdMemory},
		{name: "memory", arity: 1, usage: "memory(T)", help: "memory allocation information of type <T>", run: (*Shell).cmdMemory},
		{name: "regs", arity: 0, usage: "regs()", help: "information about registered processes", run: (*Shell).cmdRegs},
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
	return s.disp.CallMFA(p, mod, fun, args)
}

// CallLocal implements eval.Env: shell commands first, then auto-imported
// BIFs, as erl's shell_default and erlang do.
func (s *Shell) CallLocal(ctx *eval.Context, name term.Atom, args []term.Term) (term.Term, bool) {
	if c, ok := s.findCommand(string(name), len(args)); ok {
		return c.run(s, ctx, args), true
	}
	return s.disp.CallAutoImported(ctx.Proc, name, args)
}

// CallFun implements eval.Env for funs made by module code.
func (s *Shell) CallFun(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool) {
	return s.cs.CallFun(p, f, args)
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
		}
	}
	return term.True
}

func (s *Shell) cmdBindings(ctx *eval.Context, _ []term.Term) term.Term {
	b := ctx.Bindings()
	for _, name := range b.Names() {
		v, _ := b.Get(name)
		prefix := name + " = "
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
		io.WriteString(s.con, s.con.shellGot.Sprint(prefix)+strings.TrimPrefix(text, prefix))
	}
}

// cmdMemory is memory/0,1: erlang:memory/0,1.
func (s *Shell) cmdMemory(ctx *eval.Context, args []term.Term) term.Term {
	return s.disp.CallMFA(ctx.Proc, "erlang", "memory", args)
}

func (s *Shell) cmdPid(_ *eval.Context, args []term.Term) term.Term {
	x, ok1 := args[0].(int)
	y, ok2 := args[1].(int)
	z, ok3 := args[2].(int)
	if !ok1 || !ok2 || !ok3 || x != 0 || z != 0 || y < 0 {
		term.Badarg()
	}
	return term.Pid{ID: y}
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

func (s *Shell) cmdPwd(_ *eval.Context, _ []term.Term) term.Term {
	dir, err := filepath.Abs(s.currentDir())
	if err != nil {
		dir = s.currentDir()
	}
	s.out("%s\n", dir)
	return term.OK
}

func (s *Shell) cmdCd(_ *eval.Context, args []term.Term) term.Term {
	dir, ok := term.ToGoString(args[0])
	if !ok {
		if a, isAtom := args[0].(term.Atom); isAtom {
			dir, ok = string(a), true
		}
	}
	if ok {
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(s.currentDir(), dir)
		}
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			s.mu.Lock()
			s.dir = dir
			s.mu.Unlock()
		}
	}
	return s.cmdPwd(nil, nil)
}

func (s *Shell) cmdLs(_ *eval.Context, args []term.Term) term.Term {
	dir := s.currentDir()
	if len(args) == 1 {
		d, ok := term.ToGoString(args[0])
		if !ok {
			// c:ls/1 reports a bad argument in words and returns ok.
			s.out("bad argument\n")
			return term.OK
		}
		if !filepath.IsAbs(d) {
			d = filepath.Join(s.currentDir(), d)
		}
		dir = d
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		// erl prints the reason in words ("no such file or directory").
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		s.out("%v\n", err)
		return term.OK
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	s.printColumns(names)
	return term.OK
}

// printColumns lays names out as c:ls/0 does: every name padded to the
// longest plus five, a new line before a column would reach column 80.
func (s *Shell) printColumns(names []string) {
	if len(names) == 0 {
		return
	}
	width := 0
	for _, n := range names {
		width = max(width, len([]rune(n)))
	}
	width = min(width+5, 80)
	var b strings.Builder
	used := 0
	for _, n := range names {
		if width+used >= 80 {
			b.WriteString("\n")
			used = 0
		}
		b.WriteString(n + strings.Repeat(" ", max(0, width-len([]rune(n)))))
		used += width
	}
	b.WriteString("\n")
	io.WriteString(s.con, b.String())
}
