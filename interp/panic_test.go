package interp

import (
	"errors"
	"reflect"
	"testing"

	"goerl/term"
)

// TestPanicToExceptionFromInterpretedCode recovers real panics that went
// through yaegi and checks the exceptions they become.
func TestPanicToExceptionFromInterpretedCode(t *testing.T) {
	raised := &term.Exception{Class: "exit", Reason: term.Atom("normal"), Stack: term.List{}}
	erl := newFakeErl()
	syms := erl.symbols()
	syms["Raise"] = reflect.ValueOf(func() { panic(raised) })
	syms["Atom"] = reflect.ValueOf(func(s string) term.Atom { return term.Atom(s) })
	v, diags, err := Load(Source{Module: "t", File: "t.go", Text: []byte(`package t

import (
	"errors"
	"erl"
)

type P struct{ X int }

func Boom()        { panic("boom") }
func Atom()        { panic(erl.Atom("oops")) }
func Int()         { panic(42) }
func Err()         { panic(errors.New("bad thing")) }
func Index() int   { a := []int{1}; i := 5; return a[i] }
func Div() int     { z := 0; return 1 / z }
func Nil() int     { var p *P; return p.X }
func Assert() int  { var x any = "s"; return x.(int) }
func Host()        { erl.Raise() }
func Deep(n int)   { if n == 0 { Boom() }; Deep(n - 1) }

type VErr struct{ F string }

func (e *VErr) Error() string { return "invalid " + e.F }

func MyErr()       { panic(&VErr{"email"}) }
func Caught()      { defer func() { panic(erl.Atom(recover().(*VErr).F)) }(); MyErr() }
`)}, Options{Erl: syms})
	if err != nil || diags != nil {
		t.Fatal(err, diags)
	}
	defer v.Stop()
	tests := []struct {
		fn   string
		args []any
		want *term.Exception
	}{
		{"Boom", nil, errorException(term.String("boom"))},
		{"Atom", nil, errorException(term.Atom("oops"))},
		{"Int", nil, errorException(42)},
		{"Err", nil, errorException(term.String("bad thing"))},
		{"Index", nil, errorException(goPanic("runtime error: index out of range [5] with length 1"))},
		{"Div", nil, errorException(term.Atom("badarith"))},
		{"Nil", nil, errorException(goPanic("runtime error: invalid memory address or nil pointer dereference"))},
		{"Assert", nil, errorException(goPanic("interface conversion: interface {} is string, not int"))},
		{"Host", nil, raised},
		{"Deep", []any{5}, errorException(term.String("boom"))},
		{"MyErr", nil, errorException(term.String("invalid email"))},
		{"Caught", nil, errorException(term.Atom("email"))},
	}
	for _, tt := range tests {
		t.Run(tt.fn, func(t *testing.T) {
			var recovered any
			func() {
				defer func() { recovered = recover() }()
				call(t, v, tt.fn, tt.args...)
			}()
			if recovered == nil {
				t.Fatalf("%s did not panic", tt.fn)
			}
			e := PanicToException(recovered)
			if !sameException(e, tt.want) {
				t.Fatalf("PanicToException(%T %v) = %v, want %v", recovered, recovered, e, tt.want)
			}
			if tt.fn == "Host" && e != raised {
				t.Fatalf("a *term.Exception must pass through unchanged")
			}
		})
	}
}

// TestPanicToExceptionValues covers values that do not need yaegi.
func TestPanicToExceptionValues(t *testing.T) {
	tests := []struct {
		in   any
		want term.Term // the reason of an error-class exception
	}{
		{"reflect: slice index out of range", goPanic("runtime error: index out of range")},
		{"reflect.MakeSlice: negative len", goPanic("runtime error: makeslice: len out of range")},
		{"plain text", term.String("plain text")},
		{reflect.ValueOf(true), term.True},
		{reflect.ValueOf(uint8(7)), 7},
		{reflect.ValueOf(1.5), 1.5},
		{reflect.Value{}, goPanic("invalid panic value")},
		{&reflect.ValueError{Method: "reflect.Value.Field"}, goPanic("runtime error: invalid memory address or nil pointer dereference")},
		{errors.New("x"), term.String("x")},
		{"runtime error: something new", goPanic("runtime error: something new")},
		{struct{ A int }{3}, term.String("{3}")},
	}
	for _, tt := range tests {
		if e := PanicToException(tt.in); !sameException(e, errorException(tt.want)) {
			t.Errorf("PanicToException(%#v) = %v, want error:%s", tt.in, e, term.Sprint(tt.want))
		}
	}
}

func sameException(a, b *term.Exception) bool {
	return a.Class == b.Class && term.ExactEqual(a.Reason, b.Reason) && term.ExactEqual(a.Stack, b.Stack)
}
