package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"io"
	"reflect"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib/generic"
)

// Version is one loaded version of a module: its own yaegi interpreter,
// its exported functions, and the kill switch that stops it.
type Version struct {
	module  string
	file    string // "t.go", for stack traces
	funcs   []Func
	local   func() *any // Options.Local
	frames  *frameTable
	stopped atomic.Bool
	once    sync.Once
	cancel  context.CancelFunc // fires yaegi's interpreter-wide stop
	off     chan struct{}      // closed when the kill switch has fired
}

// Func is one exported top-level function of a version.
type Func struct {
	GoName string        // "DoLoop"
	Value  reflect.Value // callable from any goroutine
	Type   reflect.Type
}

// LoadError is an internal failure of Load (not a problem in the
// user's module, which comes back as diagnostics).
type LoadError struct {
	Module string
	Step   string // what Load was doing
	Err    error
}

func (e *LoadError) Error() string {
	return fmt.Sprintf("interp: loading %s: %s: %v", e.Module, e.Step, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

// killSwitchPkg is the host package the kill switch imports to report
// that it is armed; the name has the reserved prefix so no module can
// import it.
const killSwitchPkg = "__erlkillswitch"

// Load creates a fresh interpreter for this version of the module:
// check, rewrite, compile, run package initialisation, fetch the
// exported functions, and arm the kill switch. Problems in the module
// (syntax, types, unsupported features, a panic during initialisation)
// come back as diagnostics positioned in the user's file with a nil
// Version; err is non-nil only for internal failures.
//
// Package initialisation runs on the calling goroutine. It must not
// loop forever: nothing can stop it before the kill switch is armed.
func Load(src Source, opts Options) (*Version, []Diagnostic, error) {
	return load(src, opts, true)
}

// load is Load; instrument false skips the rewrite, for measuring it.
func load(src Source, opts Options, instrument bool) (*Version, []Diagnostic, error) {
	c, diags := check(src)
	if c == nil {
		return nil, diags, nil
	}
	if check, ok := opts.Erl["Check"]; !ok || check.Kind() != reflect.Func {
		return nil, nil, &LoadError{Module: src.Module, Step: "options", Err: errors.New(`Options.Erl has no "Check" func`)}
	}
	guard := newInitGuard()
	stderr := &panicCatcher{w: orDiscard(opts.Stderr), file: src.File}
	opts.Erl = withCheck(opts.Erl, guard.wrapCheck(opts.Erl["Check"]))
	local := opts.Local
	if local == nil {
		local = noLocal
	}
	i := interp.New(interp.Options{
		Stdin:  strings.NewReader(""),
		Stdout: orDiscard(opts.Stdout),
		Stderr: stderr,
		Args:   []string{},
		// goerl's yaegi patch: blocking channel operations also wait on
		// the calling process's stop (third_party/yaegi/GOERL.md).
		Interrupt: guard.wrapInterrupt(opts.Interrupt),
		// goerl's yaegi patch: the frames a panic unwinds, for stack
		// traces (trace.go) and for the line of a failing initialisation.
		PanicHook: panicHook{local: local, init: stderr},
	})
	armed := make(chan struct{})
	if err := use(i, c.imports, opts, func() { close(armed) }); err != nil {
		return nil, nil, &LoadError{Module: src.Module, Step: "use", Err: err}
	}

	rewritten := src.Text
	if instrument {
		var diags []Diagnostic
		rewritten, diags = rewriteModule(c, src, opts.Erl)
		if diags != nil {
			for i := range diags {
				diags[i].SourceLine = sourceLine(src.Text, diags[i].Line)
			}
			return nil, diags, nil
		}
	}
	// Parse into yaegi's own file set (CompileAST requires it); the file
	// name is the one the line directives carry.
	f, err := parser.ParseFile(i.FileSet(), src.File, rewritten, parser.DeclarationErrors)
	if err != nil {
		return nil, nil, &LoadError{Module: src.Module, Step: "parse rewritten source", Err: err}
	}
	prog, err := compile(i, f)
	if err != nil {
		return nil, yaegiDiagnostics(src, err), nil
	}
	if diags := initialise(i, prog, src, opts, guard, stderr); diags != nil {
		return nil, diags, nil
	}
	funcs, err := exportedFuncs(i, c.file)
	if err != nil {
		return nil, nil, &LoadError{Module: src.Module, Step: "fetch functions", Err: err}
	}
	v := &Version{
		module: src.Module,
		file:   src.File,
		funcs:  funcs,
		local:  opts.Local,
		frames: newFrameTable(c.fset, c.file),
		off:    make(chan struct{}),
	}
	if err := v.arm(i, armed); err != nil {
		return nil, nil, &LoadError{Module: src.Module, Step: "arm kill switch", Err: err}
	}
	return v, nil, nil
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}

// use registers package erl, the kill switch's package, and only the
// standard packages the module imports: every package Used costs a map
// copy per interpreter.
func use(i *interp.Interpreter, imports []string, opts Options, armed func()) error {
	exports := interp.Exports{
		"erl/erl":                           opts.Erl,
		killSwitchPkg + "/" + killSwitchPkg: {"Armed": reflect.ValueOf(armed)},
	}
	needGeneric := false
	for _, p := range imports {
		exports[useKey(p)] = stdExports(p, orDiscard(opts.Stdout), opts.Alloc)
		needGeneric = needGeneric || genericStd[p]
	}
	if needGeneric {
		for _, p := range genericDeps {
			if _, ok := exports[useKey(p)]; !ok {
				exports[useKey(p)] = stdExports(p, orDiscard(opts.Stdout), opts.Alloc)
			}
		}
	}
	exports["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(mapTypes(exports))}
	if err := i.Use(exports); err != nil {
		return err
	}
	if needGeneric {
		// What Use does for the full stdlib, only when asked for.
		for _, s := range generic.Sources {
			if _, err := i.Compile(s); err != nil {
				return err
			}
		}
	}
	return nil
}

// compile compiles the module. yaegi reports some unsupported constructs
// by panicking during compilation, which no *WithContext call recovers.
func compile(i *interp.Interpreter, f *ast.File) (prog *interp.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &compilePanic{value: r}
		}
	}()
	return i.CompileAST(f)
}

// compilePanic is a panic raised by yaegi while compiling.
type compilePanic struct{ value any }

func (p *compilePanic) Error() string { return fmt.Sprint(p.value) }

// exportedFuncs fetches every exported, non-generic, top-level function.
func exportedFuncs(i *interp.Interpreter, f *ast.File) ([]Func, error) {
	var names []string
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.IsExported() && fd.Type.TypeParams == nil {
			names = append(names, fd.Name.Name)
		}
	}
	sort.Strings(names)
	syms, ok := packageSymbols(i, f.Name.Name)
	funcs := make([]Func, 0, len(names))
	for _, name := range names {
		v, found := syms[name]
		if !ok {
			// One Eval per function: slower, but needed when Symbols
			// cannot be used (see packageSymbols).
			var err error
			if v, err = i.Eval(f.Name.Name + "." + name); err != nil {
				return nil, err
			}
			found = true
		}
		if !found || v.Kind() != reflect.Func {
			return nil, fmt.Errorf("exported function %s not found", name)
		}
		funcs = append(funcs, Func{GoName: name, Value: v, Type: v.Type()})
	}
	return funcs, nil
}

