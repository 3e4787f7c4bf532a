package builtins

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	"goerl/codeserver"
)

// nodeState is what the node's commands share with its file BIFs: the
// working directory (cd/1 changes it, pwd/0, ls/0, file:get_cwd/0 and
// the code server's module search read it) and when the node started
// (uptime/0). It is the node's, never the Go process's, so two shells in
// one test each keep their own directory.
type nodeState struct {
	mu      sync.Mutex
	cwd     string
	started time.Time
}

// Cwd returns the node's working directory as it was set (possibly
// relative to the Go process's).
func (d *Dispatcher) Cwd() string {
	d.node.mu.Lock()
	defer d.node.mu.Unlock()
	return d.node.cwd
}

// AbsCwd is Cwd made absolute, as pwd/0 and file:get_cwd/0 show it.
func (d *Dispatcher) AbsCwd() string {
	dir := d.Cwd()
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// SetCwd sets the working directory without checking it (the node's
// starting directory).
func (d *Dispatcher) SetCwd(dir string) {
	d.node.mu.Lock()
	defer d.node.mu.Unlock()
	d.node.cwd = dir
}

// Chdir is cd/1: dir, relative to the working directory unless absolute,
// becomes the working directory if it is one; otherwise nothing changes
// (erl's cd/1 then just prints where it is).
func (d *Dispatcher) Chdir(dir string) {
	d.node.mu.Lock()
	defer d.node.mu.Unlock()
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(d.node.cwd, dir)
	}
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		d.node.cwd = dir
	}
}

// AttachCode gives the dispatcher its code server. The code server needs
// the dispatcher first (module code's erl.Apply of a BIF comes back
// through it), so whoever builds a node makes the dispatcher, then the
// code server with it, then closes the loop here, once (package node).
func (d *Dispatcher) AttachCode(cs *codeserver.Server) { d.code = cs }

// cwd is the working directory of the node running the call ("." for a
// Call made by hand in a test).
func (c *Call) cwd() string {
	if c == nil || c.dispatcher == nil {
		return "."
	}
	return c.dispatcher.Cwd()
}
