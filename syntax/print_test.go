package syntax

import "testing"

func TestFormatIndentedMatchesErlPP(t *testing.T) {
	for _, c := range append(append(erlPrintCases, erlPrintCasesMore...), erlPrintCasesLong...) {
		exprs, err := ParseForm(c.src + ".")
		if err != nil {
			t.Errorf("indent %d: ParseForm(%q): %v", c.indent, c.src, err)
			continue
		}
		if got := FormatIndented(exprs, c.indent); got != c.want {
			t.Errorf("indent %d: %s\n got:\n%s\nwant:\n%s", c.indent, c.src, got, c.want)
		}
	}
}

// TestHistoryEntryMatchesErlShell compares with the command lines of a
// real erl's h() listing (OTP 25, captured in a terminal). The shell
// itself rewrites v(-1) into v(9) before it stores a command.
func TestHistoryEntryMatchesErlShell(t *testing.T) {
	cases := []struct {
		n         int
		src, want string
	}{
		{1, `X = 3, 4`, `1: X = 3, 4`},
		{2, `if false -> a; true -> b end`, "2: if\n       false ->\n           a;\n       true ->\n           b\n   end"},
		{3, `fun(X) -> X end`, "3: fun(X) ->\n          X\n   end"},
		{4, `-a`, `4: -a`},
		{5, `1 / 2`, `5: 1 / 2`},
		{6, `io:format("bad~n", [x])`, `6: io:format("bad~n", [x])`},
		{7, `receive X -> X after 100 -> timeout end`, "7: receive\n       X ->\n           X\n   after\n       100 -> timeout\n   end"},
		{8, `catch fun(X) -> X end(1, 2)`, "8: catch\n       fun(X) ->\n              X\n       end(1, 2)"},
		{9, `[1,2,3]`, `9: [1, 2, 3]`},
		{10, `v(9)`, `10: v(9)`},
		{11, `case 1 of 1 -> "a long string that will need to be broken somewhere around here"; _ -> b end`,
			"11: case 1 of\n        1 ->\n            \"a long string that will need to be broken somewhere around\"\n" +
				"            \" here\";\n        _ ->\n            b\n    end"},
		{29, `if false -> a end`, "29: if\n        false ->\n            a\n    end"},
		{31, `fun(X) -> X end(1, 2)`, "31: fun(X) ->\n           X\n    end(1, 2)"},
		{44, `receive X -> X after 100 -> timeout end`, "44: receive\n        X ->\n            X\n    after\n        100 -> timeout\n    end"},
	}
	for _, c := range cases {
		exprs, err := ParseForm(c.src + ".")
		if err != nil {
			t.Fatalf("ParseForm(%q): %v", c.src, err)
		}
		if got := HistoryEntry(c.n, exprs); got != c.want {
			t.Errorf("%d: %s\n got:\n%s\nwant:\n%s", c.n, c.src, got, c.want)
		}
	}
}

// TestFormatExprMatchesErlPP compares with erl_pp:expr/2 (indentation 0,
// Unicode), which the shell also uses for "v(N): command not found".
func TestFormatExprMatchesErlPP(t *testing.T) {
	cases := []struct{ src, want string }{
		{`-1`, `-1`},
		{`v(12)`, `v(12)`},
		{`e(foo)`, `e(foo)`},
		{`{a, "b", $c, 1.5}`, `{a, "b", $c, 1.5}`},
		{`fun(X) -> X end`, "fun(X) ->\n       X\nend"},
		{`case X of 1 -> a end`, "case X of\n    1 ->\n        a\nend"},
	}
	for _, c := range cases {
		exprs, err := ParseForm(c.src + ".")
		if err != nil {
			t.Fatalf("ParseForm(%q): %v", c.src, err)
		}
		if got := FormatExpr(exprs[0]); got != c.want {
			t.Errorf("%s\n got:\n%s\nwant:\n%s", c.src, got, c.want)
		}
	}
}

func BenchmarkHistoryEntry(b *testing.B) {
	exprs, err := ParseForm(`Result = lists:map(fun(X) -> X * 2 end, lists:filter(fun(X) -> X rem 2 =:= 0 end, lists:seq(1, 100))).`)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		HistoryEntry(12, exprs)
	}
}
