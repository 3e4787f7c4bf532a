package interp

// goerl: this file is goerl's addition to yaegi (see GOERL.md): panic
// frames handed to a hook instead of printed, and Go's own messages for
// out-of-range indexes and slice bounds.

import (
	"fmt"
	"go/token"
	"reflect"
	"strings"
	"unsafe"
)

// PanicHook is told about the interpreted frames a panic unwinds, on the
// goroutine that panics. Set it with Options.PanicHook; it replaces the
// "file:l:c: panic: f(...)" line yaegi otherwise prints on Stderr for
// each frame. Its methods must be cheap: Frame stores the frame and
// computes nothing (PanicFrame.Pos does the work, when asked).
type PanicHook interface {
	// Frame is called as a panic (or a runtime.Goexit: the hook must
	// tell them apart itself) leaves one interpreted function call,
	// innermost first. v is the panic value when the frame had deferred
	// calls to run (it had to recover the panic to run them), nil when
	// it did not look.
	Frame(v any, fr PanicFrame)
	// Recovered is called when a deferred call of a frame recovered the
	// panic that was unwinding it.
	Recovered()
}

// PanicFrame is one interpreted function call a panic unwound.
type PanicFrame struct {
	fn    *node // the function's definition (funcDecl or funcLit)
	start *node // where its body starts (the node runCfg ran from)
	exec  bltn  // the step that was running when the panic went through
}

// Func is the position of the frame's function: its func keyword.
// ok is false for code outside any function (package initialisation).
func (p PanicFrame) Func() (pos token.Position, ok bool) {
	if p.fn == nil || p.fn.kind != funcDecl && p.fn.kind != funcLit {
		return token.Position{}, false
	}
	return p.fn.interp.fset.Position(p.fn.pos), true
}

// Pos is the position of the step that was running: in the innermost
// frame the failing expression, in the others the call that led to it.
// It walks the function's nodes, so it costs as much as the function is
// long; ok is false when the step cannot be found.
func (p PanicFrame) Pos() (pos token.Position, ok bool) {
	if p.start == nil || p.exec == nil {
		return token.Position{}, false
	}
	n := originalExecNode(p.start, p.exec)
	if n == nil {
		return token.Position{}, false
	}
	return n.interp.fset.Position(n.pos), true
}

// Same reports whether two frames are the same call site, without
// computing positions: a recursion unwinds many identical frames.
func (p PanicFrame) Same(q PanicFrame) bool {
	return p.fn == q.fn && sameClosure(p.exec, q.exec)
}

// sameClosure reports whether two steps are the same closure value. A
// func value is a pointer to its closure record, and every node's step
// is a closure of its own, so the record identifies the node; comparing
// code pointers (what reflect's Pointer gives) would confuse all the
// nodes built by one generator, such as every index expression.
func sameClosure(a, b bltn) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&a)) == *(*unsafe.Pointer)(unsafe.Pointer(&b))
}

// boundsError is Go's runtime error for an index or slice bound out of
// range, with the same text; reflect's own panics ("reflect: slice index
// out of range") give neither the index nor the length.
type boundsError struct{ text string }

func (e boundsError) Error() string { return "runtime error: " + e.text }

// RuntimeError marks it as a runtime.Error, as Go's is.
func (boundsError) RuntimeError() {}

// indexOf is v.Index(i) with Go's message when i is out of range.
func indexOf(v reflect.Value, i int) reflect.Value {
	if n := v.Len(); i < 0 || i >= n {
		if i < 0 {
			panic(boundsError{fmt.Sprintf("index out of range [%d]", i)})
		}
		panic(boundsError{fmt.Sprintf("index out of range [%d] with length %d", i, n)})
	}
	return v.Index(i)
}

