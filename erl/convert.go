package erl

import (
	"errors"
	"math"
	"math/big"
	"reflect"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"goerl/term"
)

// Conversions between Go values (what module code holds) and terms (what
// crosses process and module boundaries).
//
//	Go                         term
//	int, int8..int64, uint..   integer (big when it does not fit an int)
//	float32, float64           float (an integer is accepted for a float)
//	bool                       true | false
//	string                     string (a list of code points)
//	[]byte                     binary (a binary or a list of bytes back)
//	[]T, [N]T                  list
//	map[K]V                    map
//	struct                     map from field names (snake_case atoms) to values
//	pointer                    what it points to; nil is undefined
//	error                      its message as a string
//	func                       fun (bound to the version that made it)
//	erl.Term and term types    unchanged
//	nil interface              undefined
//
// Results add one rule (ResultTerm): a last result of type error makes
// the function's value {ok,V...} or {error,Message}.
//
// A value that contains itself (a slice holding itself, a cyclic list of
// pointers) raises error:{cyclic_value,"<go type>"}, one nested deeper
// than maxDepth error:{too_deep,"<go type>"}, rather than recursing until
// the stack runs out. Channels, complex numbers and unsafe pointers have
// no term: error:{not_a_term,"<go type>"}.

const (
	// maxDepth bounds the nesting of a converted value. Terms this deep
	// are far beyond what a message or result holds; the bound exists so
	// that a mistake fails as an exception, not as a Go stack overflow.
	maxDepth = 10000
	// cycleCheckDepth is the nesting from which the walk remembers the
	// containers on its path. Below it nothing is remembered, so ordinary
	// values pay nothing (encoding/json does the same); a cycle is still
	// found within a few levels after it.
	cycleCheckDepth = 100
)

var (
	errorType = reflect.TypeOf((*error)(nil)).Elem()
	listType  = reflect.TypeOf(term.List(nil))
	tupleType = reflect.TypeOf(term.Tuple(nil))
)

// walk is one conversion of a Go value to a term.
type walk struct {
	c     *Context
	depth int
	path  map[visit]struct{} // containers on the path, past cycleCheckDepth
}

// visit identifies a container: a slice by its data, length and type (a
// sub-slice is another value), a map or pointer by its address and type.
type visit struct {
	ptr unsafe.Pointer
	n   int
	typ reflect.Type
}

// enter descends into a container; leave must follow. ptr is nil for a
// value with no identity (a struct or array held by value).
func (w *walk) enter(typ reflect.Type, ptr unsafe.Pointer, n int) visit {
	w.depth++
	if w.depth > maxDepth {
		term.RaiseError(term.Tuple{term.Atom("too_deep"), term.String(goTypeName(typ))})
	}
	if w.depth < cycleCheckDepth || ptr == nil {
		return visit{}
	}
	k := visit{ptr, n, typ}
	if _, seen := w.path[k]; seen {
		term.RaiseError(term.Tuple{term.Atom("cyclic_value"), term.String(goTypeName(typ))})
	}
	if w.path == nil {
		w.path = make(map[visit]struct{})
	}
	w.path[k] = struct{}{}
	return k
}

// goTypeName names a Go type in an error: the term types by the names
// module code knows them by (erl.List, not term.List).
func goTypeName(typ reflect.Type) string {
	if typ.PkgPath() == "goerl/term" {
		return "erl." + typ.Name()
	}
	return typ.String()
}

func (w *walk) leave(k visit) {
	w.depth--
	if k.ptr != nil {
		delete(w.path, k)
	}
}

// ToTerm converts a Go value to a term. Func values need a Context (see
// Context.ToTerm); here they raise like any other unconvertible value.
func ToTerm(v reflect.Value) term.Term { return (*Context)(nil).ToTerm(v) }

// FromTerm converts a term to a value of type typ; false when the term
// does not fit (the caller raises function_clause). Func types need a
// Context (see Context.FromTerm).
func FromTerm(t term.Term, typ reflect.Type) (reflect.Value, bool) {
	return (*Context)(nil).FromTerm(t, typ)
}

