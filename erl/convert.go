package erl

import (
	"math"
	"math/big"
	"reflect"
	"unicode/utf8"

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
//	struct                     tuple of the fields, in order
//	func                       fun (bound to the version that made it)
//	erl.Term and term types    unchanged
//	nil interface or pointer   undefined

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
// context's version. An unconvertible value (a channel, a pointer to a
// struct...) raises error:{not_a_term,"<go type>"}.
func (c *Context) ToTerm(v reflect.Value) term.Term {
	if !v.IsValid() {
		return term.Undefined
	}
	if v.CanInterface() {
		if t, ok := c.fastTerm(v.Interface()); ok {
			return t
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
		return c.listOf(v)
	case reflect.Array:
		return c.listOf(v)
	case reflect.Map:
		keys, vals := make([]term.Term, 0, v.Len()), make([]term.Term, 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			keys = append(keys, c.ToTerm(it.Key()))
			vals = append(vals, c.ToTerm(it.Value()))
		}
		return term.NewMap(keys, vals)
	case reflect.Struct:
		t := make(term.Tuple, v.NumField())
		for i := range t {
			t[i] = c.ToTerm(v.Field(i))
		}
		return t
	case reflect.Func:
		if !v.IsNil() && c != nil && c.MakeFun != nil {
			return c.MakeFun(v)
		}
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return term.Undefined
		}
		if v.Kind() == reflect.Interface {
			return c.ToTerm(v.Elem())
		}
	}
	term.RaiseError(term.Tuple{term.Atom("not_a_term"), term.String(v.Type().String())})
	return nil
}

func (c *Context) listOf(v reflect.Value) term.List {
	l := make(term.List, v.Len())
	for i := range l {
		l[i] = c.ToTerm(v.Index(i))
	}
	return l
}

// AnyToTerm converts a value module code passed as erl.Term: terms come
// back as they are (lists and tuples normalised element by element), Go
// values are converted as ToTerm does.
func (c *Context) AnyToTerm(x any) term.Term {
	if t, ok := c.fastTerm(x); ok {
		return t
	}
	return c.ToTerm(reflect.ValueOf(x))
}

// fastTerm handles the common cases without reflection: a message send
// between interpreted processes goes through here.
func (c *Context) fastTerm(x any) (term.Term, bool) {
	switch v := x.(type) {
	case nil:
		return term.Undefined, true
	case term.Atom, int, float64, term.Pid, term.Ref, term.Port, term.Binary, *big.Int, *term.Map, *term.Fun:
		return x, true
	case term.Tuple:
		if e, changed := c.normalise(v); changed {
			return term.Tuple(e), true
		}
		// x, not v: boxing v again would allocate a copy of its header.
		return x, true
	case term.List:
		if e, changed := c.normalise(v); changed {
			return term.List(e), true
		}
		return x, true
	case term.Improper:
		e, _ := c.normalise(v.Elems)
		return term.ConsN(e, c.AnyToTerm(v.Tail)), true
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
func (c *Context) normalise(elems []term.Term) ([]term.Term, bool) {
	var out []term.Term
	for i, e := range elems {
		n, changed := c.normaliseElem(e)
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
func (c *Context) normaliseElem(e term.Term) (term.Term, bool) {
	switch v := e.(type) {
	case term.Atom, int, float64, term.Pid, term.Ref, term.Port, term.Binary, *big.Int, *term.Map, *term.Fun:
		return e, false
	case term.Tuple:
		if n, changed := c.normalise(v); changed {
			return term.Tuple(n), true
		}
		return e, false
	case term.List:
		if n, changed := c.normalise(v); changed {
			return term.List(n), true
		}
		return e, false
	}
	// Anything else (nil, a Go string or bool, an improper list, a value
	// only reflection converts) is not stored as its own term.
	return c.AnyToTerm(e), true
}

// ResultTerm converts the results of a module function: none is ok, one
// is converted, several make a tuple.
func (c *Context) ResultTerm(out []reflect.Value) term.Term {
	switch len(out) {
	case 0:
		return term.OK
	case 1:
		return c.ToTerm(out[0])
	}
	t := make(term.Tuple, len(out))
	for i, v := range out {
		t[i] = c.ToTerm(v)
	}
	return t
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
		tu, ok := t.(term.Tuple)
		if !ok || len(tu) != out.NumField() {
			return false
		}
		for i, e := range tu {
			if !out.Field(i).CanSet() || !c.fillElem(out.Field(i), e) {
				return false
			}
		}
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
// ignores it, one converts it, several take a tuple apart. A result that
// does not fit raises error:{badresult,Result}.
func (c *Context) results(res term.Term, typ reflect.Type) []reflect.Value {
	n := typ.NumOut()
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
