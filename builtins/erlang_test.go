package builtins

import (
	"math/big"
	"strings"
	"testing"

	"goerl/exception"
	"goerl/term"
)

func TestProcessDictionary(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	runCalls(t, []call{
		{"erlang", "get", nil, "[]"},
		{"erlang", "put", []term.Term{a("a"), 1}, "undefined"},
		{"erlang", "put", []term.Term{a("b"), 2}, "undefined"},
		{"erlang", "put", []term.Term{a("a"), 9}, "1"},
		{"erlang", "put", []term.Term{1, 2}, "undefined"},
		{"erlang", "get", []term.Term{a("a")}, "9"},
		{"erlang", "get", []term.Term{1.0}, "undefined"}, // keys compare with =:=
		{"erlang", "get", nil, "[{a,9},{b,2},{1,2}]"},
		{"erlang", "get_keys", nil, "[a,b,1]"},
		{"erlang", "get_keys", []term.Term{2}, "[b,1]"},
		{"erlang", "erase", []term.Term{a("b")}, "2"},
		{"erlang", "erase", []term.Term{a("b")}, "undefined"},
		{"erlang", "erase", nil, "[{a,9},{1,2}]"},
		{"erlang", "get", nil, "[]"},
	})
	// A new process starts with an empty dictionary.
	runCalls(t, []call{{"erlang", "get", []term.Term{a("a")}, "undefined"}})
}

func TestErlangBIFs(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	bin := term.Binary{1, 2, 3, 4}
	out := runCalls(t, []call{
		{"erlang", "raise", []term.Term{a("foo"), a("r"), term.List{}}, "badarg"},
		{"erlang", "insert_element", []term.Term{2, term.Tuple{a("a"), a("b")}, a("x")}, "{a,x,b}"},
		{"erlang", "insert_element", []term.Term{3, term.Tuple{a("a"), a("b")}, a("x")}, "{a,b,x}"},
		{"erlang", "delete_element", []term.Term{2, term.Tuple{a("a"), a("b"), a("c")}}, "{a,c}"},
		{"erlang", "binary_part", []term.Term{bin, 1, 2}, "<<2,3>>"},
		{"erlang", "binary_part", []term.Term{bin, 4, -2}, "<<3,4>>"},
		{"erlang", "binary_to_float", []term.Term{term.Binary("1.5")}, "1.5"},
		{"erlang", "bit_size", []term.Term{term.Binary{1, 2}}, "16"},
		{"erlang", "unique_integer", nil, "-576460752303423487"},
		{"erlang", "unique_integer", nil, "-576460752303423486"},
		{"erlang", "unique_integer", []term.Term{term.List{a("positive")}}, "1"},
		{"erlang", "yield", nil, "true"},
		{"erlang", "system_info", []term.Term{a("otp_release")}, `[50,53]`},
		{"erlang", "system_info", []term.Term{a("process_count")}, "1"},
		{"erlang", "fun_info", []term.Term{&term.Fun{Module: "lists", Name: "map", Arity: 2, External: true}, a("type")}, "{type,external}"},
		{"erlang", "localtime", nil, "{{2026,1,1},{12,0,0}}"},
		{"erlang", "display", []term.Term{term.Tuple{a("a"), str("x"), term.Binary("b"), 1.5, term.List{}, term.Improper{Elems: []term.Term{1}, Tail: 2}}}, "true"},
		{"erlang", "phash2", []term.Term{a("foo"), 1}, "0"},
	})
	if want := "{a,\"x\",<<98>>,1.500000e+00,[],[1|2]}\n"; out != want {
		t.Errorf("display printed %q, want %q", out, want)
	}
}

func TestErlangBIFErrors(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	tests := []struct {
		fun  string
		args []term.Term
		want string
	}{
		{"raise", []term.Term{a("exit"), a("r"), term.List{}}, "** exception exit: r"},
		{"delete_element", []term.Term{4, term.Tuple{1, 2, 3}}, "** exception error: bad argument"},
		{"binary_part", []term.Term{term.Binary{1, 2}, 2, 1}, "** exception error: bad argument"},
		{"binary_to_float", []term.Term{term.Binary("1")}, "** exception error: bad argument"},
		{"memory", []term.Term{a("foo")}, "** exception error: bad argument"},
		{"binary_to_term", []term.Term{term.Binary{1, 2}}, "** exception error: bad argument"},
		{"term_to_binary", []term.Term{&term.Fun{Arity: 0}}, "** exception error: bad argument"},
	}
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	for _, tt := range tests {
		exc := catchException(t, func() { d.CallMFA(nil, "erlang", term.Atom(tt.fun), tt.args) })
		got := exception.Format(exc.Class, exc.Reason, exc.Stack)
		if first, _, _ := strings.Cut(got, "\n"); first != tt.want {
			t.Errorf("erlang:%s%s: %s, want %s", tt.fun, term.Sprint(term.List(tt.args)), first, tt.want)
		}
	}
}

