package interp

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"runtime"
	"strings"

	"goerl/term"
)

// PanicToException turns a value recovered from a panic that went
// through interpreted code into an Erlang exception.
//
//   - *term.Exception (raised by erl.Exit, erl.Error, a BIF...) passes
//     through unchanged, also when yaegi wrapped it in a reflect.Value.
//   - A user's panic(x) (yaegi delivers it as a reflect.Value) becomes
//     error:X: terms stay as they are, a string becomes an Erlang string
//     ("boom"), an error its message as a string, a bool an atom, other
//     values their %v text as a string.
//   - Go runtime failures become the reason Erlang gives for the nearest
//     equivalent: integer division by zero is badarith; an index or slice
//     bound out of range, a nil pointer or nil map, a failed type
//     assertion or a zero reflect.Value (how yaegi reports a nil
//     dereference) is badarg. Anything else is {go_panic,"text"}.
func PanicToException(v any) *term.Exception {
	switch x := v.(type) {
	case *term.Exception:
		return x
	case reflect.Value:
		if !x.IsValid() || !x.CanInterface() {
			return errorException(goPanic("invalid panic value"))
		}
		return userPanic(x.Interface())
	case runtime.Error:
		return errorException(runtimeReason(x.Error()))
	case *reflect.ValueError:
		return errorException(runtimeReason(x.Error()))
	case error:
		if isYaegiError(x) {
			return errorException(runtimeReason(x.Error()))
		}
		return userPanic(x)
	case string:
		// yaegi and reflect raise some failures as bare strings
		// ("reflect: slice index out of range"); a user's panic(s)
		// arrives wrapped in a reflect.Value instead.
		if isRuntimeText(x) {
			return errorException(runtimeReason(x))
		}
		return userPanic(x)
	default:
		return userPanic(v)
	}
}

func errorException(reason term.Term) *term.Exception {
	return &term.Exception{Class: "error", Reason: reason, Stack: term.List{}}
}

func goPanic(text string) term.Term {
	return term.Tuple{term.Atom("go_panic"), term.String(text)}
}

// userPanic converts the argument of a user's panic call.
func userPanic(x any) *term.Exception {
	var e *term.Exception
	if err, ok := x.(error); ok && errors.As(err, &e) {
		return e
	}
	switch t := x.(type) {
	case nil:
		return errorException(goPanic("panic(nil)"))
	case term.Atom, int, float64, *big.Int, term.Tuple, term.List, term.Improper,
		term.Binary, term.Pid, term.Ref, term.Port, *term.Fun, *term.Map:
		return errorException(t)
	case string:
		return errorException(term.String(t))
	case bool:
		return errorException(term.Bool(t))
	case runtime.Error:
		return errorException(runtimeReason(t.Error()))
	case error:
		if isYaegiError(t) {
			return errorException(runtimeReason(t.Error()))
		}
		return errorException(term.String(t.Error()))
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return errorException(int(rv.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return errorException(term.BigInt(new(big.Int).SetUint64(rv.Uint())))
	case reflect.Float32, reflect.Float64:
		return errorException(rv.Float())
	}
	return errorException(term.String(fmt.Sprint(x)))
}

// isYaegiError reports whether err was made by yaegi itself, as it does
// for a failed type assertion ("t.go:17:46: interface conversion: ...").
func isYaegiError(err error) bool {
	t := reflect.TypeOf(err)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "github.com/traefik/yaegi/interp"
}

func isRuntimeText(s string) bool {
	return strings.HasPrefix(s, "reflect") || strings.HasPrefix(s, "runtime error:")
}

// runtimeReasons maps fragments of Go and reflect failure messages to
// Erlang reasons, first match wins.
var runtimeReasons = []struct {
	fragment string
	reason   term.Atom
}{
	{"divide by zero", "badarith"},
	{"negative len", "badarg"}, // reflect.MakeSlice, for make([]T, n < 0)
	{"negative cap", "badarg"},
	{"out of range", "badarg"},
	{"nil pointer", "badarg"},
	{"nil map", "badarg"},
	{"zero Value", "badarg"},
	{"interface conversion", "badarg"},
}

func runtimeReason(text string) term.Term {
	for _, r := range runtimeReasons {
		if strings.Contains(text, r.fragment) {
			return r.reason
		}
	}
	return goPanic(text)
}
