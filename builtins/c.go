package builtins

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"goerl/codeserver"
	"goerl/term"
)

// Erl's c module: the commands the shell offers without a prefix (its
// shell_default imports them) and that c:pwd() also reaches. They print
// to their caller's output and return what erl's return, so the compile,
// purge and load policy of c/1 and l/1 is testable without a shell. The
// commands that need the shell itself (b/0, h/0, v/1, flush/0, q/0, ...)
// stay in package shell.

// cBIF makes a c entry; usage is how help() shows the call ("c(Mod)").
func cBIF(name string, arity int, usage, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
	return Entry{Module: "c", Name: name, Arity: arity, Usage: usage, Help: help, Fn: fn}
}

// cBIFs are the c module's commands, each with the usage text help()
// prints.
func cBIFs() []Entry {
	return []Entry{
		cBIF("c", 1, "c(Mod)", "compile and load module or file <Mod>", cCompile),
		cBIF("c", 2, "c(Mod,Opts)", "compile and load module or file <Mod> (options are ignored)", cCompile),
		cBIF("cd", 1, "cd(Dir)", "change working directory", cCd),
		cBIF("flush", 0, "flush()", "flush any messages sent to the shell", cFlush),
		cBIF("h", 1, "h(Mod)", "help about module", cDoc),
		cBIF("h", 2, "h(Mod,Func)", "help about function in module", cDoc),
		cBIF("i", 0, "i()", "information about the system", cProcesses),
		cBIF("l", 1, "l(Module)", "load or reload module", cLoad),
		cBIF("lm", 0, "lm()", "load all modified modules", cLoadModified),
		cBIF("ls", 0, "ls()", "list files in the current directory", cLs),
		cBIF("ls", 1, "ls(Dir)", "list files in directory <Dir>", cLs),
		cBIF("m", 0, "m()", "which modules are loaded", cModules),
		cBIF("m", 1, "m(Mod)", "information about module <Mod>", cModule),
		cBIF("mm", 0, "mm()", "list all modified modules", cModified),
		cBIF("memory", 0, "memory()", "memory allocation information", cMemory),
		cBIF("memory", 1, "memory(T)", "memory allocation information of type <T>", cMemory),
		cBIF("nregs", 0, "nregs()", "information about all registered processes", cRegs),
		cBIF("pid", 3, "pid(X,Y,Z)", "convert X,Y,Z to a Pid", cPid),
		cBIF("pwd", 0, "pwd()", "print working directory", cPwd),
		cBIF("regs", 0, "regs()", "information about registered processes", cRegs),
		cBIF("uptime", 0, "uptime()", "print node uptime", cUptime),
	}
}

// cFlush is c:flush/0: every message in the caller's mailbox, printed
// as "Shell got Msg" (the shell's own flush() colours the prefix).
func cFlush(c *Call, _ []term.Term) term.Term {
	for {
		msg, ok := c.Proc.Receive(func(m term.Term) (any, bool) { return m, true }, 0)
		if !ok {
			return term.OK
		}
		text, err := term.Format("Shell got ~tp~n", []term.Term{msg.(term.Term)}, 0)
		if err != nil {
			text = "Shell got " + term.Sprint(msg) + "\n"
		}
		c.write(text)
	}
}

// out prints to the caller's output, as c's io:format calls do.
func (c *Call) out(format string, args ...any) { c.write(fmt.Sprintf(format, args...)) }

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

