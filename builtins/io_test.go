package builtins

import (
	"testing"

	"goerl/term"
)

func TestIOBIFs(t *testing.T) {
	runCalls(t, []call{
		{"io", "get_line", []term.Term{str("x> ")}, "eof"},
	})
}