// ToTerm converts a Go value to a term; func values become funs of this
// context's version. What has no term raises as described above.
func (c *Context) ToTerm(v reflect.Value) term.Term {
	w := walk{c: c}
	return w.value(v)
}

func (w *walk) value(v reflect.Value) term.Term {
	if !v.IsValid() {
		return term.Undefined
	}
	if v.CanInterface() {
		x := v.Interface()
		if t, ok := w.fastTerm(x); ok {
			return t
		}
		if err, ok := x.(error); ok && v.Kind() != reflect.Interface && !(v.Kind() == reflect.Pointer && v.IsNil()) {
			return term.String(err.Error())
		}
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := v.Uint()
		if u <= math.MaxInt {
			return int(u)
		}
		return new(big.Int).SetUint64(u)
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Bool:
		return term.Bool(v.Bool())
	case reflect.String:
		return term.String(v.String())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return term.Binary(append([]byte(nil), v.Bytes()...))
		}
		if v.IsNil() {
			return term.List{}
		}
		k := w.enter(v.Type(), v.UnsafePointer(), v.Len())
		defer w.leave(k)
		return w.listOf(v)
	case reflect.Array:
		k := w.enter(v.Type(), nil, 0)
		defer w.leave(k)
		return w.listOf(v)
	case reflect.Map:
		if v.IsNil() {
			return term.NewMap(nil, nil)
		}
		k := w.enter(v.Type(), v.UnsafePointer(), 0)
		defer w.leave(k)
		keys, vals := make([]term.Term, 0, v.Len()), make([]term.Term, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			keys = append(keys, w.value(it.Key()))
			vals = append(vals, w.value(it.Value()))
		}
		return term.NewMap(keys, vals)
	case reflect.Struct:
		k := w.enter(v.Type(), nil, 0)
		defer w.leave(k)
		return w.structMap(v)
	case reflect.Func:
		if !v.IsNil() && w.c != nil && w.c.MakeFun != nil {
			return w.c.MakeFun(v)
		}
	case reflect.Interface:
		if v.IsNil() {
			return term.Undefined
		}
		return w.value(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			return term.Undefined
		}
		k := w.enter(v.Type(), v.UnsafePointer(), 0)
		defer w.leave(k)
		return w.value(v.Elem())
	}
	term.RaiseError(term.Tuple{term.Atom("not_a_term"), term.String(goTypeName(v.Type()))})
	return nil
}

func (w *walk) listOf(v reflect.Value) term.List {
	l := make(term.List, v.Len())
	for i := range l {
		l[i] = w.value(v.Index(i))
	}
	return l
}

// structMap converts a struct to a map from its field names, in
// snake_case, to their values. Fields a program cannot read (unexported
// fields of a compiled type, blank fields) are left out.
func (w *walk) structMap(v reflect.Value) *term.Map {
	typ := v.Type()
	keys := make([]term.Term, 0, typ.NumField())
	vals := make([]term.Term, 0, typ.NumField())
	for i := 0; i < typ.NumField(); i++ {
		name, ok := fieldName(typ.Field(i))
		if !ok {
			continue
		}
		keys = append(keys, term.Atom(name))
		vals = append(vals, w.value(v.Field(i)))
	}
	return term.NewMap(keys, vals)
}

// fieldName is the atom a struct field is known by in a map: its Go name
// in snake_case. yaegi gives an interpreted struct's unexported fields
// exported names with an X in front (count becomes Xcount), so an X
// followed by a lower-case letter or an underscore is taken off again.
func fieldName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	name := f.Name
	if len(name) > 1 && name[0] == 'X' && (name[1] == '_' || unicode.IsLower(rune(name[1]))) {
		name = name[1:]
	}
	if name == "_" {
		return "", false
	}
	return term.SnakeCase(name), true
}

// AnyToTerm converts a value module code passed as erl.Term: terms come
// back as they are (lists and tuples normalised element by element), Go
// values are converted as ToTerm does.
func (c *Context) AnyToTerm(x any) term.Term {
	w := walk{c: c}
	return w.any(x)
}