// cCompile is c/1,2: compile, then purge and load, as erl's c module.
func cCompile(c *Call, args []term.Term) term.Term {
	mod := moduleName(args[0])
	diags, found := c.Code.Compile(mod)
	if !found {
		if _, named := args[0].(term.Atom); !named {
			// A file name that does not exist: erl says so and fails.
			c.out("%s.go: no such file or directory\n", mod)
			return atomError
		}
		return term.Tuple{atomError, term.Atom("non_existing")}
	}
	failed := false
	for _, d := range diags {
		c.write(formatDiagnostic(d))
		if !d.Warning {
			failed = true
		}
	}
	if failed {
		return atomError
	}
	c.Code.Purge(mod)
	res := c.Code.LoadFile(mod)
	if t, ok := res.(term.Tuple); ok && len(t) == 2 && t[0] == term.Atom("module") {
		return term.Tuple{term.OK, term.Atom(mod)}
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

// cLoad is l/1: purge, then load the compiled module.
func cLoad(c *Call, args []term.Term) term.Term {
	mod := moduleName(args[0])
	c.Code.Purge(mod)
	return c.Code.LoadFile(mod)
}

// cModified is mm/0: modules whose source is newer than the loaded
// current version (erl's: the object file changed on disk).
func cModified(c *Call, _ []term.Term) term.Term {
	var l term.List
	for _, m := range c.Code.Modified() {
		l = append(l, term.Atom(m))
	}
	return l
}

// cLoadModified is lm/0. goerl's "modified" means the source changed
// since the loaded version was compiled, so lm/0 compiles and loads each
// such module (erl's reloads a .beam compiled elsewhere): its result per
// module is {module,M}, or error when the new source does not compile.
func cLoadModified(c *Call, _ []term.Term) term.Term {
	var l term.List
	for _, m := range c.Code.Modified() {
		res := cCompile(c, []term.Term{term.Atom(m)})
		if t, ok := res.(term.Tuple); ok && len(t) == 2 && t[0] == term.OK {
			res = term.Tuple{term.Atom("module"), t[1]}
		}
		l = append(l, res)
	}
	return l
}

// cModules is m/0: every loaded module and where it came from.
func cModules(c *Call, _ []term.Term) term.Term {
	c.out("%-20s  %s\n", "Module", "File")
	rows := map[string]string{}
	var names []string
	for _, m := range c.dispatcher.Modules() {
		rows[m] = "preloaded"
		names = append(names, m)
	}
	for _, m := range c.Code.Loaded() {
		if _, dup := rows[m.Name]; !dup {
			names = append(names, m.Name)
		}
		rows[m.Name] = m.Path
	}
	sort.Strings(names)
	for _, n := range names {
		c.out("%-20s  %s\n", cut(n, 20), rows[n])
	}
	return term.OK
}

// cModule is m/1: a module's file and exports, plus what erl cannot
// show in one line but a lesson about two slots needs: whether an old
// version is still loaded and who runs it.
func cModule(c *Call, args []term.Term) term.Term {
	mod := moduleName(args[0])
	if c.dispatcher.IsBuiltin(mod) {
		var fns []string
		for _, f := range c.dispatcher.Functions(mod) {
			fns = append(fns, fmt.Sprintf("%s/%d", term.QuoteAtom(f.Name), f.Arity))
		}
		c.out("Module: %s\nObject file: preloaded\nExports: \n", mod)
		printExports(c, fns)
		return term.OK
	}
	p, loaded := c.Code.IsLoaded(mod)
	if !loaded {
		// What erl's c:m/1 runs into: Mod:module_info() is undefined.
		panic(&term.Exception{Class: "error", Reason: atomUndef, Stack: term.List{
			term.Tuple{term.Atom(mod), term.Atom("module_info"), term.List{}, term.List{}},
			term.Tuple{term.Atom("c"), term.Atom("m"), 1, term.List{
				term.Tuple{atomFile, term.String("c.erl")}, term.Tuple{atomLine, 842}}},
		}})
	}
	c.out("Module: %s\n", mod)
	if sum, ok := c.Code.Call(c.Proc, mod, "module_info", []term.Term{term.Atom("md5")}); ok {
		if b, ok := sum.(term.Binary); ok {
			c.out("MD5: %x\n", []byte(b))
		}
	}
	c.out("Object file: %s\n", p)
	c.out("Compiler options:  []\n")
	c.out("Exports: \n")
	exports, _ := c.Code.Exports(mod)
	var fns []string
	for _, f := range exports {
		fns = append(fns, fmt.Sprintf("%s/%d", term.QuoteAtom(f.Name), f.Arity))
	}
	printExports(c, fns)
	if c.Code.CheckOldCode(mod) {
		c.out("Old code: loaded\n")
	}
	return term.OK
}

// printExports lists exports as c:m/1 does: one per line, indented, up to
// 16 of them; more go in two columns, the first half on the left.
func printExports(c *Call, fns []string) {
	if len(fns) <= 16 {
		for _, f := range fns {
			c.out("         %s\n", f)
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
		c.out("%-30s%s\n", l, r)
	}
}

// cRegs is regs/0 and nregs/0, laid out as c:regs/0 does.
func cRegs(c *Call, _ []term.Term) term.Term {
	rt := c.Runtime
	c.out("\n** Registered procs on node nonode@nohost **\n")
	c.out("%-21s %-12s %-25s %12s %4s\n", "Name", "Pid", "Initial Call", "Reds", "Msgs")
	for _, name := range rt.Registered() {
		pid, ok := rt.Whereis(name)
		if !ok {
			continue
		}
		info, ok := rt.Info(pid)
		if !ok {
			continue
		}
		c.out("%-21s %-12s %-25s %12d %4d\n", cut(string(name), 21), term.Sprint(pid),
			cut(info.InitialCall, 25), info.Reductions, info.MessageQueueLen)
	}
	c.out("\n** Registered ports on node nonode@nohost **\n")
	c.out("%-21s %-15s %-40s\n", "Name", "Id", "Command")
	return term.OK
}

// cut truncates a column to n bytes, as c's ~-Ns formats do.
func cut(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// cProcesses is i/0, laid out as c:i/0 ("~-21s ~-33s ~8s ~8s ~4s"). A
// goroutine has no heap of its own to report: Heap shows the mailbox
// length in messages and Stack the depth of the process's code-version
// stack, the nearest honest quantities goerl has.
func cProcesses(c *Call, _ []term.Term) term.Term {
	rt := c.Runtime
	row := func(a, b, cc, d, e string) {
		c.out("%-21s %-33s %8s %8s %4s\n", cut(a, 21), cut(b, 33), cc, d, e)
	}
	row("Pid", "Initial Call", "Heap", "Reds", "Msgs")
	row("Registered", "Current Function", "Stack", "", "")
	var heap, reds, msgs, stack int
	for _, pid := range rt.Processes() {
		info, ok := rt.Info(pid)
		if !ok {
			continue
		}
		depth := 0
		if p := rt.Lookup(pid); p != nil {
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

// cMemory is memory/0,1: erlang:memory/0,1.
func cMemory(c *Call, args []term.Term) term.Term {
	return c.dispatcher.CallMFA(c.Proc, "erlang", "memory", args)
}

// cPid is pid/3: goerl's pids are local, so only pid(0,N,0) names one.
func cPid(_ *Call, args []term.Term) term.Term {
	x, ok1 := args[0].(int)
	y, ok2 := args[1].(int)
	z, ok3 := args[2].(int)
	if !ok1 || !ok2 || !ok3 || x != 0 || z != 0 || y < 0 {
		term.Badarg()
	}
	return term.Pid{ID: y}
}

// cPwd is pwd/0: the node's working directory, which cd/1 changes (never
// the Go process's, so two shells in one test keep their own).
func cPwd(c *Call, _ []term.Term) term.Term {
	c.out("%s\n", c.dispatcher.AbsCwd())
	return term.OK
}

// cCd is cd/1: it moves the node's directory when the argument names
// one and always prints where the node is, as c:cd/1 does.
func cCd(c *Call, args []term.Term) term.Term {
	dir, ok := term.ToGoString(args[0])
	if ok {
		c.dispatcher.Chdir(dir)
	}
	return cPwd(c, nil)
}

// cLs is ls/0,1, names sorted and in c's columns.
func cLs(c *Call, args []term.Term) term.Term {
	dir := c.dispatcher.Cwd()
	if len(args) == 1 {
		d, ok := term.ToGoString(args[0])
		if !ok {
			// c:ls/1 reports a bad argument in words and returns ok.
			c.out("bad argument\n")
			return term.OK
		}
		if !filepath.IsAbs(d) {
			d = filepath.Join(dir, d)
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
		c.out("%v\n", err)
		return term.OK
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	c.write(columns(names))
	return term.OK
}

// columns lays names out as c:ls/0 does: every name padded to the
// longest plus five, a new line before a column would reach column 80.
func columns(names []string) string {
	if len(names) == 0 {
		return ""
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
	return b.String()
}

// cUptime is uptime/0, on the runtime's clock (virtual in transcripts).
func cUptime(c *Call, _ []term.Term) term.Term {
	secs := int(c.Runtime.Now().Sub(c.dispatcher.node.started).Seconds())
	d, h, m := secs/86400, secs/3600%24, secs/60%60
	text := ""
	if d > 0 {
		text += term.Sprint(d) + " days, "
	}
	if d+h > 0 {
		text += term.Sprint(h) + " hours, "
	}
	if d+h+m > 0 {
		text += term.Sprint(m) + " minutes and "
	}
	c.out("%s%d seconds\n", text, secs%60)
	return term.OK
}

// cDoc is h/1,2: erl shows the module's documentation; goerl has the
// one-line help of its built-in functions, and nothing for Go modules.
func cDoc(c *Call, args []term.Term) term.Term {
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
	if !c.dispatcher.IsBuiltin(string(mod)) {
		c.out("There is no documentation for %s\n", term.QuoteAtom(string(mod)))
		return term.OK
	}
	shown := 0
	for _, e := range c.dispatcher.Functions(string(mod)) {
		if fun != "" && e.Name != string(fun) {
			continue
		}
		c.out("  %s:%s/%d\n      %s\n", mod, term.QuoteAtom(e.Name), e.Arity, e.Help)
		shown++
	}
	if shown == 0 {
		c.out("There is no documentation for %s:%s\n", term.QuoteAtom(string(mod)), term.QuoteAtom(string(fun)))
	}
	return term.OK
}
