package observer

import (
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"goerl/term"
)

// DefaultAddr is where the server listens unless told otherwise: the
// loopback interface, a port the system picks.
const DefaultAddr = "127.0.0.1:0"

// Options configure a Server.
type Options struct {
	// Addr is the host:port to listen on (default DefaultAddr). A host
	// that is not a loopback address lets other machines connect (they
	// still need the token).
	Addr string
	// DotLimit is how many processes of one slot are drawn as dots
	// (default DefaultDotLimit).
	DotLimit int
	// MinGap is the least time between two snapshots sent to one page
	// (default 100 ms): events in between are sent at once, the picture
	// they change follows in one snapshot.
	MinGap time.Duration
	// Refresh is how often a page gets a snapshot when no event happened
	// (default 1 s), for what changes without one: mailbox lengths,
	// current functions, processes spawned before anyone listened.
	Refresh time.Duration
}

// Server is one running observer.
type Server struct {
	src     Source
	opts    Options
	token   string
	url     string
	ln      net.Listener
	http    *http.Server
	page    *template.Template
	done    chan struct{}
	stopped sync.Once
	// remote allows clients from other hosts (Addr names a non-loopback
	// host); otherwise a request from anywhere but loopback is refused.
	remote bool

	clients atomic.Int32 // pages connected to /events
}

//go:embed page
var pageFiles embed.FS

// Start listens and serves the page for src until Stop.
func Start(src Source, opts Options) (*Server, error) {
	if opts.Addr == "" {
		opts.Addr = DefaultAddr
	}
	if opts.DotLimit <= 0 {
		opts.DotLimit = DefaultDotLimit
	}
	if opts.MinGap <= 0 {
		opts.MinGap = 100 * time.Millisecond
	}
	if opts.Refresh <= 0 {
		opts.Refresh = time.Second
	}
	host, _, err := net.SplitHostPort(opts.Addr)
	if err != nil {
		return nil, err
	}
	if host == "" {
		// ":8080" would listen on every interface; the observer means the
		// loopback one unless a host is named.
		opts.Addr = "127.0.0.1" + opts.Addr
		host = "127.0.0.1"
	}
	var raw [16]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return nil, err
	}
	page, err := template.ParseFS(pageFiles, "page/index.html")
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, err
	}
	s := &Server{src: src, opts: opts, token: hex.EncodeToString(raw[:]), ln: ln, page: page,
		done: make(chan struct{}), remote: !isLoopback(host)}
	s.url = "http://" + ln.Addr().String() + "/?token=" + s.token
	s.http = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.http.Serve(ln)
	return s, nil
}

// URL is the address to open, token included.
func (s *Server) URL() string { return s.url }

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Clients is the number of pages connected now.
func (s *Server) Clients() int { return int(s.clients.Load()) }

// Stop closes the server and every page's stream; calling it again does
// nothing.
func (s *Server) Stop() {
	s.stopped.Do(func() {
		close(s.done)
		s.http.Close()
	})
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ServeHTTP answers the page's requests. Every request must carry the
// token; none changes the node.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.remote {
		host, _, _ := net.SplitHostPort(r.RemoteAddr)
		if !isLoopback(host) {
			http.Error(w, "observer: loopback only", http.StatusForbidden)
			return
		}
	}
	if subtle.ConstantTimeCompare([]byte(r.URL.Query().Get("token")), []byte(s.token)) != 1 {
		http.Error(w, "observer: a token is required (use the URL observer:start() printed)", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "observer: read-only", http.StatusMethodNotAllowed)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	// The token is in the URL: it must not leak to another site, and the
	// page loads nothing from anywhere else.
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
	switch r.URL.Path {
	case "/":
		h.Set("Content-Type", "text/html; charset=utf-8")
		s.page.Execute(w, struct{ Token string }{s.token})
	case "/page.js", "/page.css":
		s.serveAsset(w, r.URL.Path[1:])
	case "/state":
		writeJSON(w, snapshot(s.src, s.opts.DotLimit))
	case "/process":
		s.serveProcess(w, r)
	case "/events":
		s.serveEvents(w, r)
	default:
		http.NotFound(w, r)
	}
}

func (s *Server) serveAsset(w http.ResponseWriter, name string) {
	b, err := pageFiles.ReadFile("page/" + name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if strings.HasSuffix(name, ".js") {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	} else {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	}
	w.Write(b)
}

// serveProcess is one process's process_info, for a click on its dot:
// ?pid=<0.83.0> (or 83).
func (s *Server) serveProcess(w http.ResponseWriter, r *http.Request) {
	pid, err := parsePid(r.URL.Query().Get("pid"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	items := s.src.ProcessInfo(pid)
	if items == nil {
		// erl's process_info of a dead pid is undefined.
		writeJSON(w, struct {
			Pid   string     `json:"pid"`
			Alive bool       `json:"alive"`
			Info  []InfoItem `json:"info"`
		}{term.Sprint(pid), false, []InfoItem{}})
		return
	}
	writeJSON(w, struct {
		Pid   string     `json:"pid"`
		Alive bool       `json:"alive"`
		Info  []InfoItem `json:"info"`
	}{term.Sprint(pid), true, items})
}

// parsePid reads "<0.83.0>" or "83".
func parsePid(s string) (term.Pid, error) {
	t := s
	if strings.HasPrefix(t, "<0.") && strings.HasSuffix(t, ".0>") {
		t = t[3 : len(t)-3]
	}
	n, err := strconv.Atoi(t)
	if err != nil || n < 0 {
		return term.Pid{}, fmt.Errorf("observer: not a pid: %q", s)
	}
	return term.Pid{ID: n}, nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil && !errors.Is(err, http.ErrHandlerTimeout) {
		return
	}
}
