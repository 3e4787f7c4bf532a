package syntax

import "reflect"

// Inspect calls f for e and, while f returns true, for every expression
// inside it, depth first. It finds sub-expressions by reflection so it
// never falls behind when a node type gains a field.
func Inspect(e Expr, f func(Expr) bool) {
	if e == nil || isNilExpr(e) || !f(e) {
		return
	}
	inspectValue(reflect.ValueOf(e), f)
}

var exprType = reflect.TypeOf((*Expr)(nil)).Elem()

func isNilExpr(e Expr) bool {
	v := reflect.ValueOf(e)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

func inspectValue(v reflect.Value, f func(Expr) bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			inspectValue(v.Elem(), f)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			inspectChild(v.Field(i), f)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			inspectChild(v.Index(i), f)
		}
	}
}

func inspectChild(v reflect.Value, f func(Expr) bool) {
	if v.Kind() == reflect.Interface && v.Type() == exprType {
		if !v.IsNil() {
			Inspect(v.Interface().(Expr), f)
		}
		return
	}
	if v.CanInterface() && v.Type().Implements(exprType) && v.Kind() != reflect.Struct {
		if e, ok := v.Interface().(Expr); ok {
			Inspect(e, f)
			return
		}
	}
	inspectValue(v, f)
}