func (w *walk) any(x any) term.Term {
	if t, ok := w.fastTerm(x); ok {
		return t
	}
	return w.value(reflect.ValueOf(x))
}

// fastTerm handles the common cases without reflection: a message send
// between interpreted processes goes through here.
func (w *walk) fastTerm(x any) (term.Term, bool) {
	switch v := x.(type) {
	case nil:
		return term.Undefined, true
	case term.Atom, int, float64, term.Pid, term.Ref, term.Port, term.Binary, *big.Int, *term.Map, *term.Fun:
		return x, true
	case term.Tuple:
		if e, changed := w.normalise(v, tupleType); changed {
			return term.Tuple(e), true
		}
		// x, not v: boxing v again would allocate a copy of its header.
		return x, true
	case term.List:
		if e, changed := w.normalise(v, listType); changed {
			return term.List(e), true
		}
		return x, true
	case term.Improper:
		e, _ := w.normalise(v.Elems, listType)
		return term.ConsN(e, w.any(v.Tail)), true
	case string:
		return term.String(v), true
	case bool:
		return term.Bool(v), true
	}
	return nil, false
}

// normalise converts the elements of a tuple or list built by module code
// (erl.Tuple{1, "x"} holds a Go string); it copies only when it must,
// because terms are immutable and may be shared.
func (w *walk) normalise(elems []term.Term, typ reflect.Type) ([]term.Term, bool) {
	if len(elems) == 0 {
		return elems, false
	}
	k := w.enter(typ, unsafe.Pointer(&elems[0]), len(elems))
	defer w.leave(k)
	var out []term.Term
	for i, e := range elems {
		n, changed := w.normaliseElem(e)
		if out == nil && changed {
			out = make([]term.Term, len(elems))
			copy(out, elems[:i])
		}
		if out != nil {
			out[i] = n
		}
	}
	if out == nil {
		return elems, false
	}
	return out, true
}

// normaliseElem is AnyToTerm for one element, also saying whether the
// result differs from e. Terms that are already canonical (the common
// case: atoms, integers, pids in a message) are recognised by their type
// alone, without comparing values.
func (w *walk) normaliseElem(e term.Term) (term.Term, bool) {
	switch v := e.(type) {
	case term.Atom, int, float64, term.Pid, term.Ref, term.Port, term.Binary, *big.Int, *term.Map, *term.Fun:
		return e, false
	case term.Tuple:
		if n, changed := w.normalise(v, tupleType); changed {
			return term.Tuple(n), true
		}
		return e, false
	case term.List:
		if n, changed := w.normalise(v, listType); changed {
			return term.List(n), true
		}
		return e, false
	}
	// Anything else (nil, a Go string or bool, an improper list, a value
	// only reflection converts) is not stored as its own term.
	return w.any(e), true
}

// ResultTerm converts the results of a module function: none is ok, one
// is converted, several make a tuple. A last result of type error follows
// the Go convention (a non-nil error means the others are not valid): a
// non-nil error makes {error,Message}, a nil one ok when it is the only
// result, {ok,V} after one result, {ok,V1,V2...} after several.
func (c *Context) ResultTerm(out []reflect.Value) term.Term {
	w := walk{c: c}
	if n := len(out); n > 0 && out[n-1].Type() == errorType {
		if !out[n-1].IsNil() {
			return term.Tuple{term.Atom("error"), errorReason(out[n-1])}
		}
		if n == 1 {
			return term.OK
		}
		t := make(term.Tuple, n)
		t[0] = term.OK
		for i, v := range out[:n-1] {
			t[i+1] = w.value(v)
		}
		return t
	}
	switch len(out) {
	case 0:
		return term.OK
	case 1:
		return w.value(out[0])
	}
	t := make(term.Tuple, len(out))
	for i, v := range out {
		t[i] = w.value(v)
	}
	return t
}

// errorReason is the reason {error,Reason} carries for a Go error: its
// message as a string, so that the shell shows the text Go would print.
func errorReason(v reflect.Value) term.Term {
	return term.String(v.Interface().(error).Error())
}

