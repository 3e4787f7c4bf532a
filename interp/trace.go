package interp

import (
	"go/ast"
	"go/token"
	"strconv"

	"github.com/traefik/yaegi/interp"

	"goerl/term"
)

// Stack traces for module code. Erlang's stack trace of an exception
// names every function the exception passed through, with the line of the
// call each one was making ({Mod,Fun,Arity,[{file,F},{line,L}]}, the
// innermost first). yaegi knows that much only while a panic unwinds:
// each interpreted call's runCfg sees the panic go by, with the step it
// was running. A patch in the carried yaegi (third_party/yaegi/GOERL.md)
// hands each such frame to a PanicHook; the hook here appends it, as it
// is (no positions computed), to a trace kept in the goroutine's own slot
// (Options.Local), so that concurrent panics in other processes never mix.
// The boundary that finally recovers the panic (a call into a version,
// the base of a spawned process) asks Version.Unwound for the frames
// (names, lines, folding) and the trace is emptied.
//
// A frame's function is found by the position of its func keyword in
// the user's source (the rewrite's line directives keep those
// positions), in a table made from the module's own AST: a top-level
// function is its snake_case name (doLoop is do_loop), a method
// '(*T).m' or 'T.m' as Go writes it, a function literal Erlang's name for
// a fun, '-outer/N-fun-K-' (the K-th literal of outer, counting from 0 in
// source order).

// StackDepth is how many entries a stack trace keeps, as erl's default
// backtrace_depth (erlang:system_flag(backtrace_depth, 8)): the innermost
// ones.
const StackDepth = 8

// maxTraceFrames bounds the frames recorded for one panic: a panic at the
// bottom of a deep recursion unwinds a frame per level, and only the
// innermost few matter (identical ones fold into one).
const maxTraceFrames = 1 << 16

// trace is the frames the panic under way has unwound on one goroutine.
// It does not know the panic's value (yaegi looks at it only in frames
// with deferred calls), so it is emptied instead: by the boundary that
// recovers the panic (Unwound), and when user code recovers it
// (Recovered). Options.Local gives no slot to a goroutine that is
// exiting, so the frames a runtime.Goexit unwinds are not recorded.
type trace struct {
	frames []interp.PanicFrame
}

// panicHook is the interp.PanicHook of one version. Frames on a
// goroutine with no slot (package initialisation runs on yaegi's own)
// go to init, which keeps the position of the innermost one while
// armed.
type panicHook struct {
	local func() *any
	init  *panicCatcher
}

func noLocal() *any { return nil }

// Frame records fr.
func (h panicHook) Frame(_ any, fr interp.PanicFrame) {
	slot := h.local()
	if slot == nil {
		if h.init != nil && h.init.waiting() {
			if pos, ok := fr.Pos(); ok {
				h.init.note(pos)
			}
		}
		return
	}
	t, _ := (*slot).(*trace)
	if t == nil {
		t = &trace{}
		*slot = t
	}
	if len(t.frames) < maxTraceFrames {
		t.frames = append(t.frames, fr)
	}
}

// Recovered forgets the trace: user code stopped that panic.
func (h panicHook) Recovered() {
	if slot := h.local(); slot != nil {
		if t, _ := (*slot).(*trace); t != nil {
			t.frames = t.frames[:0]
		}
	}
}

// frameName is what a function is called in stack traces.
type frameName struct {
	fun   string
	arity int
}

// frameTable maps the position (line, column) of each function's func
// keyword to its name; decls lists top-level functions by line range,
// for frames in code the rewrite made up.
type frameTable struct {
	byPos map[[2]int]frameName
	decls []declRange
}

type declRange struct {
	from, to int // lines
	name     frameName
}

