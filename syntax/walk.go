package syntax

import "reflect"

// Inspect calls f for e and, while f returns true, for every expression
// inside it, depth first. It finds sub-expressions by reflection so it
// never falls behind when a node type gains a field. It keeps its own
// stack instead of recursing, so a chain of a million operators costs
// heap, not Go stack.
func Inspect(e Expr, f func(Expr) bool) {
	stack := []inspectItem{{expr: e, isExpr: true}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.isExpr {
			if it.expr == nil || isNilExpr(it.expr) || !f(it.expr) {
				continue
			}
			it = inspectItem{v: reflect.ValueOf(it.expr)}
		}
		stack = pushChildren(stack, it.v)
	}
}

// inspectItem is one entry of Inspect's stack: an expression to report
// and then open, or a value whose fields or elements to search.
type inspectItem struct {
	expr   Expr
	isExpr bool
	v      reflect.Value
}

var exprType = reflect.TypeOf((*Expr)(nil)).Elem()

func isNilExpr(e Expr) bool {
	v := reflect.ValueOf(e)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// pushChildren pushes what v holds, last first so that the first comes
// off the stack first.
func pushChildren(stack []inspectItem, v reflect.Value) []inspectItem {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return stack
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := v.NumField() - 1; i >= 0; i-- {
			if v.Type().Field(i).IsExported() {
				stack = append(stack, child(v.Field(i)))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := v.Len() - 1; i >= 0; i-- {
			stack = append(stack, child(v.Index(i)))
		}
	}
	return stack
}

// child classifies a field or element: an expression, or a value to
// search further.
func child(v reflect.Value) inspectItem {
	if v.Kind() == reflect.Interface && v.Type() == exprType {
		if v.IsNil() {
			return inspectItem{v: v}
		}
		return inspectItem{expr: v.Interface().(Expr), isExpr: true}
	}
	if v.CanInterface() && v.Type().Implements(exprType) && v.Kind() != reflect.Struct {
		if e, ok := v.Interface().(Expr); ok {
			return inspectItem{expr: e, isExpr: true}
		}
	}
	return inspectItem{v: v}
}
