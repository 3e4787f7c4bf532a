package interp

import (
	"fmt"
	"reflect"
	"unsafe"

	"goerl/term"
)

// fmt and values that contain themselves. fmt prints a slice, array,
// map, struct or interface by printing what it holds, so a value that
// holds itself (s := make([]interface{}, 1); s[0] = s) recurses until Go
// runs out of stack: a fatal error that ends the whole shell, not just
// the process (Go's own fmt does the same; a program gets a crash, a
// shell must not). The fmt functions module code calls check their
// arguments first and raise error:{cyclic_value,"<go type>"}, as the
// conversion to terms does. Pointers are followed only at the top, where
// fmt dereferences them (&{...}); deeper ones print as addresses. Values
// with an Error, String or Format method print through it, so they are
// not looked into.

// fmtDepthLimit bounds the nesting of a value handed to fmt.
const fmtDepthLimit = 100000

// fmtCycleDepth is the nesting from which containers on the path are
// remembered: shallow values pay nothing.
const fmtCycleDepth = 64

var (
	errorIface     = reflect.TypeOf((*error)(nil)).Elem()
	stringerIface  = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	formatterIface = reflect.TypeOf((*fmt.Formatter)(nil)).Elem()
)

// acyclic raises error:{cyclic_value,T} when an argument contains itself
// through what fmt prints, error:{too_deep,T} when it is nested deeper
// than fmtDepthLimit.
func acyclic(args []any) {
	for _, a := range args {
		switch a.(type) {
		case nil, string, int, int64, float64, bool, error, fmt.Stringer:
			continue
		}
		v := reflect.ValueOf(a)
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				continue
			}
			v = v.Elem()
		}
		c := cycleWalk{}
		c.walk(v)
	}
}

type cycleWalk struct {
	depth  int
	path   map[cycleKey]struct{}
	cyclic map[reflect.Type]bool // mayCycle's answers
}

type cycleKey struct {
	ptr unsafe.Pointer
	n   int
	typ reflect.Type
}

func (c *cycleWalk) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Slice, reflect.Array, reflect.Map, reflect.Struct:
	default:
		return
	}
	t := v.Type()
	if v.Kind() != reflect.Interface && (!c.mayCycle(t) || printsItself(t)) {
		return
	}
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > fmtDepthLimit {
		term.RaiseError(term.Tuple{term.Atom("too_deep"), term.String(t.String())})
	}
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			c.walk(v.Elem())
		}
	case reflect.Slice:
		if v.IsNil() || v.Len() == 0 {
			return
		}
		defer c.leave(c.enter(cycleKey{v.UnsafePointer(), v.Len(), t}))
		for i := 0; i < v.Len(); i++ {
			c.walk(v.Index(i))
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			c.walk(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		defer c.leave(c.enter(cycleKey{v.UnsafePointer(), 0, t}))
		it := v.MapRange()
		for it.Next() {
			c.walk(it.Key())
			c.walk(it.Value())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			c.walk(v.Field(i))
		}
	}
}

func (c *cycleWalk) enter(k cycleKey) cycleKey {
	if c.depth < fmtCycleDepth {
		return cycleKey{}
	}
	if _, seen := c.path[k]; seen {
		term.RaiseError(term.Tuple{term.Atom("cyclic_value"), term.String(k.typ.String())})
	}
	if c.path == nil {
		c.path = map[cycleKey]struct{}{}
	}
	c.path[k] = struct{}{}
	return k
}

func (c *cycleWalk) leave(k cycleKey) {
	if k.ptr != nil {
		delete(c.path, k)
	}
}

// printsItself reports whether fmt prints values of t through a method
// rather than by looking inside.
func printsItself(t reflect.Type) bool {
	return t.Implements(errorIface) || t.Implements(stringerIface) || t.Implements(formatterIface)
}

// mayCycle reports whether a value of type t can reach itself through
// what fmt looks into: it holds an interface, or a slice or map whose
// elements may (a type being examined counts as yes: []T inside T can
// share its backing array with the outer slice).
func (c *cycleWalk) mayCycle(t reflect.Type) bool {
	if r, ok := c.cyclic[t]; ok {
		return r
	}
	if c.cyclic == nil {
		c.cyclic = map[reflect.Type]bool{}
	}
	c.cyclic[t] = true // while examined
	r := false
	switch t.Kind() {
	case reflect.Interface:
		r = true
	case reflect.Slice, reflect.Array:
		r = c.mayCycle(t.Elem())
	case reflect.Map:
		r = c.mayCycle(t.Key()) || c.mayCycle(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField() && !r; i++ {
			r = c.mayCycle(t.Field(i).Type)
		}
	}
	c.cyclic[t] = r
	return r
}
