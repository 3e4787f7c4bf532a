package exception

import (
	"strconv"
	"strings"

	"goerl/term"
)

// pp is shell:pp/3 as erl_error calls it for exception reasons and
// arguments: io_lib_pretty with the shell's options (line length 80,
// depth 30, at most 60 characters of a term per line, strings, the
// terminal's Unicode encoding), starting at a 1-based column.
func (x exceptionText) pp(t term.Term, column int) string {
	o := term.ShellOptions(column)
	o.Records = x.records
	return term.Pretty(t, o)
}

// countLines is erl_error's count_nl/1: the number of line breaks in s.
func countLines(s string) int { return strings.Count(s, "\n") }

// runeLen is the printed width of s in characters (string:length/1).
func runeLen(s string) int { return len([]rune(s)) }

// itoa is strconv.Itoa, short for the many arities and line numbers the
// formatter writes.
func itoa(n int) string { return strconv.Itoa(n) }
