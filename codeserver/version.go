package codeserver

import (
	"crypto/md5"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sync/atomic"
	"time"

	"goerl/erl"
	"goerl/interp"
	"goerl/process"
	"goerl/term"
)

// version is one loaded version of a module: its interpreter, the tag
// processes carry while they run it, and its exports.
type version struct {
	module string
	path   string   // where it was loaded from, for code:is_loaded/1
	uniq   int      // printed in #Fun<Mod.Index.Uniq>; a hash of the source
	md5    [16]byte // of the source, for module_info(md5)
	// lines maps an exported function's Go name to the line of its
	// declaration, for the (t.go, line N) of "in call from" lines.
	lines map[string]int
	// number is the version's place among the module's loads (1, 2, ...;
	// 0 while it is only an artifact's trial load) and loadedAt the
	// runtime clock when it became current: what m/1 and slots() show.
	number   int
	loadedAt time.Time
	tag      *process.CodeTag
	ctx      *erl.Context
	code     *interp.Version
	funcs    map[funcKey]interp.Func
	// purged is set before the version's holders are killed and its
	// interpreter stopped: a call that entered it concurrently notices
	// and goes to the current version instead, a fun of it raises
	// badfun.
	purged atomic.Bool
}

// funcKey identifies an exported function as Erlang does: name/arity.
type funcKey struct {
	name  string
	arity int
}

// newVersion loads art into a fresh interpreter.
func (s *Server) newVersion(art *artifact) (*version, []Diagnostic, error) {
	v := &version{
		module: art.module,
		path:   art.path,
		md5:    md5.Sum(art.text),
		uniq:   art.uniq,
		tag:    s.rt.NewCodeTag(art.module),
	}
	v.ctx = &erl.Context{
		Runtime:    s.rt,
		Code:       v.tag,
		Module:     art.module,
		Caller:     s.disp,
		MakeFun:    v.makeFun,
		Crashed:    v.crashed,
		Boundaries: s.bounds,
	}
	v.ctx.TailCalling = func(p *process.Proc, req *erl.TailCallRequest) { s.tailCalling(p, v, req) }
	opts := interp.Options{Erl: erl.Symbols(v.ctx), Stdout: s.opts.Stdout, Stderr: s.opts.Stderr,
		Interrupt: s.rt.Interrupt, InitBudget: s.opts.InitBudget, Alloc: s.rt.Alloc, Local: s.rt.Local}
	if p := s.rt.Current(); p != nil {
		// Killing the loading process (Ctrl-C during c/1) stops the
		// module's package initialisation.
		opts.Abort = p.Stopping()
	}
	code, diags, err := interp.Load(
		interp.Source{Module: art.module, File: art.module + ".go", Text: art.text}, opts)
	if err != nil || code == nil {
		return nil, diags, err
	}
	v.code = code
	v.lines = declLines(art.module+".go", art.text)
	v.funcs = make(map[funcKey]interp.Func)
	for _, f := range code.Funcs() {
		// A variadic Go function has no fixed arity: not exported.
		if f.Type.IsVariadic() {
			continue
		}
		v.funcs[funcKey{interp.SnakeCase(f.GoName), f.Type.NumIn()}] = f
	}
	return v, nil, nil
}

// makeFun turns a Go func value made by this version into a fun term.
// Every fun of a version prints as #Fun<Mod.0.Uniq>: yaegi's closures do
// not tell which literal made them.
func (v *version) makeFun(fn reflect.Value) *term.Fun {
	return &term.Fun{
		Module: v.module,
		Arity:  fn.Type().NumIn(),
		Uniq:   v.uniq,
		Impl:   &funImpl{version: v, fn: fn},
	}
}

// funImpl is term.Fun.Impl for funs made by module code.
type funImpl struct {
	version *version
	fn      reflect.Value
}

// declLines finds the line of each top-level function declaration.
// Erlang's stack frames carry the line of the call being made; goerl
// knows only which function a frame is in, so it names where that
// function starts.
func declLines(file string, text []byte) map[string]int {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, text, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	lines := map[string]int{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			lines[fd.Name.Name] = fset.Position(fd.Pos()).Line
		}
	}
	return lines
}
