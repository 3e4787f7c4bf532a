package observer

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"goerl/events"
	"goerl/term"
)

// fakeSource is a node reduced to what the observer reads.
type fakeSource struct {
	bus   *events.Bus
	mu    sync.Mutex
	mods  []Module
	procs []Process
}

func (f *fakeSource) Modules() []Module {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Module(nil), f.mods...)
}

func (f *fakeSource) Processes() []Process {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Process(nil), f.procs...)
}

func (f *fakeSource) ProcessInfo(pid term.Pid) []InfoItem {
	for _, p := range f.Processes() {
		if p.Pid == pid {
			return []InfoItem{{"registered_name", p.Name}, {"current_function", p.Function}}
		}
	}
	return nil
}

func (f *fakeSource) Subscribe(n int) (<-chan events.Event, func()) { return f.bus.Subscribe(n) }

func (f *fakeSource) set(mods []Module, procs []Process) {
	f.mu.Lock()
	f.mods, f.procs = mods, procs
	f.mu.Unlock()
}

// seedAfterFirstLoad is the seed scenario after the first l(t): t's
// process in version 1, now old; the shell evaluator in no module code.
func seedAfterFirstLoad() ([]Module, []Process) {
	at := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	return []Module{{Name: "t",
			Current: &Slot{Version: 2, LoadedAt: at.Add(time.Minute), Source: "goerl:examples/t.go", Hash: "3fa2c1"},
			Old:     &Slot{Version: 1, LoadedAt: at, Source: "goerl:examples/t.go", Hash: "3fa2c1"}}},
		[]Process{
			{Pid: term.Pid{ID: 82}, Function: "erlang:apply/2", Status: "running", Monitors: []term.Pid{{ID: 83}}},
			{Pid: term.Pid{ID: 83}, Name: "t", Function: "t:do_loop/0", Status: "waiting", In: SlotRef{"t", 1},
				MessageQueueLen: 2, Links: []term.Pid{{ID: 84}}},
			{Pid: term.Pid{ID: 84}, Function: "t:helper/0", Status: "waiting", In: SlotRef{"t", 2}, Links: []term.Pid{{ID: 83}}},
		}
}

