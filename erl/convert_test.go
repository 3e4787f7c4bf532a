package erl

import (
	"errors"
	"math"
	"math/big"
	"reflect"
	"testing"

	"goerl/term"
)

type point struct {
	X, Y int
}

// fields has the names yaegi gives an interpreted struct: an unexported
// field count becomes Xcount.
type fields struct {
	Xcount   int
	HTTPCode int
	Inner    point
}

type node struct{ Next *node }

func TestToTerm(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string // ~w of the result
	}{
		{"int", 42, "42"},
		{"int8", int8(-3), "-3"},
		{"uint64 big", uint64(math.MaxUint64), "18446744073709551615"},
		{"float", 1.5, "1.5"},
		{"float32", float32(0.25), "0.25"},
		{"true", true, "true"},
		{"false", false, "false"},
		{"string", "hi", "[104,105]"},
		{"empty string", "", "[]"},
		{"bytes", []byte("ab"), "<<97,98>>"},
		{"slice", []int{1, 2}, "[1,2]"},
		{"array", [2]string{"a", "b"}, "[[97],[98]]"},
		{"struct", point{1, 2}, "#{x => 1,y => 2}"},
		{"struct field names", fields{Xcount: 1, HTTPCode: 2, Inner: point{3, 4}}, "#{count => 1,http_code => 2,inner => #{x => 3,y => 4}}"},
		{"pointer to struct", &point{1, 2}, "#{x => 1,y => 2}"},
		{"error", errors.New("no"), "[110,111]"},
		{"error in a struct", struct{ Err error }{errors.New("e")}, "#{err => [101]}"},
		{"nil error in a struct", struct{ Err error }{}, "#{err => undefined}"},
		{"nil slice", []int(nil), "[]"},
		{"nil map", map[int]int(nil), "#{}"},
		{"shared, not cyclic", [2]*point{{1, 2}, {1, 2}}, "[#{x => 1,y => 2},#{x => 1,y => 2}]"},
		{"map", map[string]int{"a": 1}, "#{[97] => 1}"},
		{"atom", term.Atom("ok"), "ok"},
		{"tuple", term.Tuple{term.Atom("a"), "s", true}, "{a,[115],true}"},
		{"nested list", term.List{term.List{"x"}}, "[[[120]]]"},
		{"pid", term.Pid{ID: 5}, "<0.5.0>"},
		{"nil pointer", (*point)(nil), "undefined"},
		{"big", new(big.Int).Lsh(big.NewInt(1), 100), "1267650600228229401496703205376"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := term.Sprint(ToTerm(reflect.ValueOf(tt.in)))
			if got != tt.want {
				t.Errorf("ToTerm(%#v) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestToTermUnconvertible(t *testing.T) {
	defer func() {
		e, ok := recover().(*term.Exception)
		want := term.Tuple{term.Atom("not_a_term"), term.String("chan int")}
		if !ok || !term.ExactEqual(e.Reason, want) {
			t.Errorf("recovered %v, want error {not_a_term,\"chan int\"}", e)
		}
	}()
	ToTerm(reflect.ValueOf(make(chan int)))
	t.Error("ToTerm of a channel returned")
}

func TestToTermRefuses(t *testing.T) {
	cyclicSlice := make([]any, 1)
	cyclicSlice[0] = cyclicSlice
	cyclicNode := &node{}
	cyclicNode.Next = cyclicNode
	cyclicMap := map[string]any{}
	cyclicMap["m"] = cyclicMap
	cyclicList := term.List{nil}
	cyclicList[0] = cyclicList
	deep := &node{}
	for i := 0; i < maxDepth; i++ {
		deep = &node{Next: deep}
	}
	tests := []struct {
		name string
		in   any
		want term.Term
	}{
		{"channel", make(chan int), term.Tuple{term.Atom("not_a_term"), term.String("chan int")}},
		{"slice holding itself", cyclicSlice, term.Tuple{term.Atom("cyclic_value"), term.String("[]interface {}")}},
		{"pointer cycle", cyclicNode, term.Tuple{term.Atom("cyclic_value"), term.String("*erl.node")}},
		{"map holding itself", cyclicMap, term.Tuple{term.Atom("cyclic_value"), term.String("map[string]interface {}")}},
		{"list holding itself", cyclicList, term.Tuple{term.Atom("cyclic_value"), term.String("erl.List")}},
		{"too deep", deep, term.Tuple{term.Atom("too_deep"), term.String("*erl.node")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				e, ok := recover().(*term.Exception)
				if !ok || !term.ExactEqual(e.Reason, tt.want) {
					t.Errorf("recovered %v, want error %s", e, term.Sprint(tt.want))
				}
			}()
			(*Context)(nil).AnyToTerm(tt.in)
			t.Error("the conversion returned")
		})
	}
}

func TestNormaliseSharesUnchangedTerms(t *testing.T) {
	c := (*Context)(nil)
	tu := term.Tuple{term.Atom("a"), 1, term.List{2}}
	got := c.AnyToTerm(tu).(term.Tuple)
	if &got[0] != &tu[0] {
		t.Error("a tuple of terms was copied")
	}
	mixed := term.Tuple{term.Atom("a"), "s"}
	got = c.AnyToTerm(mixed).(term.Tuple)
	if _, ok := mixed[1].(string); !ok {
		t.Error("normalising wrote into the original tuple")
	}
	if term.Sprint(got) != "{a,[115]}" {
		t.Errorf("got %s", term.Sprint(got))
	}
}

func TestNormaliseNested(t *testing.T) {
	c := (*Context)(nil)
	tests := []struct {
		name   string
		in     term.Term
		want   string // ~w
		shared bool   // the result is the input itself
	}{
		{"terms only", term.Tuple{term.Atom("a"), term.Pid{ID: 1}, 1.5, term.Tuple{2}}, "{a,<0.1.0>,1.5,{2}}", true},
		{"string two levels down", term.Tuple{1, term.List{term.Tuple{"x"}}}, "{1,[{[120]}]}", false},
		{"bool in a list", term.List{true, 1}, "[true,1]", false},
		{"nil element", term.Tuple{nil}, "{undefined}", false},
		{"go int8", term.List{int8(3)}, "[3]", false},
		{"empty tuple", term.Tuple{}, "{}", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.AnyToTerm(tt.in)
			if s := term.Sprint(got); s != tt.want {
				t.Errorf("AnyToTerm = %s, want %s", s, tt.want)
			}
			if shared := sameBacking(got, tt.in); shared != tt.shared {
				t.Errorf("result shares the input: %v, want %v", shared, tt.shared)
			}
		})
	}
}

// sameBacking reports whether two tuples or lists share their elements.
func sameBacking(a, b term.Term) bool {
	av, bv := reflect.ValueOf(a), reflect.ValueOf(b)
	if av.Kind() != reflect.Slice || bv.Kind() != reflect.Slice || av.Len() != bv.Len() {
		return false
	}
	return av.Len() == 0 || av.Pointer() == bv.Pointer()
}

// A message of terms crosses the boundary without being copied: Send
// converts every message it passes on.
func TestAnyToTermOfTermsAllocatesNothing(t *testing.T) {
	c := (*Context)(nil)
	var msg term.Term = term.Tuple{term.Pid{ID: 1}, 42, term.List{term.Atom("a")}}
	if n := testing.AllocsPerRun(100, func() { c.AnyToTerm(msg) }); n != 0 {
		t.Errorf("AnyToTerm allocated %v times", n)
	}
}

func TestFromTerm(t *testing.T) {
	type celsius float64
	tests := []struct {
		name string
		in   term.Term
		typ  reflect.Type
		want any // nil: must fail
	}{
		{"int", 7, reflect.TypeOf(0), 7},
		{"int8 overflow", 300, reflect.TypeOf(int8(0)), nil},
		{"uint negative", -1, reflect.TypeOf(uint(0)), nil},
		{"uint", 3, reflect.TypeOf(uint(0)), uint(3)},
		{"float from int", 2, reflect.TypeOf(0.0), 2.0},
		{"named float", 1.5, reflect.TypeOf(celsius(0)), celsius(1.5)},
		{"int from float", 2.0, reflect.TypeOf(0), nil},
		{"bool", term.True, reflect.TypeOf(false), true},
		{"bool from other atom", term.Atom("yes"), reflect.TypeOf(false), nil},
		{"string", term.String("héllo"), reflect.TypeOf(""), "héllo"},
		{"string from binary", term.Binary("b"), reflect.TypeOf(""), "b"},
		{"string from atom", term.Atom("a"), reflect.TypeOf(""), nil},
		{"string from improper", term.Improper{Elems: []term.Term{1}, Tail: 2}, reflect.TypeOf(""), nil},
		{"slice", term.List{1, 2}, reflect.TypeOf([]int(nil)), []int{1, 2}},
		{"slice bad element", term.List{1, term.Atom("x")}, reflect.TypeOf([]int(nil)), nil},
		{"bytes", term.Binary{1}, reflect.TypeOf([]byte(nil)), []byte{1}},
		{"struct", term.Tuple{1, 2}, reflect.TypeOf(point{}), point{1, 2}},
		{"struct wrong size", term.Tuple{1}, reflect.TypeOf(point{}), nil},
		{"struct from map", term.NewMap([]term.Term{term.Atom("x"), term.Atom("y")}, []term.Term{1, 2}), reflect.TypeOf(point{}), point{1, 2}},
		{"struct from map, missing field", term.NewMap([]term.Term{term.Atom("y")}, []term.Term{2}), reflect.TypeOf(point{}), point{0, 2}},
		{"struct from map, unknown key", term.NewMap([]term.Term{term.Atom("z")}, []term.Term{2}), reflect.TypeOf(point{}), nil},
		{"struct field names from map", term.NewMap([]term.Term{term.Atom("count"), term.Atom("http_code")}, []term.Term{1, 2}), reflect.TypeOf(fields{}), fields{Xcount: 1, HTTPCode: 2}},
		{"pointer to struct", term.NewMap([]term.Term{term.Atom("x")}, []term.Term{1}), reflect.TypeOf(&point{}), &point{X: 1}},
		{"nil pointer", term.Undefined, reflect.TypeOf(&point{}), (*point)(nil)},
		{"map", term.NewMap([]term.Term{term.Atom("k")}, []term.Term{1}), reflect.TypeOf(map[term.Atom]int(nil)), map[term.Atom]int{"k": 1}},
		{"term any", term.Atom("x"), reflect.TypeOf((*any)(nil)).Elem(), term.Atom("x")},
		{"atom type", term.Atom("x"), reflect.TypeOf(term.Atom("")), term.Atom("x")},
		{"atom type from int", 1, reflect.TypeOf(term.Atom("")), nil},
		{"pid", term.Pid{ID: 3}, reflect.TypeOf(term.Pid{}), term.Pid{ID: 3}},
		{"tuple type", term.Tuple{1}, reflect.TypeOf(term.Tuple(nil)), term.Tuple{1}},
		{"func without context", &term.Fun{Arity: 0}, reflect.TypeOf(func() {}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := FromTerm(tt.in, tt.typ)
			if tt.want == nil {
				if ok {
					t.Errorf("FromTerm(%s, %v) = %v, want failure", term.Sprint(tt.in), tt.typ, got)
				}
				return
			}
			if !ok {
				t.Fatalf("FromTerm(%s, %v) failed", term.Sprint(tt.in), tt.typ)
			}
			if !reflect.DeepEqual(got.Interface(), tt.want) {
				t.Errorf("FromTerm(%s, %v) = %#v, want %#v", term.Sprint(tt.in), tt.typ, got.Interface(), tt.want)
			}
		})
	}
}

func TestResultTerm(t *testing.T) {
	c := (*Context)(nil)
	tests := []struct {
		out  []any
		want string
	}{
		{nil, "ok"},
		{[]any{3}, "3"},
		{[]any{term.Pid{ID: 1}, term.Ref{ID: 2}}, "{<0.1.0>,#Ref<0.0.0.2>}"},
		{[]any{2, errNil}, "{ok,2}"},
		{[]any{errors.New("division by zero")}, `{error,"division by zero"}`},
		{[]any{errNil}, "ok"},
		{[]any{1, "a", errNil}, `{ok,1,"a"}`},
		{[]any{0, errors.New("no")}, `{error,"no"}`},
	}
	for _, tt := range tests {
		vals := make([]reflect.Value, len(tt.out))
		for i, o := range tt.out {
			if o == errNil {
				vals[i] = reflect.Zero(errorType)
				continue
			}
			if err, ok := o.(error); ok {
				vals[i] = reflect.ValueOf(&err).Elem() // static type error, as a Go call returns it
				continue
			}
			vals[i] = reflect.ValueOf(o)
		}
		if got, _ := term.Format("~p", []term.Term{c.ResultTerm(vals)}, 0); got != tt.want {
			t.Errorf("ResultTerm(%v) = %s, want %s", tt.out, got, tt.want)
		}
	}
}

// errNil stands for a nil error result in TestResultTerm's table.
const errNil = "<nil error>"

func TestErrorResultsFromFun(t *testing.T) {
	typ := reflect.TypeOf(func() (int, error) { return 0, nil })
	c := (*Context)(nil)
	tests := []struct {
		res     term.Term
		wantN   int
		wantErr string
	}{
		{term.Tuple{term.OK, 3}, 3, ""},
		{term.Tuple{term.Atom("error"), term.String("bad")}, 0, "bad"},
		{term.Tuple{term.Atom("error"), term.Atom("enoent")}, 0, "enoent"},
	}
	for _, tt := range tests {
		out := c.results(tt.res, typ)
		err, _ := out[1].Interface().(error)
		if out[0].Int() != int64(tt.wantN) || (err == nil) != (tt.wantErr == "") || err != nil && err.Error() != tt.wantErr {
			t.Errorf("results(%s) = %v, %v; want %d, %q", term.Sprint(tt.res), out[0], err, tt.wantN, tt.wantErr)
		}
	}
}
