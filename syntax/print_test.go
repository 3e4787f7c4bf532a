package syntax

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// ppCase is one "### INDENT SOURCE" chunk of testdata/erl_pp_golden.txt:
// what erl_pp:exprs(Exprs, Indent, [{encoding, unicode}]) printed on OTP
// 25 for the source, as testdata/erl_pp.escript writes it from
// testdata/erl_pp_cases.txt.
type ppCase struct {
	line   int // of the ### header, for failures
	indent int
	src    string
	want   string
}

func readPPGolden(t *testing.T, path string) []ppCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []ppCase
	var body []string
	flush := func() {
		if len(cases) > 0 {
			cases[len(cases)-1].want = strings.Join(body, "\n")
		}
		body = nil
	}
	for i, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		head, ok := strings.CutPrefix(l, "### ")
		if !ok {
			body = append(body, l)
			continue
		}
		flush()
		in, src, _ := strings.Cut(head, " ")
		n, err := strconv.Atoi(in)
		if err != nil {
			t.Fatalf("%s:%d: bad indent %q", path, i+1, in)
		}
		cases = append(cases, ppCase{line: i + 1, indent: n, src: src})
	}
	flush()
	return cases
}

func TestFormatIndentedMatchesErlPP(t *testing.T) {
	const golden = "testdata/erl_pp_golden.txt"
	cases := readPPGolden(t, golden)
	if len(cases) < 900 {
		t.Fatalf("only %d cases in %s", len(cases), golden)
	}
	for _, c := range cases {
		exprs, err := ParseForm(c.src + ".")
		if err != nil {
			t.Errorf("%s:%d: ParseForm(%q): %v", golden, c.line, c.src, err)
			continue
		}
		if got := FormatIndented(exprs, c.indent); got != c.want {
			t.Errorf("%s:%d: indent %d: %s\n got:\n%s\nwant:\n%s", golden, c.line, c.indent, c.src, got, c.want)
		}
	}
}

// TestPPGoldenCoversCases: the golden file was written from the cases
// file as it is now (every source at every indentation it lists, in
// order), so a case added without rerunning erl_pp.escript fails here.
func TestPPGoldenCoversCases(t *testing.T) {
	data, err := os.ReadFile("testdata/erl_pp_cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "%") {
			continue
		}
		indents, src, _ := strings.Cut(l, " ")
		for _, in := range strings.Split(indents, ",") {
			want = append(want, in+" "+src)
		}
	}
	var have []string
	for _, c := range readPPGolden(t, "testdata/erl_pp_golden.txt") {
		have = append(have, strconv.Itoa(c.indent)+" "+c.src)
	}
	if strings.Join(have, "\n") != strings.Join(want, "\n") {
		t.Errorf("testdata/erl_pp_golden.txt is stale (%d chunks for %d cases): rerun testdata/erl_pp.escript", len(have), len(want))
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
