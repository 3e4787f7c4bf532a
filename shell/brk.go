package shell

import (
	"io"
	"strings"

	"goerl/term"
)

const breakMenuText = "BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n" +
	"       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n"

// breakMenu is erl's BREAK menu, shown for Ctrl-C at the prompt. It
// reports whether the session goes on. (Ctrl-C while a command runs stops
// that command instead: see run.)
func (s *Shell) breakMenu() bool {
	io.WriteString(s.con, breakMenuText)
	for {
		line, err := s.in.ReadLine("")
		if err != nil {
			return err == errInterrupt
		}
		switch strings.TrimSpace(line) {
		case "a", "A":
			return false
		case "c", "":
			return true
		case "v":
			io.WriteString(s.con, "Erlang (goerl) emulator version 13.1.5\n")
		case "l":
			for _, m := range s.node.Code.Loaded() {
				io.WriteString(s.con, m.Name+"\n")
			}
		case "p", "i":
			for _, pid := range s.node.Runtime.Processes() {
				if info, ok := s.node.Runtime.Info(pid); ok {
					io.WriteString(s.con, "=proc:"+term.Sprint(pid)+"\nState: "+string(info.Status)+
						"\nMessage queue length: "+itoa(info.MessageQueueLen)+"\n")
				}
			}
		default:
			io.WriteString(s.con, "Eh?\n\n")
		}
		io.WriteString(s.con, breakMenuText)
	}
}

const jobHelp = `  c [nn]            - connect to job
  i [nn]            - interrupt job
  k [nn]            - kill job
  j                 - list all jobs
  s [shell]         - start local shell
  r [node [shell]]  - start remote shell
  q                 - quit erlang
  ? | h             - this message
`

// jobControl is erl's Ctrl-G "User switch command" menu. There is one
// job, the shell; i and k interrupt its evaluator (bindings survive). It
// reports whether the session goes on.
func (s *Shell) jobControl() bool {
	io.WriteString(s.con, "User switch command\n")
	for {
		line, err := s.in.ReadLine(" --> ")
		if err != nil {
			return err == errInterrupt
		}
		fields := strings.Fields(line)
		cmd := ""
		if len(fields) > 0 {
			cmd = fields[0]
		}
		switch cmd {
		case "c":
			return true
		case "i", "k":
			s.node.Runtime.Exit(nil, s.evalPid, term.Atom("kill"))
		case "j":
			io.WriteString(s.con, "   1* {shell,start,[init]}\n")
		case "q":
			return false
		case "", "h", "?":
			io.WriteString(s.con, jobHelp)
		case "s", "r":
			io.WriteString(s.con, "goerl runs a single shell\n")
		default:
			io.WriteString(s.con, "Unknown command\n")
		}
	}
}

func itoa(n int) string { return term.Sprint(n) }