// packageSymbols returns the exported symbols of package pkg in one go.
// yaegi's Symbols panics when the package has an exported generic
// function (it cannot wrap one); ok is false then.
func packageSymbols(i *interp.Interpreter, pkg string) (syms map[string]reflect.Value, ok bool) {
	defer func() {
		if recover() != nil {
			syms, ok = nil, false
		}
	}()
	return i.Symbols(pkg)[pkg], true
}

// arm starts the kill switch: an Execute that blocks forever, so that
// cancelling its context reaches yaegi's stop (notes/yaegi-spike.md Q3).
// It is the interpreter's last Execute; nothing may Eval after it.
func (v *Version) arm(i *interp.Interpreter, armed <-chan struct{}) error {
	if _, err := i.Eval(fmt.Sprintf("import %[1]s %[1]q", killSwitchPkg)); err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	var evalErr error
	go func() {
		defer close(v.off)
		// EvalWithContext rather than ExecuteWithContext: the latter
		// returns through named results that its own worker goroutine
		// also writes, a data race when it is cancelled.
		_, evalErr = i.EvalWithContext(ctx, killSwitchPkg+".Armed(); <-make(chan struct{})") // context.Canceled after Stop
	}()
	select {
	case <-armed:
		return nil
	case <-v.off: // it failed before arming
		return fmt.Errorf("kill switch ended before arming: %v", evalErr)
	}
}

// Module is the module name of the version.
func (v *Version) Module() string { return v.module }

// Funcs returns the exported functions, sorted by Go name.
func (v *Version) Funcs() []Func { return v.funcs }

// Func returns the exported function with the given Go name.
func (v *Version) Func(goName string) (Func, bool) {
	k := sort.Search(len(v.funcs), func(k int) bool { return v.funcs[k].GoName >= goName })
	if k < len(v.funcs) && v.funcs[k].GoName == goName {
		return v.funcs[k], true
	}
	return Func{}, false
}

// Stop stops every goroutine executing this version's code, at its next
// interpreted step. The calls they were in return normally with zero
// values (named results keep their values), so the caller must itself
// treat them as killed. Goroutines blocked in a host call (erl.Receive)
// are not woken: the runtime must kill those. Stop is idempotent; a
// stopped version is dead forever.
func (v *Version) Stop() {
	v.once.Do(func() {
		v.stopped.Store(true)
		v.cancel()
		<-v.off
	})
}

// Stopped reports whether Stop has been called.
func (v *Version) Stopped() bool { return v.stopped.Load() }
