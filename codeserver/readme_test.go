package codeserver

import (
	"os"
	"strings"
	"testing"

	"goerl/term"
)

// readmeModule is the example module of erl/README.md, read from it so
// that the documentation cannot drift from what runs.
func readmeModule(t *testing.T) string {
	b, err := os.ReadFile("../erl/README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i := strings.Index(text, "```go\n")
	j := strings.Index(text[i+6:], "```")
	if i < 0 || j < 0 {
		t.Fatal("no Go example in erl/README.md")
	}
	return text[i+6 : i+6+j]
}

func TestReadmeExample(t *testing.T) {
	w := newWorld(t, map[string]string{"m": readmeModule(t)})
	w.compile("m")
	pid := w.call("m", "start").(term.Pid)
	w.rt.Send(nil, pid, term.Tuple{term.Atom("ping"), w.shellPid()})
	if got := sprint(w.receive()); got != sprint(term.Tuple{term.Atom("pong"), pid}) {
		t.Fatalf("got %s", got)
	}
	w.rt.Send(nil, pid, term.Atom("hello"))
	w.waitOutput("m got hello\n")
	w.compile("m")
	w.rt.Send(nil, pid, term.Atom("code_switch"))
	w.rt.Send(nil, pid, term.Tuple{term.Atom("ping"), w.shellPid()})
	w.receive()
	if w.cs.CheckProcessCode(pid, "m") {
		t.Fatal("still in old code")
	}
}
