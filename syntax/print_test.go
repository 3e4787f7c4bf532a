package syntax

import "testing"

func TestFormatIndentedMatchesErlPP(t *testing.T) {
	for _, c := range erlPrintCases {
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
