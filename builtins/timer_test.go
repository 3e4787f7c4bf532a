package builtins

import (
	"testing"

	"goerl/term"
)

func TestTimerBIFs(t *testing.T) {
	runCalls(t, []call{
		{"timer", "minutes", []term.Term{2}, "120000"},
		{"timer", "hours", []term.Term{1}, "3600000"},
		{"timer", "hms", []term.Term{1, 1, 1}, "3661000"},
	})
}
