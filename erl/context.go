package erl

import (
	"reflect"

	"goerl/process"
	"goerl/term"
)

// Context is what one loaded module version's erl functions are bound
// to. The code server makes one per version, so everything a module does
// through erl (spawning, funs it hands out) is attributed to that version.
type Context struct {
	// Runtime is the node the module's processes live in.
	Runtime *process.Runtime
	// Code is the version's tag: the base frame of processes spawned by
	// this version's closures.
	Code *process.CodeTag
	// Module is the module name ("t").
	Module string
	// Caller makes fully qualified calls (current version of a module, or
	// a BIF). It may also implement BaseCaller.
	Caller Caller
	// MakeFun turns a Go func value made by this version into a fun term.
	// Set by the code server; nil makes func values unconvertible.
	MakeFun func(fn reflect.Value) *term.Fun
	// Crashed turns a panic that reached the base of a process spawned
	// by this version's closures into the exception the process ends
	// with, carrying the module frames it unwound. Set by the code
	// server; nil leaves the panic to the runtime.
	Crashed func(r any) *term.Exception
	// Boundaries counts each process's returning call boundaries, so that
	// TailCall knows whether it may replace the goroutine. Shared by every
	// version of one code server; nil means "always at a boundary".
	Boundaries *Boundaries
	// TailCalling, when set, is told of every TailCall this version's
	// code makes, before it happens (the code server announces a process
	// leaving old code for current).
	TailCalling func(p *process.Proc, req *TailCallRequest)
}

// Caller makes a fully qualified call Mod:Fun(Args) on behalf of process
// p; it is process.Caller, the one caller interface of goerl.
type Caller = process.Caller

// BaseCaller is implemented by a Caller that can make a call at the base
// of a process, where nobody waits for the result (the continuation of a
// TailCall). Such a call is not a returning boundary, so the callee's own
// TailCalls replace the goroutine again instead of unwinding to a
// boundary: a process looping through TailCall keeps a constant stack.
type BaseCaller interface {
	CallMFAAtBase(p *process.Proc, mod, fun term.Atom, args []term.Term)
}

// TailCallRequest is the panic value of a TailCall made below a returning
// call boundary. The innermost boundary (the code server's Call) recovers
// it and makes the call in place of the function that asked for it.
type TailCallRequest struct {
	Mod, Fun term.Atom
	Args     []term.Term
}
