//go:build linux

package terminal_test

import (
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"goerl/examples"
	"goerl/node"
	"goerl/shell"
)

// screen collects what the shell writes to the terminal and replays it on
// a tiny terminal model (cursor moves and erases), so tests see the text a
// person would see, not the redraw traffic behind it.
type screen struct {
	mu  sync.Mutex
	buf strings.Builder
}

var csi = regexp.MustCompile(`^\x1b\[([0-9;?]*)([A-Za-z])`)

// text renders the screen: every line written so far, scrollback included.
func (s *screen) text() string {
	s.mu.Lock()
	raw := s.buf.String()
	s.mu.Unlock()
	lines := [][]rune{nil}
	row, col := 0, 0
	put := func(r rune) {
		for len(lines[row]) < col {
			lines[row] = append(lines[row], ' ')
		}
		if col < len(lines[row]) {
			lines[row][col] = r
		} else {
			lines[row] = append(lines[row], r)
		}
		col++
	}
	for i := 0; i < len(raw); {
		if m := csi.FindStringSubmatch(raw[i:]); m != nil {
			n := 1
			if v, err := strconv.Atoi(strings.TrimPrefix(m[1], "?")); err == nil {
				n = v
			}
			switch m[2] {
			case "K": // erase to end of line (2K: the whole line)
				if m[1] == "2" {
					lines[row] = nil
				} else if col < len(lines[row]) {
					lines[row] = lines[row][:col]
				}
			case "J": // erase below
				if col < len(lines[row]) {
					lines[row] = lines[row][:col]
				}
				lines = lines[:row+1]
			case "A":
				row = max(0, row-n)
			case "B":
				row += n
				for len(lines) <= row {
					lines = append(lines, nil)
				}
			case "C":
				col += n
			case "D":
				col = max(0, col-n)
			}
			i += len(m[0])
			continue
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		i += size
		switch r {
		case '\r':
			col = 0
		case '\n':
			// A line feed only: the carriage return comes from the tty
			// driver (ONLCR) while output processing is on, so output
			// written in a mode without it shows up indented here, as on
			// a real terminal.
			row++
			if row == len(lines) {
				lines = append(lines, nil)
			}
		case '\b':
			col = max(0, col-1)
		case '\a', 0x1b:
		default:
			put(r)
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(string(l), " ")
	}
	return strings.Join(out, "\n")
}

func (s *screen) raw() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// ttySession runs a shell on a fresh pseudo-terminal.
type ttySession struct {
	t    *testing.T
	ptmx *os.File
	scr  *screen
	ints chan os.Signal
	done chan int
	dir  string // the node's working directory
	tty  *os.File
}

func startTTY(t *testing.T, color bool) *ttySession {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 40, Cols: 100}); err != nil {
		t.Fatal(err)
	}
	s := &ttySession{t: t, ptmx: ptmx, scr: &screen{}, ints: make(chan os.Signal, 1), done: make(chan int, 1), dir: t.TempDir(), tty: tty}
	go func() {
		b := make([]byte, 4096)
		for {
			n, err := ptmx.Read(b)
			s.scr.mu.Lock()
			s.scr.buf.Write(b[:n])
			s.scr.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	sh := shell.New(shell.Options{
		In: tty, Out: tty, Terminal: true, Color: color,
		Node:       node.Options{Dir: s.dir, Modules: examples.Modules(), ModulesName: "goerl:examples"},
		Interrupts: s.ints,
	})
	go func() { s.done <- sh.Run() }()
	t.Cleanup(func() {
		ptmx.Close()
		tty.Close()
	})
	s.waitFor("1>")
	return s
}

func (s *ttySession) typeText(text string) {
	s.t.Helper()
	if _, err := io.WriteString(s.ptmx, text); err != nil {
		s.t.Fatal(err)
	}
}

// waitFor waits until the screen shows want somewhere.
func (s *ttySession) waitFor(want string) {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.scr.text(), want) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("terminal never showed %q; it shows:\n%s", want, s.scr.text())
}

func TestTerminalEvaluatesAndRedrawsBackgroundOutput(t *testing.T) {
	s := startTTY(t, false)
	s.typeText("1 + 1.\r")
	s.waitFor("1 + 1.\n2\n2>")
	// A process prints while the user is half-way through a line: the
	// output appears above the prompt and the typed text is redrawn.
	s.typeText("spawn(fun() -> receive after 300 -> io:format(\"late~n\") end end).\r")
	s.waitFor("3>")
	s.typeText("abc")
	s.waitFor("late\n3> abc")
	s.typeText("\x15q().\r") // Ctrl-U clears the line
	select {
	case code := <-s.done:
		if code != 0 {
			t.Errorf("q() exit status %d", code)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("q() did not end the session")
	}
}

func TestTerminalCtrlCStopsTheCommandNotTheShell(t *testing.T) {
	s := startTTY(t, false)
	s.typeText("X = 7, self().\r")
	s.waitFor("<0.82.0>\n2>")
	s.typeText("receive after infinity -> ok end.\r")
	time.Sleep(100 * time.Millisecond)
	s.ints <- os.Interrupt
	s.waitFor("** exception exit: killed\n3>")
	s.typeText("X.\r")
	s.waitFor("X.\n7\n4>")
}

func TestTerminalJobControlMenu(t *testing.T) {
	s := startTTY(t, false)
	s.waitKeys()
	s.typeText("\x07")
	s.waitFor("User switch command")
	s.typeText("j\r")
	s.waitFor("1* {shell,start,[init]}")
	s.typeText("c\r")
	s.typeText("1 + 2.\r")
	s.waitFor("\n3\n")
}

func TestTerminalCompletion(t *testing.T) {
	s := startTTY(t, false)
	s.typeText("lists:dupl\t")
	s.waitFor("lists:duplicate(")
	s.typeText("3,x).\r")
	s.waitFor("[x,x,x]")
}

func TestTerminalColor(t *testing.T) {
	s := startTTY(t, true)
	s.typeText("foo:bar().\r")
	s.waitFor("** exception error: undefined function foo:bar/0")
	if !strings.Contains(s.scr.raw(), "\x1b[31m** exception error") {
		t.Errorf("the error is not red on a colour terminal:\n%q", s.scr.raw())
	}
	s.typeText("spawn(fun() -> 1 / 0 end).\r")
	s.waitFor("=ERROR REPORT====")
	if !strings.Contains(s.scr.raw(), "\x1b[31m=ERROR REPORT====") {
		t.Errorf("the crash report is not red on a colour terminal:\n%q", s.scr.raw())
	}
}

// waitRaw waits until the terminal output after byte from holds want, and
// returns the offset after it (re-rendering the whole screen for every
// poll would be quadratic over a long session).
func (s *ttySession) waitRaw(from int, want string) int {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		raw := s.scr.raw()
		if i := strings.Index(raw[from:], want); i >= 0 {
			return from + i + len(want)
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.t.Fatalf("terminal never showed %q; it shows:\n%s", want, s.scr.text())
	return 0
}

// waitKeys waits until the line editor has the terminal in raw mode, so
// that a control key reaches it as a key (in cooked mode the tty driver
// would turn Ctrl-C into a signal, or drop it, with no process group here).
func (s *ttySession) waitKeys() {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		st, err := unix.IoctlGetTermios(int(s.tty.Fd()), unix.TCGETS)
		if err != nil {
			s.t.Fatal(err)
		}
		if st.Lflag&unix.ISIG == 0 {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.t.Fatal("the terminal never went into raw mode")
}

func (s *ttySession) waitExit() int {
	s.t.Helper()
	select {
	case code := <-s.done:
		return code
	case <-time.After(30 * time.Second):
		s.t.Fatalf("the session did not end; the terminal shows:\n%s", s.scr.text())
		return 0
	}
}

var promptLine = regexp.MustCompile(`[0-9]+> `)

// TestTerminalNeverGarbles: help(), compile errors and big outputs, one
// after another while a process prints in the background: no prompt may
// be left anywhere but in front of the line the user typed (a stray
// "34> " before output is what readline's race used to leave behind).
func TestTerminalNeverGarbles(t *testing.T) {
	tries := 200
	if testing.Short() {
		tries = 30
	}
	s := startTTY(t, false)
	if err := os.WriteFile(s.dir+"/bad.go", []byte("package bad\n\nfunc F() int { return 1 + }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmds := []string{"help().", "c(bad).", "lists:seq(1, 200).", "io:format(\"~p~n\", [lists:seq(1, 300)])."}
	typed := map[string]bool{}
	at := s.waitRaw(0, "1> ")
	s.typeText("spawn(fun() -> T = fun T(0) -> ok; T(N) -> io:format(\"tick~n\"), receive after 3 -> T(N - 1) end end, T(100000) end).\r")
	at = s.waitRaw(at, "2> ")
	at = s.waitRaw(at, "tick")
	for i := 0; i < tries; i++ {
		cmd := cmds[i%len(cmds)]
		typed[cmd] = true
		s.typeText(cmd + "\r")
		at = s.waitRaw(at, strconv.Itoa(i+3)+"> ")
	}
	stray := 0
	var bad []string
	lines := strings.Split(strings.TrimRight(s.scr.text(), "\n"), "\n")
	for i, line := range lines {
		locs := promptLine.FindAllStringIndex(line, -1)
		if len(locs) == 0 {
			continue
		}
		rest := line[locs[0][1]:]
		ok := len(locs) == 1 && locs[0][0] == 0 && (typed[rest] || rest == "" && i == len(lines)-1 || strings.HasPrefix(rest, "spawn("))
		if !ok {
			stray++
			if len(bad) < 10 {
				bad = append(bad, line)
			}
		}
	}
	t.Logf("%d stray prompts in %d commands", stray, tries)
	if stray > 0 {
		t.Errorf("%d stray prompts in %d commands, e.g.:\n%s", stray, tries, strings.Join(bad, "\n"))
	}
}

// TestTerminalKeys: erl's keys at the prompt.
func TestTerminalKeys(t *testing.T) {
	t.Run("tab on an empty line lists nothing", func(t *testing.T) {
		s := startTTY(t, false)
		s.typeText("\t\t1 + 1.\r")
		s.waitFor("2\n2>")
		if strings.Contains(s.scr.text(), "lists:") {
			t.Errorf("Tab on an empty line listed names:\n%s", s.scr.text())
		}
	})
	t.Run("ctrl-backslash quits quietly", func(t *testing.T) {
		s := startTTY(t, false)
		s.waitKeys()
		s.typeText("\x1c")
		if code := s.waitExit(); code != 0 {
			t.Errorf("exit status %d, want 0 as erl", code)
		}
	})
	t.Run("break menu options as erl's", func(t *testing.T) {
		s := startTTY(t, false)
		s.waitKeys()
		s.typeText("\x03")
		s.waitFor("BREAK: (a)bort")
		s.typeText("x\r")
		s.waitFor("Invalid option 'x'. Please enter one of the following:\nBREAK: (a)bort")
		s.waitKeys()
		s.typeText("v\r")
		s.waitFor("emulator version")
		s.typeText("1 + 2.\r")
		s.waitFor("\n3\n2>")
	})
	t.Run("ctrl-c keeps a half-typed line", func(t *testing.T) {
		s := startTTY(t, false)
		s.waitKeys()
		s.typeText("1 +")
		s.waitFor("1> 1 +")
		s.typeText("\x03")
		s.waitFor("BREAK: (a)bort")
		s.typeText("c\r")
		s.waitKeys()
		s.typeText(" 2.\r")
		s.waitFor("\n3\n2>")
	})
	t.Run("a second ctrl-c at the break menu quits", func(t *testing.T) {
		s := startTTY(t, false)
		s.waitKeys()
		s.typeText("\x03")
		s.waitFor("BREAK: (a)bort")
		s.waitKeys()
		s.typeText("\x03")
		if code := s.waitExit(); code != 0 {
			t.Errorf("exit status %d, want 0 as erl", code)
		}
	})
}
