package eval

import (
	"testing"
	"time"

	"goerl/process"
)

// inProcess runs the session's forms inside a fresh process of a real
// runtime and returns the last result.
func inProcess(t *testing.T, text string) string {
	rt := process.New(process.Options{})
	done := make(chan string, 1)
	rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
		s := newSession(t)
		s.p = p
		done <- s.run(text)
	})
	select {
	case out := <-done:
		return out
	case <-time.After(30 * time.Second):
		t.Fatalf("%s: timed out", text)
		return ""
	}
}

func TestReceiveAndSend(t *testing.T) {
	tests := []struct{ in, want string }{
		{"self() ! hello.", "hello"},
		{"self() ! {msg, 1}, receive {msg, X} -> X end.", "1"},
		{"self() ! a, self() ! b, receive b -> got_b end.", "got_b"},
		{"self() ! a, self() ! b, receive b -> ok end, receive M -> M end.", "a"},
		{"self() ! 5, receive X when X > 10 -> big after 0 -> none end.", "none"},
		{"receive after 10 -> timeout end.", "timeout"},
		{"receive after a -> ok end.", "error: timeout_value"},
		{"nobody ! x.", "error: badarg"},
		{"1 ! x.", "error: badarg"},
		{"P = self(), F = fun() -> P ! in_fun end, F(), receive in_fun -> yes end.", "yes"},
	}
	for _, tt := range tests {
		if got := inProcess(t, tt.in); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
