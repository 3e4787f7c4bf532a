package syntax

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestParseTree(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1.", "1"},
		{"X = 1, X + 1.", "(= X 1) (+ X 1)"},
		{"1 + 2 * 3 - 4.", "(- (+ 1 (* 2 3)) 4)"},
		{"- 2 * 3.", "(* (- 2) 3)"},
		{"- - 1.", "(- (- 1))"},
		{"a ++ b ++ c.", "(++ a (++ b c))"},
		{"A = B = 1.", "(= A (= B 1))"},
		{"X = catch 1.", "(= X (catch 1))"},
		{"1 + catch 2 + 3.", "(+ 1 (catch (+ 2 3)))"},
		{"catch 1 = 2.", "(catch (= 1 2))"},
		{"P ! hi, ok.", "(! P hi) ok"},
		{"a andalso b orelse c.", "(orelse (andalso a b) c)"},
		{"not a and b.", "(and (not a) b)"},
		{"1 < 2 andalso 2 >= 1.", "(andalso (< 1 2) (>= 2 1))"},
		{"16#ff + 2#101 + 1_000 + 36#zz.", "(+ (+ (+ 255 5) 1000) 1295)"},
		{"123456789012345678901234567890.", "123456789012345678901234567890"},
		{"1.0e10 + 1.2_3.", "(+ 1.0e10 1.23)"},
		{"[$a, $\\n, $\\s, $\\x{41}, $\\101, $\\^a].", "[$97 $10 $32 $65 $65 $1]"},
		{`"a\tb" "c".`, `"a\tbc"`},
		{`"\d\e\q\7777".`, `"\d\eq` + "\u01ff" + `7"`},
		{"'hello world'.", "'hello world'"},
		{"{}.", "{}"},
		{"{a, {b}, []}.", "{a {b} []}"},
		{"[1, 2 | T].", "[1 2 | T]"},
		{"#{a => 1, b := 2}.", "(map nil (=> a 1) (:= b 2))"},
		{"M#{a := 1}#{b => 2}.", "(map (map M (:= a 1)) (=> b 2))"},
		{"<<>>.", "(bin)"},
		{`<<"abc", 1, X:8, R/binary, F:32/float-little, U/utf8, Y:4/unit:8>>.`,
			`(bin ("abc" nil) (1 nil) (X 8) (R nil binary) (F 32 float little) (U nil utf8) (Y 4 unit:8))`},
		{"<<-1>>.", "(bin ((- 1) nil))"},
		{"m:f(1, 2).", "(call m:f 1 2)"},
		{"M:F().", "(call M:F)"},
		{"(fun(X) -> X end)(1).", "(call (fun (clause (X) X)) 1)"},
		{"fun(X) -> X end(1).", "(call (fun (clause (X) X)) 1)"},
		{"F(1).", "(call F 1)"},
		{"self().", "(call self)"},
		{"fun lists:map/2.", "(funref lists:map/2)"},
		{"fun M:F/A.", "(funref M:F/A)"},
		{"fun foo/1.", "(funref foo/1)"},
		{"fun (X) when X > 0; X < -5 -> x; (_) -> y end.",
			"(fun (clause (X) (when ((> X 0)) ((< X (- 5)))) x) (clause (_) y))"},
		{"fun F(0) -> 0; F(N) -> N + F(N - 1) end.",
			"(fun F (clause (0) 0) (clause (N) (+ N (call F (- N 1)))))"},
		{"begin 1, 2 end.", "(begin 1 2)"},
		{"case X of {a, Y} when Y > 1, Y < 5 -> Y; _ -> 0 end.",
			"(case X (clause ({a Y}) (when ((> Y 1) (< Y 5))) Y) (clause (_) 0))"},
		{"if X > 1 -> a; true -> b end.", "(if (clause () (when ((> X 1))) a) (clause () (when (true)) b))"},
		{"receive X -> X after 100 -> timeout end.", "(receive (clause (X) X) (after 100 timeout))"},
		{"receive after infinity -> ok end.", "(receive  (after infinity ok))"},
		{"try f() of 1 -> a catch throw:X -> X; error:R:S when R > 1 -> S; Y -> Y after ok end.",
			"(try ((call f)) (of (clause (1) a)) (catch (clause (throw X _) X) (clause (error R S) (when ((> R 1))) S) (clause (throw Y _) Y)) (after ok))"},
		{"try a after b end.", "(try (a) (after b))"},
		{"try a catch C:R -> {C, R} end.", "(try (a) (catch (clause (C R _) {C R})))"},
		{"[X * 2 || X <- L, X > 1].", "(lc (* X 2) (<- X L) (> X 1))"},
		{"[{X, Y} || X <- [1,2], Y <- [a]].", "(lc {X Y} (<- X [1 2]) (<- Y [a]))"},
		{"<< <<(X+1)>> || <<X>> <= B >>.", "(bc (bin ((+ X 1) nil)) (<= (bin (X nil)) B))"},
		{"[X || <<X>> <= <<1,2>>].", "(lc X (<= (bin (X nil)) (bin (1 nil) (2 nil))))"},
		{`"ab" ++ T = "abc".`, `(= (++ "ab" T) "abc")`},
		{"#r{a = 1}.", "(record nil r )"},
		{"X#r.a.", "(record X r a)"},
		{"1 % comment\n + 2.", "(+ 1 2)"},
		{"f(X).", "(call f X)"},
		{"'case'(1).", "(call 'case' 1)"},
	}
	for _, tt := range tests {
		es, err := ParseForm(tt.in)
		if err != nil {
			t.Errorf("ParseForm(%q): %v", tt.in, err)
			continue
		}
		if got := sexprs(es); got != tt.want {
			t.Errorf("ParseForm(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestParseErrors reads testdata/errors.txt: chunks of a form and the
// error erl prints for it.
func TestParseErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/errors.txt")
	if err != nil {
		t.Fatal(err)
	}
	chunks := strings.Split(string(data), "\n---\n")
	if len(chunks) < 50 {
		t.Fatalf("only %d chunks in testdata/errors.txt", len(chunks))
	}
	for _, chunk := range chunks {
		var form, want []string
		for _, line := range strings.Split(chunk, "\n") {
			switch {
			case strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "###") && len(form) == 0 && !strings.HasPrefix(line, "#{"):
			case strings.HasPrefix(line, "### "):
				want = append(want, strings.TrimPrefix(line, "### "))
			default:
				form = append(form, line)
			}
		}
		if len(want) != 1 {
			t.Fatalf("chunk %q: want one expectation", chunk)
		}
		text := strings.Join(form, "\n") + "\n"
		_, perr := ParseForm(text)
		var se *Error
		if !errors.As(perr, &se) {
			t.Errorf("ParseForm(%q) = %v, want error %q", text, perr, want[0])
			continue
		}
		if got := se.Error(); got != want[0] {
			t.Errorf("ParseForm(%q)\n got %s\nwant %s", text, got, want[0])
		}
	}
}
