package shell

import (
	"io"

	"goerl/term"
	"goerl/terminal"
)

// LineSource is terminal.LineSource: a lesson hands the shell its input a
// line at a time.
type LineSource = terminal.LineSource

// openInput picks the reader and the writer all output goes through.
func (s *Shell) openInput() (terminal.Reader, io.Writer, error) {
	if !s.opts.Terminal {
		src := s.opts.Lines
		if src == nil {
			src = terminal.Lines(s.opts.In)
		}
		return terminal.Pipe(src), s.opts.Out, nil
	}
	return terminal.Open(terminal.Config{
		In:          s.opts.In,
		Out:         s.opts.Out,
		HistoryFile: s.opts.HistoryFile,
		Names:       shellNames{s},
	})
}

// shellNames completes the node's names and the shell's commands; the
// node exists only after boot, so it is looked up at each Tab.
type shellNames struct{ s *Shell }

func (n shellNames) names() terminal.Names {
	var cmds []terminal.Function
	for _, c := range commands() {
		cmds = append(cmds, terminal.Function{Name: c.name, Arity: c.arity})
	}
	return terminal.NodeNames(n.s.node, cmds)
}

func (n shellNames) Modules() []string                        { return n.names().Modules() }
func (n shellNames) Functions(mod string) []terminal.Function { return n.names().Functions(mod) }
func (n shellNames) Commands() []terminal.Function            { return n.names().Commands() }

// readLine prompts (echoing in pipe mode) and reads one line.
func (s *Shell) readLine(n int) (string, error) {
	if s.opts.Terminal {
		if p := s.con.FlushPartial(); p != "" {
			io.WriteString(s.opts.Out, p)
		}
		prompt := s.con.Styled(terminal.Prompt, s.promptText(n))
		// A line half-typed when Ctrl-C came is kept: after the menu, what
		// is typed next joins it, as in erl ("1 +", ^C, c, " 2." is 3).
		kept := ""
		for {
			line, err := s.in.ReadLine(prompt)
			// Back from either menu, erl draws no prompt: the next line
			// is typed on an empty line.
			switch err {
			case terminal.ErrInterrupt:
				kept += line
				if terminal.BreakMenu(s.con, s.in, s.node) {
					prompt = ""
					continue
				}
				return "", io.EOF
			case terminal.ErrJobControl:
				if terminal.JobControl(s.con, s.in, s.interruptEvaluator) {
					prompt = ""
					continue
				}
				return "", io.EOF
			}
			return kept + line, err
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

// interruptEvaluator is Ctrl-G's i and k: the evaluator dies, the
// bindings survive.
func (s *Shell) interruptEvaluator() {
	s.node.Runtime.Exit(nil, s.currentEvalPid(), term.Atom("kill"))
}
