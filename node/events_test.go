package node

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"goerl/events"
	"goerl/term"
)

// TestBusAndSlotsTellTheSeedStory: the node's bus carries what c/1 and
// l/1 do to t (versions loaded and made old, the purge and whom it
// kills), and Slots shows both versions with the process running each.
func TestBusAndSlotsTellTheSeedStory(t *testing.T) {
	dir := t.TempDir()
	src := "package t\n\nimport \"erl\"\n\nfunc Start() bool {\n\tpid := erl.Spawn(func() { doLoop() })\n\treturn erl.Register(\"t\", pid)\n}\n\nfunc doLoop() {\n\tmsg := erl.Receive()\n\terl.Format(\"~p~n\", msg)\n\tdoLoop()\n}\n"
	if err := os.WriteFile(filepath.Join(dir, "t.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	n := New(Options{Output: &out, VirtualTime: true, Dir: dir, DirName: "/lesson"})
	ch, cancel := n.Events().Subscribe(256)
	defer cancel()
	a := func(s string) term.Atom { return term.Atom(s) }
	runSteps(t, n, &out, []step{
		{"c", "c", []term.Term{a("t")}, "{ok,t}", ""},
		{"t", "start", nil, "true", ""},
		{"c", "l", []term.Term{a("t")}, "{module,t}", ""},
	})
	pid, ok := n.Runtime.Whereis("t")
	if !ok {
		t.Fatal("t is not registered")
	}
	slots := n.Code.Slots()
	if len(slots) != 1 || slots[0].Module != "t" || slots[0].Current == nil || slots[0].Old == nil {
		t.Fatalf("slots = %+v", slots)
	}
	cur, old := slots[0].Current, slots[0].Old
	if cur.Version != 2 || old.Version != 1 || cur.Source != "/lesson/t.go" || len(cur.Hash) != 8 || cur.Hash != old.Hash {
		t.Errorf("current %+v, old %+v", cur, old)
	}
	if len(cur.Holders) != 0 || len(old.Holders) != 1 || old.Holders[0].Pid != pid || old.Holders[0].Name != "t" {
		t.Errorf("holders: current %+v, old %+v", cur.Holders, old.Holders)
	}
	runSteps(t, n, &out, []step{{"c", "l", []term.Term{a("t")}, "{module,t}", ""}})
	cancel()
	var kinds, texts []string
	for e := range ch {
		if e.Kind == events.Spawned || e.Kind == events.Exited {
			continue
		}
		kinds = append(kinds, string(e.Kind))
		texts = append(texts, e.Text)
	}
	want := "loaded loaded old purged killed loaded old"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("kinds %s, want %s\n%s", got, want, strings.Join(texts, "\n"))
	}
	killed := term.Sprint(pid) + " killed by purge of t version 1 (was in "
	if !strings.Contains(strings.Join(texts, "\n"), killed) {
		t.Errorf("no %q in\n%s", killed, strings.Join(texts, "\n"))
	}
}
