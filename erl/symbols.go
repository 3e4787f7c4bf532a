package erl

import (
	"math/big"
	"reflect"

	"goerl/process"
	"goerl/term"
)

// api is the receiver of every module-facing function: its methods,
// taken as method values, are the functions of package erl as one module
// version sees it.
type api struct{ ctx *Context }

// Symbols returns the symbol table of package erl for one module version
// (interp.Options.Erl): functions bound to ctx, and the term types.
func Symbols(ctx *Context) map[string]reflect.Value {
	a := &api{ctx: ctx}
	return map[string]reflect.Value{
		// Types.
		"Term":     reflect.ValueOf((*term.Term)(nil)),
		"Atom":     reflect.ValueOf((*term.Atom)(nil)),
		"Pid":      reflect.ValueOf((*term.Pid)(nil)),
		"Ref":      reflect.ValueOf((*term.Ref)(nil)),
		"Port":     reflect.ValueOf((*term.Port)(nil)),
		"Tuple":    reflect.ValueOf((*term.Tuple)(nil)),
		"List":     reflect.ValueOf((*term.List)(nil)),
		"Map":      reflect.ValueOf((*term.Map)(nil)),
		"Fun":      reflect.ValueOf((*term.Fun)(nil)),
		"Binary":   reflect.ValueOf((*term.Binary)(nil)),
		"Improper": reflect.ValueOf((*term.Improper)(nil)),
		"BigInt":   reflect.ValueOf((*big.Int)(nil)),

		// Processes.
		"Check":             reflect.ValueOf(a.Check),
		"Spawn":             reflect.ValueOf(a.Spawn),
		"SpawnLink":         reflect.ValueOf(a.SpawnLink),
		"SpawnMonitor":      reflect.ValueOf(a.SpawnMonitor),
		"SpawnApply":        reflect.ValueOf(a.SpawnApply),
		"SpawnLinkApply":    reflect.ValueOf(a.SpawnLinkApply),
		"SpawnMonitorApply": reflect.ValueOf(a.SpawnMonitorApply),
		"Self":              reflect.ValueOf(a.Self),
		"IsAlive":           reflect.ValueOf(a.IsAlive),
		"Go":                reflect.ValueOf(a.Go),

		// Memory budgets (called by the rewrite).
		"Grow":       reflect.ValueOf(a.Grow),
		"GrowAppend": reflect.ValueOf(a.GrowAppend),
		"GrowString": reflect.ValueOf(a.GrowString),
		"ExpArgs":    reflect.ValueOf(a.ExpArgs),
		"LshArgs":    reflect.ValueOf(a.LshArgs),

		// Messages.
		"Send":           reflect.ValueOf(a.Send),
		"Receive":        reflect.ValueOf(a.Receive),
		"ReceiveTimeout": reflect.ValueOf(a.ReceiveTimeout),
		"ReceiveMatch":   reflect.ValueOf(a.ReceiveMatch),

		// Names.
		"Register":   reflect.ValueOf(a.Register),
		"Unregister": reflect.ValueOf(a.Unregister),
		"Whereis":    reflect.ValueOf(a.Whereis),

		// Signals.
		"Monitor":   reflect.ValueOf(a.Monitor),
		"Demonitor": reflect.ValueOf(a.Demonitor),
		"Link":      reflect.ValueOf(a.Link),
		"Unlink":    reflect.ValueOf(a.Unlink),
		"TrapExit":  reflect.ValueOf(a.TrapExit),
		"Exit":      reflect.ValueOf(a.Exit),
		"ExitPid":   reflect.ValueOf(a.ExitPid),
		"Error":     reflect.ValueOf(a.Error),
		"Throw":     reflect.ValueOf(a.Throw),

		// Calls.
		"Apply":    reflect.ValueOf(a.Apply),
		"ApplyFun": reflect.ValueOf(a.ApplyFun),
		"TailCall": reflect.ValueOf(a.TailCall),

		// Time.
		"Sleep":       reflect.ValueOf(a.Sleep),
		"SendAfter":   reflect.ValueOf(a.SendAfter),
		"CancelTimer": reflect.ValueOf(a.CancelTimer),
		"Now":         reflect.ValueOf(a.Now),

		// Output.
		"Format": reflect.ValueOf(a.Format),

		// Term helpers.
		"NewTuple": reflect.ValueOf(a.NewTuple),
		"NewList":  reflect.ValueOf(a.NewList),
		"String":   reflect.ValueOf(a.String),
		"Int":      reflect.ValueOf(a.Int),
		"Float":    reflect.ValueOf(a.Float),
		"Str":      reflect.ValueOf(a.Str),
		"Element":  reflect.ValueOf(a.Element),
		"Size":     reflect.ValueOf(a.Size),
		"IsAtom":   reflect.ValueOf(a.IsAtom),
		"IsTuple":  reflect.ValueOf(a.IsTuple),
		"Equal":    reflect.ValueOf(a.Equal),
		"MakeRef":  reflect.ValueOf(a.MakeRef),
		"Sprint":   reflect.ValueOf(a.Sprint),
	}
}

// proc is the calling process; module code calling a function that needs
// one outside any process (a package-level initialiser) raises
// error:not_a_process.
func (c *Context) proc() *process.Proc {
	p := c.Runtime.Current()
	if p == nil {
		term.RaiseError(term.Atom("not_a_process"))
	}
	return p
}

// check is the kill and stack guard every erl function starts with.
func (a *api) check() { a.ctx.Runtime.Check() }
