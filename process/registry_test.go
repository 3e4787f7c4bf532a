package process

import (
	"errors"
	"testing"

	"goerl/term"
)

func TestRegister(t *testing.T) {
	rt := New(Options{})
	a, aExit := watched(rt, nil, SpawnOptions{}, victimBody)
	b, _ := rt.Spawn(nil, SpawnOptions{}, victimBody)
	steps := []struct {
		name string
		reg  term.Atom
		pid  term.Pid
		want error
	}{
		{"first name", "foo", a.Pid(), nil},
		{"name in use", "foo", b.Pid(), ErrNameInUse},
		{"already named", "bar", a.Pid(), ErrAlreadyNamed},
		{"undefined", "undefined", b.Pid(), ErrBadName},
		{"dead pid", "baz", term.Pid{ID: 9999}, ErrNoProc},
		{"second process", "bar", b.Pid(), nil},
	}
	for _, s := range steps {
		if err := rt.Register(s.reg, s.pid); !errors.Is(err, s.want) {
			t.Fatalf("%s: err %v, want %v", s.name, err, s.want)
		}
	}
	if got := rt.Registered(); len(got) != 2 || got[0] != "bar" || got[1] != "foo" {
		t.Fatalf("registered %v", got)
	}
	if pid, ok := rt.Whereis("foo"); !ok || pid != a.Pid() {
		t.Fatalf("whereis foo = %v %v", pid, ok)
	}
	if info, _ := rt.Info(a.Pid()); info.RegisteredName != "foo" {
		t.Fatalf("info name %q", info.RegisteredName)
	}
	// Sending by name reaches the process.
	rt.Send(nil, term.Atom("foo"), int(endReturn))
	waitReason(t, aExit)
	if _, ok := rt.Whereis("foo"); ok {
		t.Fatal("name survived its process")
	}
	if !rt.Unregister("bar") || rt.Unregister("bar") {
		t.Fatal("unregister results")
	}
	if err := rt.Register("again", b.Pid()); err != nil {
		t.Fatalf("re-register after unregister: %v", err)
	}
}