// FromTerm converts a term to a value of type typ; false when the term
// does not fit. A fun becomes a Go func that applies it (through the
// context's Caller, as erlang:apply/2) when called.
func (c *Context) FromTerm(t term.Term, typ reflect.Type) (reflect.Value, bool) {
	if typ.Kind() == reflect.Interface {
		out := reflect.New(typ).Elem()
		if t == nil {
			return out, true
		}
		tv := reflect.ValueOf(t)
		if !tv.Type().Implements(typ) {
			return reflect.Value{}, false
		}
		out.Set(tv)
		return out, true
	}
	if t != nil && reflect.TypeOf(t) == typ {
		return reflect.ValueOf(t), true
	}
	out := reflect.New(typ).Elem()
	ok := c.fill(out, t)
	return out, ok
}

// fill stores t into out (a settable value) by out's kind.
func (c *Context) fill(out reflect.Value, t term.Term) bool {
	switch out.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, ok := t.(int)
		if !ok || out.OverflowInt(int64(i)) {
			return false
		}
		out.SetInt(int64(i))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		switch n := t.(type) {
		case int:
			if n < 0 || out.OverflowUint(uint64(n)) {
				return false
			}
			out.SetUint(uint64(n))
		case *big.Int:
			if !n.IsUint64() || out.OverflowUint(n.Uint64()) {
				return false
			}
			out.SetUint(n.Uint64())
		default:
			return false
		}
	case reflect.Float32, reflect.Float64:
		switch n := t.(type) {
		case float64:
			out.SetFloat(n)
		case int:
			out.SetFloat(float64(n))
		default:
			return false
		}
	case reflect.Bool:
		switch t {
		case term.True:
			out.SetBool(true)
		case term.False:
			out.SetBool(false)
		default:
			return false
		}
	case reflect.String:
		s, ok := stringOf(t)
		if !ok {
			return false
		}
		out.SetString(s)
	case reflect.Slice:
		return c.fillSlice(out, t)
	case reflect.Array:
		l, ok := t.(term.List)
		if !ok || len(l) != out.Len() {
			return false
		}
		for i, e := range l {
			if !c.fillElem(out.Index(i), e) {
				return false
			}
		}
	case reflect.Map:
		m, ok := t.(*term.Map)
		if !ok {
			return false
		}
		out.Set(reflect.MakeMapWithSize(out.Type(), m.Len()))
		for i, k := range m.Keys() {
			kv, ok1 := c.FromTerm(k, out.Type().Key())
			vv, ok2 := c.FromTerm(m.Values()[i], out.Type().Elem())
			if !ok1 || !ok2 {
				return false
			}
			out.SetMapIndex(kv, vv)
		}
	case reflect.Struct:
		return c.fillStruct(out, t)
	case reflect.Pointer:
		if t == term.Undefined {
			return true // nil
		}
		p := reflect.New(out.Type().Elem())
		if !c.fill(p.Elem(), t) {
			return false
		}
		out.Set(p)
	case reflect.Func:
		f, ok := t.(*term.Fun)
		if !ok || c == nil || out.Type().IsVariadic() || f.Arity != out.Type().NumIn() {
			return false
		}
		out.Set(c.funcOf(f, out.Type()))
	default:
		return false
	}
	return true
}

// fillStruct fills a struct from a map with its field names as keys (the
// form ToTerm makes; missing fields stay zero, a key that names no field
// does not fit) or from a tuple of all its fields in order.
func (c *Context) fillStruct(out reflect.Value, t term.Term) bool {
	typ := out.Type()
	switch v := t.(type) {
	case *term.Map:
		used := 0
		for i := 0; i < typ.NumField(); i++ {
			name, ok := fieldName(typ.Field(i))
			if !ok {
				continue
			}
			e, found := v.Get(term.Atom(name))
			if !found {
				continue
			}
			if !out.Field(i).CanSet() || !c.fillElem(out.Field(i), e) {
				return false
			}
			used++
		}
		return used == v.Len()
	case term.Tuple:
		if len(v) != out.NumField() {
			return false
		}
		for i, e := range v {
			if !out.Field(i).CanSet() || !c.fillElem(out.Field(i), e) {
				return false
			}
		}
		return true
	}
	return false
}