// newFrameTable names every function and function literal of f.
func newFrameTable(fset *token.FileSet, f *ast.File) *frameTable {
	t := &frameTable{byPos: map[[2]int]frameName{}}
	key := func(p token.Pos) [2]int {
		pos := fset.Position(p)
		return [2]int{pos.Line, pos.Column}
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		outer := frameName{declName(fd), fieldCount(fd.Type.Params)}
		t.byPos[key(fd.Pos())] = outer
		t.decls = append(t.decls, declRange{fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line, outer})
		k := 0
		ast.Inspect(fd, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				name := "-" + outer.fun + "/" + strconv.Itoa(outer.arity) + "-fun-" + strconv.Itoa(k) + "-"
				t.byPos[key(lit.Pos())] = frameName{name, fieldCount(lit.Type.Params)}
				k++
			}
			return true
		})
	}
	return t
}

// declName is the stack-trace name of a top-level function or method.
func declName(fd *ast.FuncDecl) string {
	name := term.SnakeCase(fd.Name.Name)
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return name
	}
	recv := fd.Recv.List[0].Type
	if ix, ok := recv.(*ast.IndexExpr); ok { // a generic receiver T[P]
		recv = ix.X
	}
	switch r := recv.(type) {
	case *ast.StarExpr:
		if id, ok := baseIdent(r.X); ok {
			return "(*" + id + ")." + fd.Name.Name
		}
	default:
		if id, ok := baseIdent(r); ok {
			return id + "." + fd.Name.Name
		}
	}
	return fd.Name.Name
}

func baseIdent(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name, true
	case *ast.IndexExpr:
		return baseIdent(x.X)
	case *ast.IndexListExpr:
		return baseIdent(x.X)
	}
	return "", false
}

func fieldCount(fl *ast.FieldList) int {
	if fl == nil {
		return 0
	}
	n := 0
	for _, f := range fl.List {
		if len(f.Names) == 0 {
			n++
		} else {
			n += len(f.Names)
		}
	}
	return n
}

// lookup names the function declared at pos: exactly, or else the
// top-level function whose lines hold it.
func (t *frameTable) lookup(pos token.Position) (frameName, bool) {
	if n, ok := t.byPos[[2]int{pos.Line, pos.Column}]; ok {
		return n, true
	}
	for _, d := range t.decls {
		if d.from <= pos.Line && pos.Line <= d.to {
			return d.name, true
		}
	}
	return frameName{}, false
}

// Unwound returns the module frames the panic being recovered unwound on the calling
// goroutine, innermost first, as erl's stack entries
// {Mod,Fun,Arity,[{file,"m.go"},{line,L}]}, with consecutive identical
// entries folded into one (erl records a return address once however
// often it repeats) and at most max entries. It forgets the trace. The
// frames belong to this version: entering another version's code goes
// through a boundary, which takes the trace it finds first.
func (v *Version) Unwound(max int) term.List {
	if v.local == nil {
		return nil
	}
	slot := v.local()
	if slot == nil {
		return nil
	}
	t, _ := (*slot).(*trace)
	if t == nil || len(t.frames) == 0 {
		return nil
	}
	frames := t.frames
	t.frames = t.frames[:0]
	var out term.List
	var last term.Tuple
	for i, fr := range frames {
		if len(out) >= max {
			break
		}
		if i > 0 && fr.Same(frames[i-1]) {
			continue
		}
		e, ok := v.entry(fr)
		if !ok {
			continue
		}
		if last != nil && term.ExactEqual(e, last) {
			continue
		}
		out = append(out, e)
		last = e
	}
	return out
}

// entry is one frame as erl's stack entry.
func (v *Version) entry(fr interp.PanicFrame) (term.Tuple, bool) {
	fpos, ok := fr.Func()
	if !ok {
		return nil, false
	}
	name, ok := v.frames.lookup(fpos)
	if !ok {
		return nil, false
	}
	line := fpos.Line
	if pos, ok := fr.Pos(); ok {
		line = pos.Line
	}
	loc := term.List{
		term.Tuple{term.Atom("file"), term.String(v.file)},
		term.Tuple{term.Atom("line"), line},
	}
	return term.Tuple{term.Atom(v.module), term.Atom(name.fun), name.arity, loc}, true
}
