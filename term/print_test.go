package term

import (
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// Expected strings below were read off a real erl (OTP 25) or, for refs
// and shell funs whose numbers differ in goerl, derived from terms of the
// same width.
func TestSprintOurTerms(t *testing.T) {
	big1, _ := new(big.Int).SetString("1267650600228229401496703205376", 10)
	cases := []struct {
		in   Term
		want string
	}{
		{Ref{ID: 7}, "#Ref<0.0.0.7>"},
		{Port{ID: 0}, "#Port<0.0>"},
		{Pid{ID: 82}, "<0.82.0>"},
		{&Fun{Module: "erl_eval", Index: 42, Uniq: 3316493}, "#Fun<erl_eval.42.3316493>"},
		{&Fun{Module: "t", Name: "nope", External: true}, "fun t:nope/0"},
		{big1, "1267650600228229401496703205376"},
		{Tuple{Atom("EXIT"), Pid{ID: 85}, Atom("boom")}, "{'EXIT',<0.85.0>,boom}"},
		{Improper{Elems: []Term{1, 2}, Tail: 3}, "[1,2|3]"},
		{Atom("with\x01ctl"), `'with\001ctl'`},
	}
	for _, c := range cases {
		if got := Sprint(c.in); got != c.want {
			t.Errorf("Sprint(%#v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestShellGotWithOurRef(t *testing.T) {
	// A real ref is 36 characters wide here; ours is shorter, so the
	// layout is derived from the golden case with an atom of our width.
	down := Tuple{Atom("DOWN"), Ref{ID: 12345}, Atom("process"), Pid{ID: 89}, Atom("killed")}
	if got, want := PrettyString(down, 11), "{'DOWN',#Ref<0.0.0.12345>,process,<0.89.0>,killed}"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	long := Tuple{Atom("DOWN"), Ref{ID: 12345}, Atom("process"), Tuple{Atom("nobody"), Atom("nonode@nohost")}, Atom("a_reason_long_enough_to_wrap")}
	want := "{'DOWN',#Ref<0.0.0.12345>,process,\n" +
		"                  {nobody,nonode@nohost},\n" +
		"                  a_reason_long_enough_to_wrap}"
	got, err := Format("Shell got ~p", []Term{long}, 0)
	if err != nil || got != "Shell got "+want {
		t.Errorf("got %q (%v), want %q", got, err, "Shell got "+want)
	}
}

func TestShellPrintExamples(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{`[104,105]`, `"hi"`},
		{`""`, `[]`},
		{`[[104,105],[1,2]]`, `["hi",[1,2]]`},
		{`{a_long_atom_name,[another_long_atom,yet_another_long_atom,"some string here"],{nested,tuple,with,many,elements}}`,
			"{a_long_atom_name,[another_long_atom,yet_another_long_atom,\n" +
				"                   \"some string here\"],\n" +
				"                  {nested,tuple,with,many,elements}}"},
		{`[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]`,
			"[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,\n 23,24,25,26,27,28,29|...]"},
	}
	for _, c := range cases {
		if got := ShellPrint(mustParse(c.in)); got != c.want {
			t.Errorf("ShellPrint(%s):\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestStringHelpers(t *testing.T) {
	printable := []struct {
		in   Term
		want bool
	}{
		{String("hi"), true},
		{List{}, true},
		{List{104, 105, 0}, false},
		{List{255}, true},
		{List{256}, false},
		{List{Atom("a")}, false},
		{Improper{Elems: []Term{104}, Tail: 105}, false},
		{Binary("hi"), false},
	}
	for _, c := range printable {
		if got := IsPrintableList(c.in); got != c.want {
			t.Errorf("IsPrintableList(%s) = %v", Sprint(c.in), got)
		}
	}
	goStrings := []struct {
		in   Term
		want string
		ok   bool
	}{
		{String("été"), "été", true},
		{List{String("a"), Binary("bc"), List{List{100}}}, "abcd", true},
		{Atom("x"), "x", true},
		{List{-1}, "", false},
		{Tuple{}, "", false},
		{List{Atom("a")}, "", false},
	}
	for _, c := range goStrings {
		got, ok := ToGoString(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ToGoString(%s) = %q, %v", Sprint(c.in), got, ok)
		}
	}
	if got := Text(Tuple{Atom("a")}); got != "{a}" {
		t.Errorf("Text = %q", got)
	}
}

func TestFormatErrorValues(t *testing.T) {
	_, err := Format("bad~n", []Term{Atom("x")}, 0)
	fe, ok := err.(*FormatError)
	if !ok || fe.Kind != WrongArgCount || fe.Error() != "argument 1: wrong number of arguments" {
		t.Fatalf("got %#v", err)
	}
	_, err = Format(Tuple{}, nil, 0)
	if fe, ok := err.(*FormatError); !ok || fe.Kind != InvalidFormat {
		t.Fatalf("got %#v", err)
	}
	if out, err := Format(String("~s and ~s"), []Term{Atom("a"), Binary("b")}, 0); err != nil || out != "a and b" {
		t.Fatalf("got %q, %v", out, err)
	}
}

// randomTerm builds terms the test parser can read back.
func randomTerm(r *rand.Rand, depth int) Term {
	n := r.Intn(10)
	if depth == 0 {
		n %= 4
	}
	switch n {
	case 0:
		return r.Intn(2000) - 1000
	case 1:
		return Atom([]string{"a", "Abc", "hello world", "été", "case", "", "x@y"}[r.Intn(7)])
	case 2:
		return (r.Float64() - 0.5) * float64(int(1)<<uint(r.Intn(60)))
	case 3:
		return Pid{ID: r.Intn(100)}
	case 4, 5:
		l := List{}
		for i := r.Intn(6); i > 0; i-- {
			l = append(l, randomTerm(r, depth-1))
		}
		return l
	case 6, 7:
		tp := Tuple{}
		for i := r.Intn(5); i > 0; i-- {
			tp = append(tp, randomTerm(r, depth-1))
		}
		return tp
	case 8:
		b := Binary{}
		for i := r.Intn(5); i > 0; i-- {
			b = append(b, byte(r.Intn(256)))
		}
		return b
	default:
		var ks, vs []Term
		for i := r.Intn(4); i > 0; i-- {
			ks, vs = append(ks, randomTerm(r, depth-1)), append(vs, randomTerm(r, depth-1))
		}
		return NewMap(ks, vs)
	}
}

// Printing and reading back gives the same term, and the pretty layouts
// differ from ~w only in whitespace when strings are off.
func TestPrintRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		v := randomTerm(r, 4)
		text := Sprint(v)
		back, err := parseTerm(text)
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		if !ExactEqual(back, v) {
			t.Fatalf("%s read back as %s", text, Sprint(back))
		}
		pretty := Pretty(v, PrettyOptions{Column: 1 + r.Intn(40), LineLength: 80, Encoding: Unicode})
		if squeeze(pretty) != squeeze(text) {
			t.Fatalf("pretty %q differs from %q", pretty, text)
		}
		for _, line := range strings.Split(pretty, "\n")[1:] {
			if strings.TrimLeft(line, " ") == "" {
				t.Fatalf("empty continuation line in %q", pretty)
			}
		}
	}
}

// squeeze drops the layout whitespace that Pretty adds: line breaks with
// their indentation, and the space after => that a broken pair loses (no
// generated atom holds a newline).
func squeeze(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			line = strings.TrimLeft(line, " ")
		}
		b.WriteString(line)
	}
	return strings.ReplaceAll(b.String(), " => ", " =>")
}

func BenchmarkShellPrint1000(b *testing.B) {
	l := make(List, 1000)
	for i := range l {
		l[i] = Tuple{i, Atom("item"), String("text")}
	}
	b.ReportAllocs()
	for b.Loop() {
		ShellPrint(l)
	}
}

func BenchmarkPrettyString1000(b *testing.B) {
	l := make(List, 1000)
	for i := range l {
		l[i] = Tuple{i, Atom("item"), String("text")}
	}
	b.ReportAllocs()
	for b.Loop() {
		PrettyString(l, 1)
	}
}
