package terminal

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"

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
	if f, ok := c.In.(*os.File); ok {
		bindTerminal(cfg, f, c.Out)
	} else if rc, ok := c.In.(io.ReadCloser); ok {
		cfg.Stdin = rc
	}
	tr := &termReader{}
	cfg.FuncFilterInputRune = tr.filter
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, nil, err
	}
	tr.rl = rl
	return tr, rl.Stdout(), nil
}

func (r *termReader) ReadLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	if err == readline.ErrInterrupt {
		if r.ctrlG {
			r.ctrlG = false
			return line, ErrJobControl
		}
		return line, ErrInterrupt
	}
	return line, err
}

// filter maps Ctrl-G to an interrupt that ReadLine reports as job control.
func (r *termReader) filter(c rune) (rune, bool) {
	if c == readline.CharBell {
		r.ctrlG = true
		return readline.CharInterrupt, true
	}
	return c, true
}

func (r *termReader) Close() error { return r.rl.Close() }

// bindTerminal points readline's terminal handling (raw mode, width) at
// the shell's own input and output instead of the process's os.Stdin and
// os.Stdout, so a shell on any pseudo-terminal (tests) behaves like one on
// the real one.
func bindTerminal(cfg *readline.Config, in *os.File, out io.Writer) {
	fd := int(in.Fd())
	var saved *readline.State
	cfg.Stdin = readline.NewCancelableStdin(in)
	cfg.FuncIsTerminal = func() bool { return readline.IsTerminal(fd) }
	// readline's raw mode, unlike x/term's, keeps output processing on,
	// so "\n" written by other processes still returns the carriage.
	cfg.FuncMakeRaw = func() error {
		st, err := readline.MakeRaw(fd)
		saved = st
		return err
	}
	cfg.FuncExitRaw = func() error {
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
}
