package interp

import (
	"reflect"
)

// errorsAs replaces errors.As for modules. The compiled errors.As cannot
// see interpreted types: a *ParseError target of an interpreted
// ParseError does not implement error for reflect (it panics "*target
// must be interface or implement error"), and the errors in the chain
// are yaegi's wrappers, not the values they wrap. This one walks the
// chain as errors.As does, looking through yaegi's wrappers (structs
// whose first field is IValue) at the interpreted value inside.
func errorsAs(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflect.ValueOf(target)
	if val.Kind() != reflect.Pointer || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := val.Type().Elem()
	if targetType.Name() == "valueInterface" && targetType.PkgPath() == "github.com/traefik/yaegi/interp" {
		// A variable of an interpreted interface type: compiled code
		// can neither test the interface's methods nor store into it.
		panic("errors.As: the target is a variable of an interface type declared in the module, which goerl cannot check; use a concrete error type or a type switch")
	}
	return as(err, target, val, targetType)
}

func as(err error, target any, val reflect.Value, targetType reflect.Type) bool {
	for err != nil {
		if v := unwrapped(reflect.ValueOf(err)); v.Type().AssignableTo(targetType) {
			val.Elem().Set(v)
			return true
		}
		if targetType.Kind() == reflect.Interface && reflect.TypeOf(err).Implements(targetType) {
			val.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if as(e, target, val, targetType) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// unwrapped returns the interpreted value inside a yaegi interface
// wrapper, or v.
func unwrapped(v reflect.Value) reflect.Value {
	if t := v.Type(); t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(0).Name == "IValue" {
		if inner := v.Field(0).Elem(); inner.IsValid() {
			return inner
		}
	}
	return v
}
