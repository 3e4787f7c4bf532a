package term

import (
	"errors"
	"strings"
	"testing"
)

// formatOutcome renders Format's result the way golden.escript writes
// erl's: the text, or "!error N: explanation" lines.
func formatOutcome(out string, err error) string {
	if err == nil {
		return out
	}
	var fe *FormatError
	if !errors.As(err, &fe) {
		return "!unexpected " + err.Error()
	}
	s := "!error " + itoa(fe.Arg) + ": " + strings.Join(fe.Lines, "\n")
	if fe.Hint != "" {
		s += "\n!error general: " + fe.Hint
	}
	return s
}

func TestFormatGoldenFromErl(t *testing.T) {
	cases := readGolden(t, "testdata/format_golden.txt")
	if len(cases) < 80 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		v, err := parseTerm(c.text)
		if err != nil {
			t.Errorf("%s: %v", c.text, err)
			continue
		}
		call := v.(Tuple)
		args := call[1].(List)
		got := formatOutcome(Format(call[0], args, c.column))
		if got != c.want {
			t.Errorf("Format %s at %d:\n got: %q\nwant: %q", c.text, c.column, got, c.want)
		}
	}
}
