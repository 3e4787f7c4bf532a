package builtins

import (
	"testing"
)

func TestCalendarBIFs(t *testing.T) {
	runCalls(t, []call{
		{"calendar", "local_time", nil, "{{2026,1,1},{12,0,0}}"},
	})
}
