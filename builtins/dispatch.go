package builtins

import (
	"sort"

	"goerl/codeserver"
	"goerl/process"
	"goerl/term"
)

// Dispatcher resolves calls: Mod:Fun(Args) goes to the BIF table first,
// then to Go modules through the code server, else raises error:undef.
// It implements process.Caller.
type Dispatcher struct {
	table *Table
	code  *codeserver.Server
	rt    *process.Runtime
	state *runtimeState
	node  *nodeState
	atoms *knownAtoms
	// limits is the allocation budget of BIFs (limits.go).
	limits term.Limits

	// ApplyShellFun, when set, applies funs that the shell evaluator made
	// (term.Fun.Impl belongs to it); ok is false for other funs. The
	// shell installs it after making the evaluator, which needs the
	// dispatcher first.
	ApplyShellFun func(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool)
}

// NewDispatcher makes a dispatcher over a BIF table; cs and rt may be nil
// in tests of pure BIFs.
func NewDispatcher(t *Table, cs *codeserver.Server, rt *process.Runtime) *Dispatcher {
	d := &Dispatcher{table: t, code: cs, rt: rt, state: newRuntimeState(), node: &nodeState{cwd: "."}, atoms: newKnownAtoms(t)}
	if rt != nil {
		d.node.started = rt.Now()
	}
	return d
}

var _ process.Caller = (*Dispatcher)(nil)

// CallMFA performs mod:fun(args...) on behalf of p.
func (d *Dispatcher) CallMFA(p *process.Proc, mod, fun term.Atom, args []term.Term) term.Term {
	if e, ok := d.table.Lookup(string(mod), string(fun), len(args)); ok {
		return d.invoke(p, e, args)
	}
	if d.code != nil {
		if r, handled := d.code.Call(p, string(mod), string(fun), args); handled {
			return r
		}
	}
	panic(Undef(mod, fun, args))
}

// CallLocal performs an unqualified call at the shell prompt that is not
// one of the shell's own commands: a command of module c (c(t), pwd(),
// as erl's shell_default imports them), else an auto-imported erlang BIF
// (self(), element(1, T), spawn(F), ...); ok is false when name/len(args)
// is neither.
func (d *Dispatcher) CallLocal(p *process.Proc, name term.Atom, args []term.Term) (term.Term, bool) {
	if e, ok := d.table.Lookup("c", string(name), len(args)); ok {
		return d.invoke(p, e, args), true
	}
	e, ok := d.table.Lookup("erlang", string(name), len(args))
	if !ok || !e.AutoImported {
		return nil, false
	}
	return d.invoke(p, e, args), true
}

// Apply calls f with args on behalf of p: external funs through CallMFA,
// shell funs through ApplyShellFun, module funs through the code server.
// Anything else raises error:{badfun,F}; a wrong argument count raises
// error:{badarity,{F,Args}}.
func (d *Dispatcher) Apply(p *process.Proc, f term.Term, args []term.Term) term.Term {
	fn, ok := f.(*term.Fun)
	if !ok {
		term.RaiseError(term.Tuple{term.Atom("badfun"), f})
	}
	if fn.Arity != len(args) {
		term.RaiseError(term.Tuple{term.Atom("badarity"), term.Tuple{fn, term.List(append([]term.Term(nil), args...))}})
	}
	if fn.External {
		return d.CallMFA(p, term.Atom(fn.Module), term.Atom(fn.Name), args)
	}
	if d.ApplyShellFun != nil {
		if r, ok := d.ApplyShellFun(p, fn, args); ok {
			return r
		}
	}
	if d.code != nil {
		if r, ok := d.code.CallFun(p, fn, args); ok {
			return r
		}
	}
	term.RaiseError(term.Tuple{term.Atom("badfun"), fn})
	return nil
}

// invoke runs a BIF, turning its failure into erl's exception.
func (d *Dispatcher) invoke(p *process.Proc, e *Entry, args []term.Term) term.Term {
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(*failure); ok {
				panic(f.exception(e.Module, e.Name, args))
			}
			panic(r)
		}
	}()
	return e.Fn(d.newCall(p), args)
}

func (d *Dispatcher) newCall(p *process.Proc) *Call {
	c := &Call{Proc: p, Runtime: d.rt, Code: d.code, dispatcher: d}
	if d.rt != nil {
		c.Out = d.rt.Output()
	}
	c.Apply = func(f *term.Fun, args []term.Term) term.Term { return d.Apply(p, f, args) }
	return c
}

// Lookup finds a BIF (for help and completion).
func (d *Dispatcher) Lookup(mod, fun string, arity int) (*Entry, bool) {
	return d.table.Lookup(mod, fun, arity)
}

// Modules lists the modules known by name: those with BIFs and the Go
// modules that are loaded or compiled, sorted, without duplicates.
func (d *Dispatcher) Modules() []string {
	seen := map[string]bool{}
	var mods []string
	add := func(m string) {
		if !seen[m] {
			seen[m] = true
			mods = append(mods, m)
		}
	}
	for _, m := range d.table.Modules() {
		add(m)
	}
	if d.code != nil {
		for _, m := range d.code.Loaded() {
			add(m.Name)
		}
		for _, m := range d.code.Artifacts() {
			add(m)
		}
	}
	sort.Strings(mods)
	return mods
}

// IsBuiltin reports whether mod is one of the built-in modules (erlang,
// lists, ...) rather than a Go module.
func (d *Dispatcher) IsBuiltin(mod string) bool { return d.table.HasModule(mod) }

// Functions lists a module's functions sorted by name and arity: its
// BIFs, or for a loaded Go module its exports (with a nil Fn).
func (d *Dispatcher) Functions(mod string) []Entry {
	if d.table.HasModule(mod) {
		return d.table.Functions(mod)
	}
	if d.code == nil {
		return nil
	}
	exports, ok := d.code.Exports(mod)
	if !ok {
		return nil
	}
	fns := make([]Entry, 0, len(exports))
	for _, x := range exports {
		fns = append(fns, Entry{Module: mod, Name: x.Name, Arity: x.Arity})
	}
	return fns
}
