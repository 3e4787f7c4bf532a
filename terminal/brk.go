package terminal

import (
	"io"
	"strconv"
	"strings"

	"goerl/node"
	"goerl/term"
)

const breakMenuText = "BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n" +
	"       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n"

// BreakMenu is erl's BREAK menu, shown for Ctrl-C at the prompt. It
// reports whether the session goes on: a, A, a second Ctrl-C or the end
// of input end it.
func BreakMenu(w io.Writer, in Reader, n *node.Node) bool {
	io.WriteString(w, breakMenuText)
	for {
		line, err := in.ReadLine("")
		if err != nil {
			// A second Ctrl-C at the menu quits, as in erl.
			return false
		}
		// As erl, an information option prints and goes back to the
		// shell; only an invalid one shows the menu again.
		switch key := strings.TrimSpace(line); key {
		case "a", "A":
			return false
		case "c", "":
			return true
		case "v":
			io.WriteString(w, "Erlang (goerl 0.2) emulator version 13.1.5\n")
			return true
		case "l":
			for _, m := range n.Code.Loaded() {
				io.WriteString(w, m.Name+"\n")
			}
			return true
		case "p", "i":
			for _, pid := range n.Runtime.Processes() {
				if info, ok := n.Runtime.Info(pid); ok {
					io.WriteString(w, "=proc:"+term.Sprint(pid)+"\nState: "+string(info.Status)+
						"\nMessage queue length: "+strconv.Itoa(info.MessageQueueLen)+"\n")
				}
			}
			return true
		case "k", "D", "d":
			io.WriteString(w, "("+key+") is not available in goerl\n")
			return true
		default:
			io.WriteString(w, "Invalid option '"+key+"'. Please enter one of the following:\n"+breakMenuText)
		}
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

// JobControl is erl's Ctrl-G "User switch command" menu. There is one
// job, the shell; i and k call interrupt (which stops its evaluator,
// bindings survive). It reports whether the session goes on.
func JobControl(w io.Writer, in Reader, interrupt func()) bool {
	io.WriteString(w, "User switch command\n")
	for {
		line, err := in.ReadLine(" --> ")
		if err != nil {
			return err == ErrInterrupt
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
			interrupt()
		case "j":
			io.WriteString(w, "   1* {shell,start,[init]}\n")
		case "q":
			return false
		case "", "h", "?":
			io.WriteString(w, jobHelp)
		case "s", "r":
			io.WriteString(w, "goerl runs a single shell\n")
		default:
			io.WriteString(w, "Unknown command\n")
		}
	}
}