func (c *Context) fillElem(dst reflect.Value, t term.Term) bool {
	v, ok := c.FromTerm(t, dst.Type())
	if ok {
		dst.Set(v)
	}
	return ok
}

func (c *Context) fillSlice(out reflect.Value, t term.Term) bool {
	if b, ok := t.(term.Binary); ok && out.Type().Elem().Kind() == reflect.Uint8 {
		out.SetBytes(append([]byte(nil), b...))
		return true
	}
	l, ok := t.(term.List)
	if !ok {
		return false
	}
	s := reflect.MakeSlice(out.Type(), len(l), len(l))
	for i, e := range l {
		if !c.fillElem(s.Index(i), e) {
			return false
		}
	}
	out.Set(s)
	return true
}

// stringOf reads an Erlang string (a list of code points) or a binary.
func stringOf(t term.Term) (string, bool) {
	switch v := t.(type) {
	case term.Binary:
		return string(v), true
	case term.List:
		b := make([]byte, 0, len(v))
		for _, e := range v {
			r, ok := e.(int)
			if !ok || r < 0 || r > utf8.MaxRune {
				return "", false
			}
			b = utf8.AppendRune(b, rune(r))
		}
		return string(b), true
	}
	return "", false
}

// funcOf makes a Go func of type typ that applies the fun f on behalf of
// whichever process calls it.
func (c *Context) funcOf(f *term.Fun, typ reflect.Type) reflect.Value {
	return reflect.MakeFunc(typ, func(in []reflect.Value) []reflect.Value {
		p := c.proc()
		args := make(term.List, len(in))
		for i, v := range in {
			args[i] = c.ToTerm(v)
		}
		res := c.Caller.CallMFA(p, "erlang", "apply", []term.Term{f, args})
		return c.results(res, typ)
	})
}

// results converts a fun's result back to the Go results of typ: none
// ignores it, one converts it, several take a tuple apart; a last error
// result reads ResultTerm's convention backwards. A result that does not
// fit raises error:{badresult,Result}.
func (c *Context) results(res term.Term, typ reflect.Type) []reflect.Value {
	n := typ.NumOut()
	if n > 0 && typ.Out(n-1) == errorType {
		return c.errorResults(res, typ)
	}
	out := make([]reflect.Value, n)
	parts := []term.Term{res}
	if n > 1 {
		tu, ok := res.(term.Tuple)
		if !ok || len(tu) != n {
			term.RaiseError(term.Tuple{term.Atom("badresult"), res})
		}
		parts = tu
	}
	for i := range out {
		v, ok := c.FromTerm(parts[i], typ.Out(i))
		if !ok {
			term.RaiseError(term.Tuple{term.Atom("badresult"), res})
		}
		out[i] = v
	}
	return out
}

// errorResults reads ok, {ok,V...} or {error,Reason} into Go results
// ending in an error; the error's message is the reason's text (a string
// or binary as it is, any other term as ~p prints it).
func (c *Context) errorResults(res term.Term, typ reflect.Type) []reflect.Value {
	n := typ.NumOut()
	out := make([]reflect.Value, n)
	for i := range out {
		out[i] = reflect.Zero(typ.Out(i))
	}
	tu, _ := res.(term.Tuple)
	switch {
	case len(tu) == 2 && tu[0] == term.Atom("error"):
		text, ok := stringOf(tu[1])
		if !ok {
			text = term.Sprint(tu[1])
		}
		out[n-1] = reflect.ValueOf(errors.New(text))
		return out
	case n == 1 && res == term.OK:
		return out
	case len(tu) == n && tu[0] == term.OK:
		for i := 0; i < n-1; i++ {
			v, ok := c.FromTerm(tu[i+1], typ.Out(i))
			if !ok {
				term.RaiseError(term.Tuple{term.Atom("badresult"), res})
			}
			out[i] = v
		}
		return out
	}
	term.RaiseError(term.Tuple{term.Atom("badresult"), res})
	return nil
}
