package shell

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"

	"goerl/codeserver"
	"goerl/eval"
	"goerl/term"
)

// moduleName accepts what c/1 and l/1 accept: an atom, or a string naming
// the module or its file ("t", "t.go", "t.erl" out of habit).
func moduleName(t term.Term) string {
	var name string
	switch v := t.(type) {
	case term.Atom:
		name = string(v)
	default:
		s, ok := term.ToGoString(t)
		if !ok {
			term.Badarg()
		}
		name = s
	}
	name = path.Base(name)
	for _, ext := range []string{".go", ".erl", ".beam"} {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}

// cmdCompile is c/1,2: compile, then purge and load, as erl's c module.
func (s *Shell) cmdCompile(_ *eval.Context, args []term.Term) term.Term {
	mod := moduleName(args[0])
	diags, found := s.cs.Compile(mod)
	if !found {
		if _, named := args[0].(term.Atom); !named {
			// A file name that does not exist: erl says so and fails.
			s.out("%s.go: no such file or directory\n", mod)
			return term.Atom("error")
		}
		return term.Tuple{term.Atom("error"), term.Atom("non_existing")}
	}
	failed := false
	for _, d := range diags {
		io.WriteString(s.con, formatDiagnostic(d))
		if !d.Warning {
			failed = true
		}
	}
	if failed {
		return term.Atom("error")
	}
	s.cs.Purge(mod)
	res := s.cs.LoadFile(mod)
	if t, ok := res.(term.Tuple); ok && len(t) == 2 && t[0] == term.Atom("module") {
		return term.Tuple{term.Atom("ok"), term.Atom(mod)}
	}
	return res
}

// formatDiagnostic prints a compiler message as erl 25 does: the position
// and message, the source line with its number, a caret under the column,
// and an empty line.
func formatDiagnostic(d codeserver.Diagnostic) string {
	var b strings.Builder
	kind := ""
	if d.Warning {
		kind = "Warning: "
	}
	if d.Line > 0 && d.Col > 0 {
		fmt.Fprintf(&b, "%s:%d:%d: %s%s\n", d.File, d.Line, d.Col, kind, d.Msg)
	} else if d.Line > 0 {
		fmt.Fprintf(&b, "%s:%d: %s%s\n", d.File, d.Line, kind, d.Msg)
	} else {
		fmt.Fprintf(&b, "%s: %s%s\n", d.File, kind, d.Msg)
	}
	if d.Line > 0 && d.SourceLine != "" {
		fmt.Fprintf(&b, "%%%5d| %s\n", d.Line, d.SourceLine)
		if d.Col > 0 {
			fmt.Fprintf(&b, "%%     | %s^\n", caretIndent(d.SourceLine, d.Col))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// caretIndent keeps tabs as tabs so the caret lines up in a terminal.
func caretIndent(line string, col int) string {
	var b strings.Builder
	for i, r := range []rune(line) {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteRune('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	for n := len([]rune(line)); n < col-1; n++ {
		b.WriteByte(' ')
	}
	return b.String()
}

// cmdLoad is l/1: purge, then load the compiled module.
func (s *Shell) cmdLoad(_ *eval.Context, args []term.Term) term.Term {
	mod := moduleName(args[0])
	s.cs.Purge(mod)
	return s.cs.LoadFile(mod)
}

// modified lists modules whose compiled artifact is newer than the loaded
// current version (erl's mm/0: the object file changed on disk).
func (s *Shell) modified() []string {
	return s.cs.Modified()
}

func (s *Shell) cmdModified(_ *eval.Context, _ []term.Term) term.Term {
	var l term.List
	for _, m := range s.modified() {
		l = append(l, term.Atom(m))
	}
	return l
}

// cmdLoadModified is lm/0. goerl's "modified" means the source changed
// since the loaded version was compiled, so lm/0 compiles and loads each
// such module (erl's reloads a .beam compiled elsewhere): its result per
// module is {module,M}, or error when the new source does not compile.
func (s *Shell) cmdLoadModified(ctx *eval.Context, _ []term.Term) term.Term {
	var l term.List
	for _, m := range s.modified() {
		res := s.cmdCompile(ctx, []term.Term{term.Atom(m)})
		if t, ok := res.(term.Tuple); ok && len(t) == 2 && t[0] == term.Atom("ok") {
			res = term.Tuple{term.Atom("module"), t[1]}
		}
		l = append(l, res)
	}
	return l
}

// cmdModules is m/0: every loaded module and where it came from.
func (s *Shell) cmdModules(_ *eval.Context, _ []term.Term) term.Term {
	s.out("%-20s  %s\n", "Module", "File")
	rows := map[string]string{}
	var names []string
	for _, m := range s.disp.Modules() {
		rows[m] = "preloaded"
		names = append(names, m)
	}
	for _, m := range s.cs.Loaded() {
		if _, dup := rows[m.Name]; !dup {
			names = append(names, m.Name)
		}
		rows[m.Name] = m.Path
	}
	sort.Strings(names)
	for _, n := range names {
		name := n
		if len(name) > 20 {
			name = name[:20]
		}
		s.out("%-20s  %s\n", name, rows[n])
	}
	return term.OK
}

// cmdModule is m/1: a module's file and exports, plus what erl cannot
// show in one line but a lesson about two slots needs: whether an old
// version is still loaded and who runs it.
func (s *Shell) cmdModule(ctx *eval.Context, args []term.Term) term.Term {
	mod := moduleName(args[0])
	if s.disp.IsBuiltin(mod) {
		var fns []string
		for _, f := range s.disp.Functions(mod) {
			fns = append(fns, fmt.Sprintf("%s/%d", term.QuoteAtom(f.Name), f.Arity))
		}
		s.out("Module: %s\nObject file: preloaded\nExports: \n", mod)
		s.printExports(fns)
		return term.OK
	}
	p, loaded := s.cs.IsLoaded(mod)
	if !loaded {
		// What erl's c:m/1 runs into: Mod:module_info() is undefined.
		panic(&term.Exception{Class: "error", Reason: term.Atom("undef"), Stack: term.List{
			term.Tuple{term.Atom(mod), term.Atom("module_info"), term.List{}, term.List{}},
			term.Tuple{term.Atom("c"), term.Atom("m"), 1, term.List{
				term.Tuple{term.Atom("file"), term.String("c.erl")}, term.Tuple{term.Atom("line"), 842}}},
		}})
	}
	s.out("Module: %s\n", mod)
	if sum, ok := s.cs.Call(ctx.Proc, mod, "module_info", []term.Term{term.Atom("md5")}); ok {
		if b, ok := sum.(term.Binary); ok {
			s.out("MD5: %x\n", []byte(b))
		}
	}
	s.out("Object file: %s\n", p)
	s.out("Compiler options:  []\n")
	s.out("Exports: \n")
	exports, _ := s.cs.Exports(mod)
	var fns []string
	for _, f := range exports {
		fns = append(fns, fmt.Sprintf("%s/%d", term.QuoteAtom(f.Name), f.Arity))
	}
	s.printExports(fns)
	if s.cs.CheckOldCode(mod) {
		s.out("Old code: loaded\n")
	}
	return term.OK
}

// printExports lists exports as c:m/1 does: one per line, indented, up to
// 16 of them; more go in two columns, the first half on the left.
func (s *Shell) printExports(fns []string) {
	if len(fns) <= 16 {
		for _, f := range fns {
			s.out("         %s\n", f)
		}
		return
	}
	mid := len(fns) / 2
	left, right := fns[:mid], fns[mid:]
	for i, r := range right {
		l := ""
		if i < len(left) {
			l = left[i]
		}
		s.out("%-30s%s\n", l, r)
	}
}

// cmdRegs is regs/0, laid out as c:regs/0 does.
func (s *Shell) cmdRegs(_ *eval.Context, _ []term.Term) term.Term {
	s.out("\n** Registered procs on node nonode@nohost **\n")
	s.out("%-21s %-12s %-25s %12s %4s\n", "Name", "Pid", "Initial Call", "Reds", "Msgs")
	for _, name := range s.rt.Registered() {
		pid, ok := s.rt.Whereis(name)
		if !ok {
			continue
		}
		info, ok := s.rt.Info(pid)
		if !ok {
			continue
		}
		s.out("%-21s %-12s %-25s %12d %4d\n", cut(string(name), 21), term.Sprint(pid),
			cut(info.InitialCall, 25), info.Reductions, info.MessageQueueLen)
	}
	s.out("\n** Registered ports on node nonode@nohost **\n")
	s.out("%-21s %-15s %-40s\n", "Name", "Id", "Command")
	return term.OK
}

func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// cmdProcesses is i/0, laid out as c:i/0 ("~-21s ~-33s ~8s ~8s ~4s"). A
// goroutine has no heap of its own to report: Heap shows the mailbox
// length in messages and Stack the depth of the process's code-version
// stack, the nearest honest quantities goerl has.
func (s *Shell) cmdProcesses(_ *eval.Context, _ []term.Term) term.Term {
	row := func(a, b, c, d, e string) {
		s.out("%-21s %-33s %8s %8s %4s\n", cut(a, 21), cut(b, 33), c, d, e)
	}
	row("Pid", "Initial Call", "Heap", "Reds", "Msgs")
	row("Registered", "Current Function", "Stack", "", "")
	var heap, reds, msgs, stack int
	for _, pid := range s.rt.Processes() {
		info, ok := s.rt.Info(pid)
		if !ok {
			continue
		}
		depth := 0
		if p := s.rt.Lookup(pid); p != nil {
			depth = len(p.CodeStack())
		}
		heap += info.MessageQueueLen
		reds += info.Reductions
		msgs += info.MessageQueueLen
		stack += depth
		row(term.Sprint(pid), info.InitialCall, strconv.Itoa(info.MessageQueueLen),
			strconv.Itoa(info.Reductions), strconv.Itoa(info.MessageQueueLen))
		row(string(info.RegisteredName), info.CurrentFunction, strconv.Itoa(depth), "", "")
	}
	row("Total", "", strconv.Itoa(heap), strconv.Itoa(reds), strconv.Itoa(msgs))
	row("", "", strconv.Itoa(stack), "", "")
	return term.OK
}
