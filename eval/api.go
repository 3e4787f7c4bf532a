// Package eval owns the evaluation of Erlang expressions as the shell
// does it (erl_eval): bindings, pattern matching, guards, operators,
// funs, case/if/receive/try/catch, comprehensions, and erl's error
// reasons. Calls leave the package through Env.
package eval

import (
	"goerl/process"
	"goerl/term"
)

// Env is what the evaluator needs from the outside world.
type Env interface {
	// CallMFA performs Mod:Fun(Args) (BIFs, then Go modules); it raises
	// *term.Exception (error:undef etc.).
	process.Caller
	// CallLocal performs an unqualified call f(Args) that is not a shell
	// fun variable: auto-imported BIFs (self/0, spawn/1, element/2, ...)
	// and shell commands (c/1, flush/0, ...). ok is false when no such
	// function exists: the evaluator then raises error:undef with the
	// frame {shell_default,F,Args,[]}, which prints as "undefined shell
	// command f/N". ctx gives shell commands the command's bindings.
	CallLocal(ctx *Context, name term.Atom, args []term.Term) (result term.Term, ok bool)
	// CallFun applies a fun the evaluator did not make (module closures);
	// ok false means not callable here (the evaluator raises badfun).
	CallFun(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool)
}

// Context is one evaluation in progress, as a shell command sees it.
type Context struct {
	Proc     *process.Proc
	bindings *Bindings
}

// Bindings returns the bindings in force at the call (for b()).
func (c *Context) Bindings() *Bindings { return c.bindings }
