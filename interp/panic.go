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
//   - A Go runtime failure keeps Go's own message: error:{go_panic,Text}
//     with Text as Go prints it after "panic: " ("runtime error: index
//     out of range [5] with length 3", "assignment to entry in nil map",
//     "interface conversion: interface {} is string, not int"). Where
//     yaegi fails through reflect with other words ("reflect: call of
//     reflect.Value.Field on zero Value" for a nil dereference) the text
//     is Go's for the same failure. Integer division by zero is Erlang's
//     own badarith, as 1 div 0 is.
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
// yaegi's other error types there wrap a module's own errors (the
// wrapper handing an interpreted Error method to compiled code, a
// panic(&MyErr{}) value) and are the user's.
func isYaegiError(err error) bool {
	t := reflect.TypeOf(err)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "github.com/traefik/yaegi/interp" && t.Name() == "cfgError"
}

func isRuntimeText(s string) bool {
	return strings.HasPrefix(s, "reflect") || strings.HasPrefix(s, "runtime error:")
}

// reflectTexts gives Go's message for failures that reach module code
// through reflect (how yaegi runs it), by a fragment of reflect's text;
// first match wins.
var reflectTexts = []struct{ fragment, text string }{
	{"zero Value", "runtime error: invalid memory address or nil pointer dereference"},
	{"call of nil function", "runtime error: invalid memory address or nil pointer dereference"},
	{"MakeSlice: negative len", "runtime error: makeslice: len out of range"},
	{"MakeSlice: negative cap", "runtime error: makeslice: cap out of range"},
	{"MakeSlice: len > cap", "runtime error: makeslice: cap out of range"},
	{"index out of range", "runtime error: index out of range"},
	{"slice index out of bounds", "runtime error: slice bounds out of range"},
}

// runtimeReason is the reason for a Go runtime failure with message text.
func runtimeReason(text string) term.Term {
	if strings.Contains(text, "integer divide by zero") {
		return term.Atom("badarith")
	}
	text = stripPosition(text)
	if strings.HasPrefix(text, "interface conversion:") {
		// Terms are the erl package's types to module code.
		text = strings.ReplaceAll(text, " term.", " erl.")
	}
	if strings.HasPrefix(text, "reflect") {
		for _, r := range reflectTexts {
			if strings.Contains(text, r.fragment) {
				text = r.text
				break
			}
		}
	}
	return goPanic(text)
}

// stripPosition removes the "t.go:17:46: " yaegi puts before some of its
// runtime messages: the stack trace carries the position.
func stripPosition(text string) string {
	rest := text
	for k := 0; k < 3; k++ {
		i := strings.Index(rest, ":")
		if i < 0 {
			return text
		}
		if k > 0 && !allDigits(rest[:i]) {
			return text
		}
		rest = rest[i+1:]
	}
	return strings.TrimPrefix(rest, " ")
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