// sliceBounds is v.Slice(lo, hi) with Go's message when a bound is out of
// range.
func sliceBounds(v reflect.Value, lo, hi int) reflect.Value {
	limit, what := v.Len(), "length"
	if v.Kind() != reflect.String {
		limit, what = v.Cap(), "capacity"
	}
	switch {
	case hi < 0 || hi > limit:
		panic(boundsError{fmt.Sprintf("slice bounds out of range [:%d] with %s %d", hi, what, limit)})
	case lo < 0 || lo > hi:
		panic(boundsError{fmt.Sprintf("slice bounds out of range [%d:%d]", lo, hi)})
	}
	return v.Slice(lo, hi)
}

// slice3Bounds is v.Slice3(lo, hi, max) with Go's message when a bound is out
// of range.
func slice3Bounds(v reflect.Value, lo, hi, max int) reflect.Value {
	c := v.Cap()
	switch {
	case max < 0 || max > c:
		panic(boundsError{fmt.Sprintf("slice bounds out of range [::%d] with capacity %d", max, c)})
	case hi < 0 || hi > max:
		panic(boundsError{fmt.Sprintf("slice bounds out of range [:%d:%d]", hi, max)})
	case lo < 0 || lo > hi:
		panic(boundsError{fmt.Sprintf("slice bounds out of range [%d:%d:]", lo, hi)})
	}
	return v.Slice3(lo, hi, max)
}

// runtimeError is a Go runtime error yaegi raised in other words: what
// a recover in interpreted code sees instead, so that it reads as Go's.
type runtimeError struct{ text string }

func (e runtimeError) Error() string { return e.text }

// RuntimeError marks it as a runtime.Error, as Go's is.
func (runtimeError) RuntimeError() {}

// asGoPanic gives a recovered value Go's form where yaegi's differs: a
// nil dereference (reflect's "call of reflect.Value.Field on zero
// Value", or a call of a nil func) is Go's nil pointer runtime error; a
// failed type assertion (yaegi's positioned cfgError) is a runtime
// error with Go's text. Anything else is returned as it is.
func asGoPanic(v any) any {
	switch x := v.(type) {
	case *reflect.ValueError:
		if x.Kind == reflect.Invalid {
			return runtimeError{"runtime error: invalid memory address or nil pointer dereference"}
		}
	case string:
		if x == "reflect: call of nil function" || x == "reflect.Value.Call: call of nil function" {
			return runtimeError{"runtime error: invalid memory address or nil pointer dereference"}
		}
	case *cfgError:
		msg := x.Error()
		if i := strings.Index(msg, "interface conversion:"); i >= 0 {
			return runtimeError{msg[i:]}
		}
	}
	return v
}

// hostPanic, deferred by a function wrapper (an interpreted function
// called by compiled code: a func value handed to the host, a method
// fmt calls, a module's exported function), gives a panic leaving the
// interpreter Go's form (asGoPanic), as the frames with deferred calls
// do for a recover: without it a nil dereference in a frame with none
// reached the caller as reflect's "call of reflect.Value.Field on zero
// Value". A Goexit (recover gives nil) goes on unwinding.
func hostPanic() {
	if r := recover(); r != nil {
		if e, ok := r.(errorPanic); ok {
			panic(e.err)
		}
		panic(asGoPanic(r))
	}
}

// errorPanic is what panic(x) raises when x's interpreted type has an
// Error method: x's value for a recover in interpreted code, and x
// wrapped as an error (the wrapper yaegi gives fmt) for compiled code,
// which cannot see interpreted methods: Go prints an uncaught
// panic(&ValidationError{...}) by its Error() ("panic: invalid field
// email"), goerl printed (*struct { Field string }) 0x... hostPanic
// hands compiled callers the error; what reaches compiled code another
// way is itself an error with the same message.
type errorPanic struct {
	value reflect.Value
	err   error
}

func (e errorPanic) Error() string { return e.err.Error() }

func (e errorPanic) Unwrap() error { return e.err }

var errorRType = reflect.TypeOf((*error)(nil)).Elem()

// hasErrorMethod reports whether t is a concrete interpreted type with an
// Error method (an interface or compiled type needs no wrapper).
func hasErrorMethod(t *itype) bool {
	if t == nil || isInterface(t) || isBin(t) {
		return false
	}
	_, ok := t.methods()["Error"]
	return ok
}