func startFake(t *testing.T) (*Server, *fakeSource) {
	t.Helper()
	src := &fakeSource{bus: events.NewBus()}
	src.set(seedAfterFirstLoad())
	s, err := Start(src, Options{MinGap: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s, src
}

// get requests path (with the server's token unless token is false).
func get(t *testing.T, s *Server, path string, token bool) *http.Response {
	t.Helper()
	u, _ := url.Parse(s.URL())
	u.Path = path[:strings.IndexByte(path+"?", '?')]
	q := url.Values{}
	if i := strings.IndexByte(path, '?'); i >= 0 {
		q, _ = url.ParseQuery(path[i+1:])
	}
	if token {
		q.Set("token", s.token)
	}
	u.RawQuery = q.Encode()
	resp, err := http.Get(u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func TestListensOnLoopbackWithToken(t *testing.T) {
	s, _ := startFake(t)
	u, err := url.Parse(s.URL())
	if err != nil {
		t.Fatal(err)
	}
	if host := u.Hostname(); host != "127.0.0.1" {
		t.Errorf("URL host = %s, want 127.0.0.1", host)
	}
	if ip := s.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		t.Errorf("listening on %v, want loopback", ip)
	}
	if tok := u.Query().Get("token"); len(tok) != 32 {
		t.Errorf("token %q: want 32 hex digits", tok)
	}
	s2, _ := startFake(t)
	if s2.token == s.token || s2.Addr().String() == s.Addr().String() {
		t.Errorf("two observers share a token or port: %s %s", s.URL(), s2.URL())
	}
}

func TestEndpointsNeedToken(t *testing.T) {
	s, _ := startFake(t)
	for _, path := range []string{"/", "/page.js", "/page.css", "/state", "/process?pid=83", "/events", "/nothing"} {
		t.Run(path, func(t *testing.T) {
			if r := get(t, s, path, false); r.StatusCode != http.StatusForbidden {
				t.Errorf("without token: %s", r.Status)
			}
			if r := get(t, s, path+map[bool]string{true: "&", false: "?"}[strings.Contains(path, "?")]+"token=0123", false); r.StatusCode != http.StatusForbidden {
				t.Errorf("with a wrong token: %s", r.Status)
			}
		})
	}
	for _, c := range []struct {
		path, status, ctype, body string
	}{
		{"/", "200 OK", "text/html", `<script src="page.js?token=` + s.token},
		{"/page.js", "200 OK", "text/javascript", "EventSource"},
		{"/page.css", "200 OK", "text/css", ".slot"},
		{"/state", "200 OK", "application/json", `"name":"t"`},
		{"/process?pid=<0.83.0>", "200 OK", "application/json", `"alive":true`},
		{"/process?pid=99", "200 OK", "application/json", `"alive":false`},
		{"/process?pid=x", "400 Bad Request", "text/plain", "not a pid"},
		{"/nothing", "404 Not Found", "text/plain", "not found"},
	} {
		t.Run("token"+c.path, func(t *testing.T) {
			r := get(t, s, c.path, true)
			b, _ := io.ReadAll(r.Body)
			if r.Status != c.status || !strings.HasPrefix(r.Header.Get("Content-Type"), c.ctype) || !strings.Contains(string(b), c.body) {
				t.Errorf("GET %s = %s %s %.200q, want %s %s containing %q", c.path, r.Status, r.Header.Get("Content-Type"), b, c.status, c.ctype, c.body)
			}
			if r.Header.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("GET %s leaks the token in Referer", c.path)
			}
		})
	}
}

func TestRefusesOtherHostsAndWrites(t *testing.T) {
	s, _ := startFake(t)
	for _, c := range []struct {
		method, remote string
		want           int
	}{
		{"GET", "127.0.0.1:5000", http.StatusOK},
		{"GET", "[::1]:5000", http.StatusOK},
		{"GET", "192.0.2.7:5000", http.StatusForbidden},
		{"POST", "127.0.0.1:5000", http.StatusMethodNotAllowed},
		{"DELETE", "127.0.0.1:5000", http.StatusMethodNotAllowed},
	} {
		req := httptest.NewRequest(c.method, "/state?token="+s.token, nil)
		req.RemoteAddr = c.remote
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != c.want {
			t.Errorf("%s from %s: %d, want %d", c.method, c.remote, rec.Code, c.want)
		}
	}
}

func TestStartAddr(t *testing.T) {
	src := &fakeSource{bus: events.NewBus()}
	for _, c := range []struct{ addr, wantHost, err string }{
		{"127.0.0.1:0", "127.0.0.1", ""},
		{":0", "127.0.0.1", ""},
		{"localhost:0", "127.0.0.1", ""},
		{"nonsense", "", "missing port"},
	} {
		s, err := Start(src, Options{Addr: c.addr})
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("Start(%q) error = %v, want %q", c.addr, err, c.err)
			}
			if s != nil {
				s.Stop()
			}
			continue
		}
		if err != nil {
			t.Errorf("Start(%q): %v", c.addr, err)
			continue
		}
		if host, _, _ := net.SplitHostPort(s.Addr().String()); host != c.wantHost || s.remote {
			t.Errorf("Start(%q) listens on %s (remote %v), want %s", c.addr, s.Addr(), s.remote, c.wantHost)
		}
		s.Stop()
	}
}

// sse reads a Server-Sent Events stream.
type sse struct {
	t    *testing.T
	r    *bufio.Reader
	body io.Closer
}

func openStream(t *testing.T, s *Server) *sse {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", strings.Replace(s.URL(), "/?", "/events?", 1), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	st := &sse{t: t, r: bufio.NewReader(resp.Body), body: closeFunc(func() error { cancel(); return resp.Body.Close() })}
	t.Cleanup(func() { st.body.Close() })
	return st
}

type closeFunc func() error

func (f closeFunc) Close() error { return f() }

