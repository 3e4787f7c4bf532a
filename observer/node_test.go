package observer

import (
	"fmt"
	"strings"
	"testing"

	"goerl/events"
	"goerl/process"
	"goerl/term"
)

// TestNodeSource reads a real runtime: a server linked to a worker and
// monitored by a watcher, each with its slot from Code.
func TestNodeSource(t *testing.T) {
	rt := process.New(process.Options{})
	block := func(p *process.Proc) { p.Receive(func(term.Term) (any, bool) { return nil, false }, -1) }
	ready := make(chan struct{}, 3)
	server, _ := rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) { ready <- struct{}{}; block(p) })
	worker, _ := rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
		p.Link(server.Pid())
		ready <- struct{}{}
		block(p)
	})
	watcher, _ := rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
		p.Monitor(server.Pid())
		ready <- struct{}{}
		block(p)
	})
	for range 3 {
		<-ready
	}
	defer func() {
		for _, p := range []*process.Proc{server, worker, watcher} {
			rt.Kill(p.Pid())
		}
	}()
	if err := rt.Register("srv", server.Pid()); err != nil {
		t.Fatal(err)
	}
	src := NodeSource{Runtime: rt, Bus: events.NewBus(), Code: func() ([]Module, map[term.Pid]SlotRef) {
		return []Module{{Name: "srv", Current: &Slot{Version: 1}}}, map[term.Pid]SlotRef{server.Pid(): {"srv", 1}}
	}}
	var got []string
	for _, p := range src.Processes() {
		got = append(got, fmt.Sprintf("%v %q links %v monitors %v in %v", p.Pid, p.Name, p.Links, p.Monitors, p.In))
	}
	want := []string{
		fmt.Sprintf("%v \"srv\" links [%v] monitors [] in {srv 1}", server.Pid(), worker.Pid()),
		fmt.Sprintf("%v \"\" links [%v] monitors [] in { 0}", worker.Pid(), server.Pid()),
		fmt.Sprintf("%v \"\" links [] monitors [%v] in { 0}", watcher.Pid(), server.Pid()),
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Processes:\n%s\nwant\n%s", got, want)
	}
	info := fmt.Sprint(src.ProcessInfo(watcher.Pid()))
	if want := fmt.Sprintf("{monitors [{process,%s}]}", term.Sprint(server.Pid())); !contains(info, want) {
		t.Errorf("ProcessInfo(watcher) = %s, want %s", info, want)
	}
	if info := fmt.Sprint(src.ProcessInfo(server.Pid())); !contains(info, "{registered_name srv}") || !contains(info, "{links ["+term.Sprint(worker.Pid())+"]}") {
		t.Errorf("ProcessInfo(server) = %s", info)
	}
	if src.ProcessInfo(term.Pid{ID: 9999}) != nil {
		t.Error("ProcessInfo of a dead pid is not nil")
	}
	if mods := src.Modules(); len(mods) != 1 || mods[0].Name != "srv" {
		t.Errorf("Modules = %+v", mods)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
