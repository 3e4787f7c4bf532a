package shell

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/chzyer/readline"
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

// errInterrupt is Ctrl-C at the prompt.
var errInterrupt = errors.New("interrupt")

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
}

func (r *termReader) ReadLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	line, err := r.rl.Readline()
	if err == readline.ErrInterrupt {
		return line, errInterrupt
	}
	return line, err
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
		InterruptPrompt:   "^C",
		EOFPrompt:         "",
		Stdout:            s.opts.Out,
		Stderr:            s.opts.Out,
	}
	if rc, ok := s.opts.In.(io.ReadCloser); ok {
		cfg.Stdin = rc
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, nil, err
	}
	return &termReader{rl: rl}, rl.Stdout(), nil
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
			if err == errInterrupt {
				if s.breakMenu() {
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