// TestExternalTermFormat checks term_to_binary's bytes against erl's and
// that binary_to_term reads them back.
func TestExternalTermFormat(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	big70 := new(big.Int).Lsh(big.NewInt(1), 70)
	tests := []struct {
		t    term.Term
		want []byte // from OTP 25's term_to_binary
	}{
		{a("foo"), []byte{131, 100, 0, 3, 102, 111, 111}},
		{a("ä"), []byte{131, 100, 0, 1, 228}},
		{a("日"), []byte{131, 119, 3, 230, 151, 165}},
		{term.Tuple{a("a"), 1, str("ab"), term.Improper{Elems: []term.Term{1, 2}, Tail: 3}, term.Binary{1, 2},
			term.NewMap([]term.Term{a("a")}, []term.Term{1}), 1.5, -5, 300, big70, new(big.Int).Neg(big70),
			term.List{}, str(""), term.List{300}},
			[]byte{131, 104, 14, 100, 0, 1, 97, 97, 1, 107, 0, 2, 97, 98, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3, 109, 0, 0,
				0, 2, 1, 2, 116, 0, 0, 0, 1, 100, 0, 1, 97, 97, 1, 70, 63, 248, 0, 0, 0, 0, 0, 0, 98, 255, 255, 255, 251,
				98, 0, 0, 1, 44, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 64, 106, 106,
				108, 0, 0, 0, 1, 98, 0, 0, 1, 44, 106}},
		{term.NewMap([]term.Term{a("b"), a("a"), 1}, []term.Term{1, 2, a("x")}),
			[]byte{131, 116, 0, 0, 0, 3, 97, 1, 100, 0, 1, 120, 100, 0, 1, 97, 97, 2, 100, 0, 1, 98, 97, 1}},
		{1 << 31, []byte{131, 110, 4, 0, 0, 0, 0, 128}},
		{-(1 << 31), []byte{131, 98, 128, 0, 0, 0}},
		{term.Pid{ID: 9}, []byte{131, 88, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		got, ok := encodeTerm(tt.t)
		if !ok || string(got) != string(tt.want) {
			t.Errorf("term_to_binary(%s) = %v, want %v", term.Sprint(tt.t), got, tt.want)
			continue
		}
		back, ok := decodeTerm(got)
		if !ok || !term.ExactEqual(back, tt.t) {
			t.Errorf("binary_to_term(term_to_binary(%s)) = %v, %v", term.Sprint(tt.t), back, ok)
		}
	}
	for _, bad := range [][]byte{{}, {131}, {130, 97, 1}, {131, 97}, {131, 97, 1, 2}, {131, 108, 255, 255, 255, 255}} {
		if _, ok := decodeTerm(bad); ok {
			t.Errorf("binary_to_term(%v) decoded", bad)
		}
	}
}

func TestExistingAtoms(t *testing.T) {
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	exc := catchException(t, func() { d.CallMFA(nil, "erlang", "list_to_existing_atom", []term.Term{str("zzzqqq")}) })
	want := lines("** exception error: bad argument",
		"     in function  list_to_existing_atom/1",
		"        called as list_to_existing_atom(\"zzzqqq\")",
		"        *** argument 1: not an already existing atom")
	if got := exception.Format(exc.Class, exc.Reason, exc.Stack); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, known := range []string{"ok", "lists", "seq"} {
		if r := d.CallMFA(nil, "erlang", "list_to_existing_atom", []term.Term{str(known)}); r != term.Atom(known) {
			t.Errorf("list_to_existing_atom(%q) = %v", known, r)
		}
	}
	d.CallMFA(nil, "erlang", "list_to_atom", []term.Term{str("zzzqqq")})
	d.NoteAtoms(term.Tuple{term.Atom("typed_in_shell")})
	for _, made := range []string{"zzzqqq", "typed_in_shell"} {
		if r := d.CallMFA(nil, "erlang", "binary_to_existing_atom", []term.Term{term.Binary(made)}); r != term.Atom(made) {
			t.Errorf("binary_to_existing_atom(%q) = %v", made, r)
		}
	}
}
