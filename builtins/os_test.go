package builtins

import (
	"testing"

	"goerl/term"
)

func TestOSBIFs(t *testing.T) {
	runCalls(t, []call{
		{"os", "type", nil, "{unix,linux}"},
		{"os", "getenv", []term.Term{str("GOERL_SURELY_UNSET_VARIABLE")}, "false"},
	})
}
