package codeserver

import (
	"reflect"

	"goerl/erl"
	"goerl/interp"
	"goerl/process"
	"goerl/term"
)

// Call calls mod:fun(args...) in mod's current version on behalf of p,
// entering that version on p's code stack for the duration. A module that
// is compiled but not loaded is loaded first (erl's interactive mode).
// It raises error:undef when the module or function does not exist
// (stack [{Mod,Fun,Args,[]}], which the shell prints as "undefined
// function Mod:Fun/N"), error:function_clause when the arguments do not
// convert to the Go parameter types, and converts results and panics to
// terms/exceptions. A TailCall made inside is completed here.
// handled is false when mod is not a Go module at all (let other
// dispatchers try).
func (s *Server) Call(p *process.Proc, mod, fun string, args []term.Term) (result term.Term, handled bool) {
	v, known := s.resolve(mod)
	if !known {
		return nil, false
	}
	if v == nil {
		raiseAt("undef", mod, fun, args)
	}
	return s.call(p, v, mod, fun, args, true), true
}

// resolve returns mod's current version, loading its artifact when there
// is none. known is false when mod is not a Go module at all; v is nil
// when it is one but has no current code and none can be loaded (it was
// never compiled here, or its artifact no longer loads).
func (s *Server) resolve(mod string) (v *version, known bool) {
	current, old := s.slots(mod)
	if current != nil {
		return current, true
	}
	s.mu.Lock()
	art := s.artifacts[mod]
	s.mu.Unlock()
	if art == nil {
		return nil, old != nil
	}
	s.admin.Lock()
	if current, _ = s.slots(mod); current == nil {
		s.loadFileLocked(mod)
	}
	s.admin.Unlock()
	current, _ = s.slots(mod)
	return current, true
}

// call runs fun in version v. A returning call is a boundary: it catches
// tail-call requests from below and makes them, looping, so that
// erl.TailCall leaves no frames of the caller's version behind. A call at
// a process's base (returning false) needs no boundary: a TailCall below
// it replaces the goroutine instead.
func (s *Server) call(p *process.Proc, v *version, mod, fun string, args []term.Term, returning bool) term.Term {
	if p == nil {
		term.RaiseError(term.Atom("not_a_process"))
	}
	for {
		f, ok := v.funcs[funcKey{fun, len(args)}]
		if !ok && isModuleInfo(fun, len(args)) {
			return s.moduleInfo(v, mod, args)
		}
		if !ok {
			raiseAt("undef", mod, fun, args)
		}
		in, ok := convertArgs(v.ctx, f.Type, args)
		if !ok {
			raiseAt("function_clause", mod, fun, args)
		}
		res, req, entered := s.invoke(p, v, f.Value, frame{mod, fun, len(args), v.lines[f.GoName]}, in, returning)
		if !entered {
			// v was purged between resolving and entering it: the call
			// happens after the purge, so it goes to what is current now.
			if v, _ = s.resolve(mod); v == nil {
				raiseAt("undef", mod, fun, args)
			}
			continue
		}
		if req == nil {
			return res
		}
		mod, fun, args = string(req.Mod), string(req.Fun), req.Args
		nv, known := s.resolve(mod)
		if !known {
			return s.disp.CallMFA(p, req.Mod, req.Fun, req.Args)
		}
		if nv == nil {
			raiseAt("undef", mod, fun, args)
		}
		v = nv
	}
}

// frame names the function a boundary runs, for stack traces.
type frame struct {
	mod, fun string
	arity    int
	line     int // of the Go declaration; 0 if unknown
}

// invoke runs fn with p inside v. entered is false when v turned out to
// be purged (nothing ran). For a returning call, a tail-call request from
// below comes back as req, and any other panic is re-raised as a
// *term.Exception with this function's frame added to its stack.
func (s *Server) invoke(p *process.Proc, v *version, fn reflect.Value, fr frame, in []reflect.Value, returning bool) (res term.Term, req *erl.TailCallRequest, entered bool) {
	// A goroutine p owns (a go statement) calls without touching p's
	// code stack and boundaries, which belong to p's own goroutine and
	// must unwind in its order; the version's Stop still ends its code.
	owned := s.rt.InOwnedGoroutine()
	if !owned {
		leave := p.EnterCode(v.tag)
		defer leave()
	}
	// Checked after entering: a purge marks the version before it asks
	// who holds it, so either we see the mark or the purge sees us.
	if v.purged.Load() {
		return nil, nil, false
	}
	entered = true
	if returning && !owned {
		s.bounds.Enter(p)
		defer s.bounds.Leave(p)
	}
	// Also at a process's base, where nothing waits for the result: the
	// panic becomes the exception the process ends with, and the module
	// frames it unwound are known only here.
	defer func() {
		if r := recover(); r != nil {
			if tc, ok := r.(*erl.TailCallRequest); ok && returning {
				v.code.Unwound(0) // forget the frames it passed
				req = tc
				return
			}
			panic(withStack(interp.PanicToException(r), v.code.Unwound(interp.StackDepth), &fr))
		}
	}()
	var out []reflect.Value
	if fn.Type().IsVariadic() {
		out = fn.CallSlice(in)
	} else {
		out = fn.Call(in)
	}
	// A purge stops the interpreter after killing its holders; the code
	// then returns zero values, and the kill must win over them.
	s.rt.Check()
	return v.ctx.ResultTerm(out), nil, true
}

