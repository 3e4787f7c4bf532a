package interp

// goerl: this file is goerl's addition to yaegi (see GOERL.md): fmt sees
// the methods of interpreted values inside a slice or an array.

import (
	"fmt"
	"reflect"
)

// genElemWrappers gives the argument n, a slice or array whose elements
// are of an interpreted type with a String, Error or Format method, to a
// printing host function (fmt.Println) as a []any of the elements each
// wrapped as yaegi wraps a single such argument: compiled code cannot
// see interpreted methods, so fmt.Println([]Color{Blue}) printed [2], Go
// prints [blue]. fmt prints a []any as it prints the slice itself for
// every verb whose output does not name the type (%T, %#v differ, as
// they already do for interpreted types). It returns nil when n is not
// such a value.
func genElemWrappers(n *node, getMapType func(*itype) reflect.Type) func(*frame) reflect.Value {
	t := n.typ
	if t == nil || t.cat != sliceT && t.cat != arrayT || t.val == nil {
		return nil
	}
	et := t.val
	if isInterface(et) || isBin(et) {
		return nil
	}
	rt := getMapType(et)
	if rt != stringerRType && rt != formatterRType && rt != errorRType {
		return nil
	}
	wrap := getWrapper(&node{interp: n.interp, typ: et}, rt)
	if wrap == nil {
		return nil
	}
	mn := wrap.NumField() - 1
	methods := make([]*node, mn)
	indexes := make([][]int, mn)
	for i := 0; i < mn; i++ {
		if methods[i], indexes[i] = et.lookupMethod(wrap.Field(i + 1).Name[1:]); methods[i] == nil {
			return nil // a promoted compiled method: left to yaegi
		}
	}
	value := genValue(n)
	return func(f *frame) reflect.Value {
		v := value(f)
		out := make([]any, v.Len())
		for k := range out {
			ev := v.Index(k)
			w := reflect.New(wrap).Elem()
			w.Field(0).Set(ev)
			for i, m := range methods {
				nod := *m
				nod.recv = &receiver{nil, ev, indexes[i]}
				w.Field(i + 1).Set(genFunctionWrapper(&nod)(f))
			}
			out[k] = w.Interface()
		}
		return reflect.ValueOf(out)
	}
}

var (
	stringerRType  = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	formatterRType = reflect.TypeOf((*fmt.Formatter)(nil)).Elem()
)
