package terminal

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chzyer/readline"
	"golang.org/x/term"
)

// Reader yields input lines without their newline.
type Reader interface {
	ReadLine(prompt string) (string, error)
	Close() error
}

// LineSource lets a caller (the lesson runner) hand the shell its input a
// line at a time, so it can act between lines (replace a module's source
// before a given prompt).
type LineSource interface {
	// NextLine returns the next input line, io.EOF at the end.
	NextLine() (string, error)
}

// ErrInterrupt is Ctrl-C at the prompt, ErrJobControl Ctrl-G.
var (
	ErrInterrupt  = errors.New("interrupt")
	ErrJobControl = errors.New("job control")
)

// Pipe reads plain lines from src; the shell echoes them itself.
func Pipe(src LineSource) Reader { return &pipeReader{src: src} }

type pipeReader struct {
	src LineSource
}

func (r *pipeReader) ReadLine(string) (string, error) { return r.src.NextLine() }
func (r *pipeReader) Close() error                    { return nil }

// Lines splits r into lines.
func Lines(r io.Reader) LineSource { return &streamLines{br: bufio.NewReader(r)} }

type streamLines struct{ br *bufio.Reader }

func (s *streamLines) NextLine() (string, error) {
	line, err := s.br.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// Config describes a terminal session.
type Config struct {
	In  io.Reader
	Out io.Writer
	// HistoryFile keeps the line history between sessions ("" for none).
	HistoryFile string
	// Names feeds Tab completion.
	Names Names
}

// termReader is readline on a terminal.
type termReader struct {
	rl *readline.Instance
	// ctrlG is set by the input filter when Ctrl-G arrives; readline
	// has no key binding for it, so the filter turns it into an
	// interrupt and this flag tells the two apart.
	ctrlG bool
	// quit is set for Ctrl-\ the same way.
	quit bool
	// reading is true while Readline runs (see termWriter).
	reading, fresh atomic.Bool
	// restore puts the terminal back in the mode it had (nil when
	// readline owns the terminal itself).
	restore func() error
}

// Open starts line editing on a terminal. It returns the reader and the
// writer all output must go through (it redraws the prompt under it).
func Open(c Config) (Reader, io.Writer, error) {
	cfg := &readline.Config{
		Prompt:            "1> ",
		HistoryFile:       c.HistoryFile,
		HistorySearchFold: true,
		AutoComplete:      &completer{names: c.Names},
		InterruptPrompt:   "\n", // readline's way of saying: no ^C, just end the line
		EOFPrompt:         "",
		Stdout:            c.Out,
		Stderr:            c.Out,
	}
	tr := &termReader{}
	if f, ok := c.In.(*os.File); ok {
		tr.restore = bindTerminal(cfg, f, c.Out)
	} else if rc, ok := c.In.(io.ReadCloser); ok {
		cfg.Stdin = rc
	}
	cfg.FuncFilterInputRune = tr.filter
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, nil, err
	}
	tr.rl = rl
	return tr, &termWriter{rl: rl, edit: rl.Stdout(), direct: c.Out, reading: &tr.reading, fresh: &tr.fresh}, nil
}

// termWriter sends output through readline only while a line is being
// edited (readline then draws it above the prompt and redraws the
// prompt). While a command runs, output goes straight to the terminal:
// readline would still count itself as reading just after Enter and
// redraw the old prompt into the command's output (chzyer/readline#220).
type termWriter struct {
	rl           *readline.Instance
	edit, direct io.Writer
	reading      *atomic.Bool
	// fresh is set when Readline returns. Output that arrived through
	// readline in the last moments of the edit (after Enter) has it redraw
	// the old prompt on the new line; the first direct write erases it.
	fresh *atomic.Bool
}

// eraseLine returns the carriage and clears the line.
const eraseLine = "\r\x1b[K"

func (w *termWriter) Write(p []byte) (int, error) {
	// readline counts itself as reading only once it waits for a key: in
	// the moments after it drew the prompt, and after Enter until
	// Readline returns, its writer would write raw after the prompt
	// ("3> tick", chzyer/readline#220). Wait those moments out (the
	// console's lock holds other output back meanwhile).
	for i := 0; w.reading.Load() && !w.rl.Terminal.IsReading() && i < 20000; i++ {
		time.Sleep(50 * time.Microsecond)
	}
	if w.reading.Load() {
		return w.edit.Write(p)
	}
	if w.fresh.Swap(false) {
		n, err := w.direct.Write(append([]byte(eraseLine), p...))
		return max(0, n-len(eraseLine)), err
	}
	return w.direct.Write(p)
}

func (r *termReader) ReadLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	r.reading.Store(true)
	line, err := r.rl.Readline()
	r.fresh.Store(true)
	r.reading.Store(false)
	if err == readline.ErrInterrupt {
		if r.quit {
			return "", io.EOF
		}
		if r.ctrlG {
			r.ctrlG = false
			return line, ErrJobControl
		}
		return line, ErrInterrupt
	}
	return line, err
}

// charQuit is Ctrl-\ (FS), which readline passes through as a rune.
const charQuit = 0x1c

// filter maps Ctrl-G to an interrupt that ReadLine reports as job control,
// and Ctrl-\ to the end of input: erl quits on it at once, quietly.
func (r *termReader) filter(c rune) (rune, bool) {
	switch c {
	case readline.CharBell:
		r.ctrlG = true
		return readline.CharInterrupt, true
	case charQuit:
		r.quit = true
		return readline.CharInterrupt, true
	}
	return c, true
}

// Close lets go of the terminal. readline's own Close waits for its
// reading goroutine, which sits in read(2) until the next key: after
// Ctrl-\ or q() the user would have to press one more. So the terminal
// mode is restored here and readline finishes in the background (the
// process is about to exit).
func (r *termReader) Close() error {
	if r.restore == nil {
		return r.rl.Close()
	}
	go r.rl.Close()
	return r.restore()
}

// bindTerminal points readline's terminal handling (raw mode, width) at
// the shell's own input and output instead of the process's os.Stdin and
// os.Stdout, so a shell on any pseudo-terminal (tests) behaves like one on
// the real one.
// It returns the function that restores the terminal's mode.
func bindTerminal(cfg *readline.Config, in *os.File, out io.Writer) func() error {
	fd := int(in.Fd())
	var saved *readline.State
	cfg.Stdin = readline.NewCancelableStdin(in)
	cfg.FuncIsTerminal = func() bool { return readline.IsTerminal(fd) }
	// readline's raw mode, unlike x/term's, keeps output processing on,
	// so "\n" written by other processes still returns the carriage.
	var mu sync.Mutex // readline's goroutine and Close both restore
	cfg.FuncMakeRaw = func() error {
		mu.Lock()
		defer mu.Unlock()
		st, err := readline.MakeRaw(fd)
		saved = st
		return err
	}
	cfg.FuncExitRaw = func() error {
		mu.Lock()
		defer mu.Unlock()
		if saved == nil {
			return nil
		}
		return readline.Restore(fd, saved)
	}
	widthFd := fd
	if f, ok := out.(*os.File); ok {
		widthFd = int(f.Fd())
	}
	cfg.FuncGetWidth = func() int {
		w, _, err := term.GetSize(widthFd)
		if err != nil || w <= 0 {
			return 80
		}
		return w
	}
	return cfg.FuncExitRaw
}