// next returns the next message's event name and data; it fails the test
// if none comes within 30 s.
func (st *sse) next() (string, string) {
	st.t.Helper()
	type msg struct{ kind, data string }
	got := make(chan msg, 1)
	go func() {
		var m msg
		for {
			line, err := st.r.ReadString('\n')
			if err != nil {
				got <- msg{"EOF", err.Error()}
				return
			}
			line = strings.TrimRight(line, "\n")
			switch {
			case line == "":
				got <- m
				return
			case strings.HasPrefix(line, "event: "):
				m.kind = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				m.data += line[len("data: "):]
			}
		}
	}()
	select {
	case m := <-got:
		return m.kind, m.data
	case <-time.After(30 * time.Second):
		st.t.Fatal("no event within 30 s")
		return "", ""
	}
}

// until reads messages until one of kind satisfies ok.
func (st *sse) until(kind string, ok func(data string) bool) string {
	st.t.Helper()
	for {
		k, d := st.next()
		if k == "EOF" {
			st.t.Fatalf("stream ended waiting for %s: %s", kind, d)
		}
		if k == kind && ok(d) {
			return d
		}
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not %s within 30 s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestEventStream(t *testing.T) {
	s, src := startFake(t)
	if src.bus.Active() {
		t.Fatal("bus active before any page connected")
	}
	st := openStream(t, s)
	kind, data := st.next()
	if kind != "snapshot" {
		t.Fatalf("first message %s, want snapshot", kind)
	}
	var snap wireSnapshot
	if err := json.Unmarshal([]byte(data), &snap); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(len(snap.Modules), snap.Modules[0].Old.Procs, snap.Modules[0].Current.Procs, snap.Shell.Procs, snap.Links, snap.Monitors); got !=
		"1 [{<0.83.0> t t:do_loop/0 waiting 2 0}] [{<0.84.0>  t:helper/0 waiting 0 0}] [{<0.82.0>  erlang:apply/2 running 0 0}] [[<0.83.0> <0.84.0>]] [[<0.82.0> <0.83.0>]]" {
		t.Errorf("snapshot = %s", got)
	}
	if !src.bus.Active() || s.Clients() != 1 {
		t.Errorf("while a page is open: bus active %v, clients %d", src.bus.Active(), s.Clients())
	}

	// The second l(t): version 1 is purged and t's process killed.
	mods, procs := seedAfterFirstLoad()
	mods[0].Old = nil
	src.set(mods, []Process{procs[0], procs[2]})
	src.bus.Publish(events.Event{Kind: events.Purged, Module: "t", Version: 1, Text: "t version 1 purged"})
	src.bus.Publish(events.Event{Kind: events.KilledByPurge, Module: "t", Version: 1, Pid: term.Pid{ID: 83},
		Function: "t:do_loop/0", Reason: term.Atom("killed"), Text: "<0.83.0> killed by purge of t version 1 (was in t:do_loop/0)"})
	var ev wireEvent
	json.Unmarshal([]byte(st.until("ev", func(string) bool { return true })), &ev)
	if ev.Kind != "purged" || ev.Seq != 1 || ev.Text != "t version 1 purged" {
		t.Errorf("first event %+v", ev)
	}
	json.Unmarshal([]byte(st.until("ev", func(string) bool { return true })), &ev)
	if want := (wireEvent{Seq: 2, Kind: "killed", Module: "t", Version: 1, Pid: "<0.83.0>", Function: "t:do_loop/0",
		Reason: "killed", Text: "<0.83.0> killed by purge of t version 1 (was in t:do_loop/0)"}); ev != want {
		t.Errorf("second event %+v, want %+v", ev, want)
	}
	// A snapshot follows the events, without the old slot and the process.
	data = st.until("snapshot", func(string) bool { return true })
	if strings.Contains(data, "<0.83.0>") || !strings.Contains(data, `"old":null`) {
		t.Errorf("snapshot after the purge still shows it: %s", data)
	}

	st.body.Close()
	waitFor(t, "unsubscribed after the page closed", func() bool { return !src.bus.Active() && s.Clients() == 0 })
}

func TestEventWithoutText(t *testing.T) {
	for _, c := range []struct {
		e    events.Event
		want string
	}{
		{events.Event{Kind: events.Loaded, Module: "t", Version: 2}, "loaded t version 2"},
		{events.Event{Kind: events.Exited, Pid: term.Pid{ID: 90}, Reason: term.Tuple{term.Atom("badarith"), term.List{}}}, "exited <0.90.0>: {badarith,[]}"},
		{events.Event{Kind: events.MovedToCurrent, Module: "m", Version: 3, Pid: term.Pid{ID: 91}, Function: "m:loop/0"}, "moved m version 3 <0.91.0> (in m:loop/0)"},
		{events.Event{Kind: events.Loaded, Text: "t version 2 loaded"}, "t version 2 loaded"},
	} {
		if got := toWire(c.e).Text; got != c.want {
			t.Errorf("toWire(%+v).Text = %q, want %q", c.e, got, c.want)
		}
	}
}

func TestStopEndsStreams(t *testing.T) {
	s, src := startFake(t)
	st := openStream(t, s)
	st.next()
	s.Stop()
	for {
		if k, _ := st.next(); k == "EOF" {
			break
		}
	}
	waitFor(t, "unsubscribed after Stop", func() bool { return !src.bus.Active() })
	if _, err := http.Get(s.URL()); err == nil {
		t.Error("server answers after Stop")
	}
	s.Stop() // harmless twice
}

// TestRefreshWithoutEvents: what changes without an event (a mailbox
// filling) reaches the page at the next refresh; an unchanged picture is
// not sent again.
func TestRefreshWithoutEvents(t *testing.T) {
	src := &fakeSource{bus: events.NewBus()}
	src.set(seedAfterFirstLoad())
	s, err := Start(src, Options{MinGap: time.Millisecond, Refresh: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	st := openStream(t, s)
	st.next()
	mods, procs := seedAfterFirstLoad()
	procs[1].MessageQueueLen = 7
	src.set(mods, procs)
	k, d := st.next()
	if k != "snapshot" || !strings.Contains(d, `"msgs":7`) {
		t.Errorf("after a mailbox filled: %s %s", k, d)
	}
}

func TestSnapshotAggregates(t *testing.T) {
	mods := []Module{{Name: "w", Current: &Slot{Version: 1}}}
	var procs []Process
	for i := 0; i < 10000; i++ {
		p := Process{Pid: term.Pid{ID: 100 + i}, Function: "w:loop/0", In: SlotRef{"w", 1}}
		if i%2 == 1 {
			p.Links = []term.Pid{{ID: 99 + i}}
		}
		procs = append(procs, p)
	}
	procs[9000].Name = "boss"
	procs = append(procs, Process{Pid: term.Pid{ID: 50}, In: SlotRef{"gone", 4}}) // a slot just purged
	snap := snapshot(&fakeSource{mods: mods, procs: procs}, 200)
	cur := snap.Modules[0].Current
	if cur.Count != 10000 || len(cur.Procs) != 200 || snap.Processes != 10001 {
		t.Fatalf("count %d, drawn %d, processes %d", cur.Count, len(cur.Procs), snap.Processes)
	}
	if cur.Procs[0].Pid != "<0.100.0>" || cur.Procs[199].Pid != "<0.9100.0>" || cur.Procs[199].Name != "boss" {
		t.Errorf("drawn %s .. %s %q: want the first ones and the registered one", cur.Procs[0].Pid, cur.Procs[199].Pid, cur.Procs[199].Name)
	}
	if len(snap.Links) != 99 {
		t.Errorf("%d links drawn, want the 99 between drawn dots", len(snap.Links))
	}
	if snap.Shell.Count != 1 || snap.Shell.Procs[0].Pid != "<0.50.0>" {
		t.Errorf("a process in an unknown slot: shell %+v", snap.Shell)
	}
}

func BenchmarkSnapshot10k(b *testing.B) {
	mods := []Module{{Name: "w", Current: &Slot{Version: 2}, Old: &Slot{Version: 1}}}
	var procs []Process
	for i := 0; i < 10000; i++ {
		procs = append(procs, Process{Pid: term.Pid{ID: 100 + i}, Function: "w:loop/0", In: SlotRef{"w", 1 + i%2},
			Links: []term.Pid{{ID: 100 + (i+1)%10000}}})
	}
	src := &fakeSource{mods: mods, procs: procs}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(snapshot(src, DefaultDotLimit)); err != nil {
			b.Fatal(err)
		}
	}
}
