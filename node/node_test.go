package node

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"goerl/process"
	"goerl/term"
)

// step is one call made by a process of the node, the ~w text of its
// result and what it must print (a substring; "" prints nothing).
type step struct {
	mod, fun string
	args     []term.Term
	want     string
	printed  string
}

// runSteps makes the calls in order in one process of n, so the code
// server's slots and the working directory carry from one to the next.
func runSteps(t *testing.T, n *Node, out *bytes.Buffer, steps []step) {
	t.Helper()
	done := make(chan struct{})
	n.Runtime.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
		defer close(done)
		for _, s := range steps {
			out.Reset()
			got := term.Sprint(n.BIFs.CallMFA(p, term.Atom(s.mod), term.Atom(s.fun), s.args))
			printed := out.String()
			if got != s.want || (s.printed == "" && printed != "") || !strings.Contains(printed, s.printed) {
				t.Errorf("%s:%s%s = %s printing %q, want %s printing %q", s.mod, s.fun,
					term.Sprint(term.List(s.args)), got, printed, s.want, s.printed)
			}
		}
	})
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the calls did not finish")
	}
}

// TestCompileLoadPolicyWithoutAShell drives erl's c module commands on a
// node alone: c/1 compiles, purges and loads; a compile error prints the
// diagnostic and returns error; l/1 reloads; cd/1 moves the node's
// working directory, which pwd/0, file:get_cwd/0 and c/1's module search
// all follow.
func TestCompileLoadPolicyWithoutAShell(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("t.go", "package t\n\nfunc F() int { return 1 }\n")
	write("bad.go", "package bad\n\nfunc F() int { return x }\n")
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	write("sub/u.go", "package u\n\nfunc G() int { return 2 }\n")
	var out bytes.Buffer
	n := New(Options{Output: &out, VirtualTime: true, Dir: dir})
	a := func(s string) term.Atom { return term.Atom(s) }
	str := func(s string) term.List { return term.String(s) }
	sub := filepath.Join(dir, "sub")
	runSteps(t, n, &out, []step{
		{"c", "c", []term.Term{a("t")}, "{ok,t}", ""},
		{"t", "f", nil, "1", ""},
		{"c", "c", []term.Term{a("bad")}, "error", "bad.go:3:"},
		{"c", "c", []term.Term{a("nosuch")}, "{error,non_existing}", ""},
		{"c", "l", []term.Term{a("t")}, "{module,t}", ""},
		{"erlang", "check_old_code", []term.Term{a("t")}, "true", ""},
		{"c", "mm", nil, "[]", ""},
		{"c", "pwd", nil, "ok", dir + "\n"},
		{"file", "get_cwd", nil, term.Sprint(term.Tuple{term.OK, str(dir)}), ""},
		{"c", "cd", []term.Term{str("sub")}, "ok", sub + "\n"},
		{"file", "get_cwd", nil, term.Sprint(term.Tuple{term.OK, str(sub)}), ""},
		{"c", "cd", []term.Term{str("no such dir")}, "ok", sub + "\n"},
		{"c", "c", []term.Term{a("u")}, "{ok,u}", ""},
		{"u", "g", nil, "2", ""},
	})
}

// TestNodesKeepTheirOwnDirectory: cd/1 on one node moves neither the Go
// process nor another node.
func TestNodesKeepTheirOwnDirectory(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	var out1, out2 bytes.Buffer
	n1 := New(Options{Output: &out1, VirtualTime: true})
	n2 := New(Options{Output: &out2, VirtualTime: true})
	runSteps(t, n1, &out1, []step{{"c", "cd", []term.Term{term.String(other)}, "ok", other + "\n"}})
	runSteps(t, n2, &out2, []step{{"file", "get_cwd", nil, term.Sprint(term.Tuple{term.OK, term.String(wd)}), ""}})
	if now, _ := os.Getwd(); now != wd {
		t.Errorf("the Go process moved to %s", now)
	}
}
