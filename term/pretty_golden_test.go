package term

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// goldenCase is one "### MODE COLUMN TERM" block of
// testdata/pretty_golden.txt, written by a real erl (OTP 25) with
// testdata/golden.escript.
type goldenCase struct {
	mode, text string
	column     int
	want       string
}

func readGolden(t *testing.T, path string) []goldenCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	// Every block ends with the output and a newline, which the
	// separator of the next block (or the end of the file) takes.
	text := strings.TrimSuffix(strings.TrimPrefix(string(data), "### "), "\n")
	for _, block := range strings.Split(text, "\n### ") {
		header, want, _ := strings.Cut(block, "\n")
		fields := strings.SplitN(header, " ", 3)
		col, err := strconv.Atoi(fields[1])
		if err != nil {
			t.Fatalf("bad header %q", header)
		}
		cases = append(cases, goldenCase{mode: fields[0], column: col, text: fields[2], want: want})
	}
	return cases
}

func TestGoldenFromErl(t *testing.T) {
	cases := readGolden(t, "testdata/pretty_golden.txt")
	if len(cases) < 100 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		v, err := parseTerm(c.text)
		if err != nil {
			t.Errorf("%s: %v", c.text, err)
			continue
		}
		var got string
		switch c.mode {
		case "shell":
			got = Pretty(v, ShellOptions(c.column))
		case "p":
			got = PrettyString(v, c.column)
		case "w":
			got = Sprint(v)
		default:
			t.Fatalf("unknown mode %q", c.mode)
		}
		if got != c.want {
			t.Errorf("%s %d %s:\n got: %s\nwant: %s", c.mode, c.column, c.text, got, c.want)
		}
	}
}
