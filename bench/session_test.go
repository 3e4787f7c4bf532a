package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"goerl/node"
	"goerl/shell"
)

// session is a shell reading from a pipe, in a directory holding the
// benchmark modules, so a benchmark can type commands one at a time.
type session struct {
	tb   testing.TB
	in   *io.PipeWriter
	out  *syncBuffer
	n    int // the number of the next prompt
	done chan int
	once sync.Once
}

// syncBuffer is the shell's output, read while the shell writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *syncBuffer) contains(sub string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	text := s.buf.String()
	return text, strings.Contains(text, sub)
}

func newSession(tb testing.TB) *session {
	dir := tb.TempDir()
	mods, err := filepath.Glob("testdata/modules/*.go")
	if err != nil || len(mods) == 0 {
		tb.Fatalf("no benchmark modules: %v", err)
	}
	for _, m := range mods {
		src, err := os.ReadFile(m)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(m)), src, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	r, w := io.Pipe()
	s := &session{tb: tb, in: w, out: &syncBuffer{}, n: 1, done: make(chan int, 1)}
	sh := shell.New(shell.Options{In: r, Out: s.out, Node: node.Options{Dir: dir}})
	go func() { s.done <- sh.Run() }()
	s.await(1)
	tb.Cleanup(s.close)
	return s
}

// await waits for prompt n.
func (s *session) await(n int) string {
	marker := fmt.Sprintf("%d> ", n)
	deadline := time.Now().Add(5 * time.Minute)
	for {
		text, ok := s.out.contains(marker)
		if ok {
			return text
		}
		if time.Now().After(deadline) {
			s.tb.Fatalf("no prompt %d; output:\n%s", n, text)
		}
		time.Sleep(200 * time.Microsecond)
	}
}

// eval types one command and waits for the next prompt; it returns the
// output of that command.
func (s *session) eval(cmd string) string {
	before, _ := s.out.contains("")
	if _, err := io.WriteString(s.in, cmd+"\n"); err != nil {
		s.tb.Fatal(err)
	}
	s.n++
	text := s.await(s.n)
	out := text[len(before):]
	if strings.Contains(out, "exception") || strings.Contains(out, "error") {
		s.tb.Fatalf("%s: %s", cmd, out)
	}
	return out
}

func (s *session) close() {
	s.once.Do(func() {
		io.WriteString(s.in, "q().\n")
		s.in.Close()
		select {
		case <-s.done:
		case <-time.After(time.Minute):
			s.tb.Error("the shell did not stop")
		}
	})
}

// memInUse is the heap and stack memory in use after a full collection.
func memInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse + m.StackInuse
}