// convertArgs converts call arguments to a Go function's parameters.
func convertArgs(ctx *erl.Context, typ reflect.Type, args []term.Term) ([]reflect.Value, bool) {
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		v, ok := ctx.FromTerm(a, typ.In(i))
		if !ok {
			return nil, false
		}
		in[i] = v
	}
	return in, true
}

// raiseAt raises error:Reason with the stack erl gives a call that could
// not start: [{Mod,Fun,Args,[]}].
func raiseAt(reason, mod, fun string, args []term.Term) {
	panic(&term.Exception{
		Class:  "error",
		Reason: term.Atom(reason),
		Stack:  term.List{term.Tuple{term.Atom(mod), term.Atom(fun), term.List(append([]term.Term(nil), args...)), term.List{}}},
	})
}

// withStack adds the module frames an exception passed through to its
// stack trace, innermost first ({Mod,Fun,Arity,[{file,"m.go"},{line,L}]}),
// as erl's "in function" and "in call from" lines show them: frames, as
// Version.Unwound found them, or else the boundary's own frame fr (the
// line of its declaration; nil: none). Consecutive identical entries fold
// into one and the stack keeps interp.StackDepth entries, as erl's does.
// Exit exceptions carry no stack worth printing.
func withStack(e *term.Exception, frames term.List, fr *frame) *term.Exception {
	stack, ok := e.Stack.(term.List)
	if e.Class == "exit" || !ok {
		return e
	}
	if len(frames) == 0 && fr != nil {
		loc := term.List{term.Tuple{term.Atom("file"), term.String(fr.mod + ".go")}}
		if fr.line > 0 {
			loc = append(loc, term.Tuple{term.Atom("line"), fr.line})
		}
		frames = term.List{term.Tuple{term.Atom(fr.mod), term.Atom(fr.fun), fr.arity, loc}}
	}
	if len(frames) == 0 || len(stack) >= interp.StackDepth {
		return e
	}
	grown := append(make(term.List, 0, interp.StackDepth), stack...)
	for _, f := range frames {
		if len(grown) >= interp.StackDepth {
			break
		}
		if n := len(grown); n > 0 && term.ExactEqual(grown[n-1], f) {
			continue
		}
		grown = append(grown, f)
	}
	return &term.Exception{Class: e.Class, Reason: e.Reason, Stack: grown}
}

// crashed is a version's erl.Context.Crashed: the exception a panic that
// reached the base of a process spawned by one of its closures stands
// for, with the frames it unwound.
func (v *version) crashed(r any) *term.Exception {
	return withStack(interp.PanicToException(r), v.code.Unwound(interp.StackDepth), nil)
}

// CallFun applies a fun made by module code (term.Fun.Impl set by this
// package). After its version has been purged it raises error:{badfun,F}
// (erl: "bad function #Fun<t.0.N>"). ok is false if the fun was not made
// by module code of this server.
func (s *Server) CallFun(p *process.Proc, f *term.Fun, args []term.Term) (result term.Term, ok bool) {
	impl, ok := f.Impl.(*funImpl)
	if !ok || impl.version.ctx.Caller != erl.Caller(s.disp) {
		return nil, false
	}
	if p == nil {
		term.RaiseError(term.Atom("not_a_process"))
	}
	v := impl.version
	if v.purged.Load() {
		s.publishBadFun(p, v, f)
		term.RaiseError(term.Tuple{term.Atom("badfun"), f})
	}
	if len(args) != f.Arity {
		term.RaiseError(term.Tuple{term.Atom("badarity"), term.Tuple{f, term.List(append([]term.Term(nil), args...))}})
	}
	funName := "-fun-0-"
	in, ok := convertArgs(v.ctx, impl.fn.Type(), args)
	if !ok {
		raiseAt("function_clause", v.module, funName, args)
	}
	res, req, entered := s.invoke(p, v, impl.fn, frame{v.module, funName, f.Arity, 0}, in, true)
	if !entered {
		s.publishBadFun(p, v, f)
		term.RaiseError(term.Tuple{term.Atom("badfun"), f})
	}
	if req != nil {
		return s.disp.CallMFA(p, req.Mod, req.Fun, req.Args), true
	}
	return res, true
}
