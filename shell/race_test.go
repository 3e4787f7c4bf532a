package shell

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"goerl/node"
)

// TestCommandsFromOtherProcesses: shell commands called by a spawned
// process run on that process's goroutine while the read-eval-print loop
// adds to the history; under -race this fails if the state they share is
// not guarded.
func TestCommandsFromOtherProcesses(t *testing.T) {
	lines := []string{
		"Self = self().",
		"spawn(fun() -> [{history(20), results(20), v(1), catch_exception(false), pwd()} || _ <- lists:seq(1, 200)], Self ! done end).",
	}
	for i := 0; i < 20; i++ {
		lines = append(lines, "ok.")
	}
	lines = append(lines, "receive done -> done end.", "h().")
	var out bytes.Buffer
	s := New(Options{In: strings.NewReader(strings.Join(lines, "\n") + "\n"), Out: &out, Node: node.Options{VirtualTime: true}, SettleTimeout: time.Millisecond})
	if code := s.Run(); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "\ndone\n") {
		t.Errorf("the spawned process did not finish:\n%s", out.String())
	}
}
