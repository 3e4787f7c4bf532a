package shell

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/chzyer/readline"
	"golang.org/x/term"
)

// lineReader yields input lines without their newline.
type lineReader interface {
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

// errInterrupt is Ctrl-C at the prompt, errJobControl Ctrl-G.
var (
	errInterrupt  = errors.New("interrupt")
	errJobControl = errors.New("job control")
)

// pipeReader reads plain lines; the shell echoes them itself.
type pipeReader struct {
	src LineSource
}

func (r *pipeReader) ReadLine(string) (string, error) { return r.src.NextLine() }
func (r *pipeReader) Close() error                    { return nil }

type streamLines struct{ br *bufio.Reader }

func (s *streamLines) NextLine() (string, error) {
	line, err := s.br.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// termReader is readline on a terminal.
type termReader struct {
	rl *readline.Instance
	// ctrlG is set by the input filter when Ctrl-G arrives; readline
	// has no key binding for it, so the filter turns it into an
	// interrupt and this flag tells the two apart.
	ctrlG bool
}

func (r *termReader) ReadLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	if err == readline.ErrInterrupt {
		if r.ctrlG {
			r.ctrlG = false
			return line, errJobControl
		}
		return line, errInterrupt
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

// openInput picks the reader and the writer all output goes through.
func (s *Shell) openInput() (lineReader, io.Writer, error) {
	if !s.opts.Terminal {
		src := s.opts.Lines
		if src == nil {
			src = &streamLines{br: bufio.NewReader(s.opts.In)}
		}
		return &pipeReader{src: src}, s.opts.Out, nil
	}
	cfg := &readline.Config{
		Prompt:            "1> ",
		HistoryFile:       s.opts.HistoryFile,
		HistorySearchFold: true,
		AutoComplete:      &completer{s: s},
		InterruptPrompt:   "\n", // readline's way of saying: no ^C, just end the line
		EOFPrompt:         "",
		Stdout:            s.opts.Out,
		Stderr:            s.opts.Out,
	}
	if f, ok := s.opts.In.(*os.File); ok {
		bindTerminal(cfg, f, s.opts.Out)
	} else if rc, ok := s.opts.In.(io.ReadCloser); ok {
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

// readLine prompts (echoing in pipe mode) and reads one line.
func (s *Shell) readLine(n int) (string, error) {
	if s.opts.Terminal {
		if p := s.con.flushPartial(); p != "" {
			io.WriteString(s.opts.Out, p)
		}
		prompt := s.con.prompt.Sprint(s.promptText(n))
		for {
			line, err := s.in.ReadLine(prompt)
			// Back from either menu, erl draws no prompt: the next line
			// is typed on an empty line.
			switch err {
			case errInterrupt:
				if s.breakMenu() {
					prompt = ""
					continue
				}
				return "", io.EOF
			case errJobControl:
				if s.jobControl() {
					prompt = ""
					continue
				}
				return "", io.EOF
			}
			return line, err
		}
	}
	s.showPrompt(n)
	line, err := s.in.ReadLine("")
	if err != nil {
		return "", err
	}
	io.WriteString(s.con, line+"\n")
	return line, nil
}

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
