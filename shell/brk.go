package shell

import (
	"io"
	"strings"

	"goerl/term"
)

// breakMenu is erl's BREAK menu, shown for Ctrl-C at the prompt. It
// reports whether the session goes on. (Ctrl-C while a command runs stops
// that command instead: see run.)
func (s *Shell) breakMenu() bool {
	io.WriteString(s.con, "\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n"+
		"       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n")
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
			for _, m := range s.cs.Loaded() {
				io.WriteString(s.con, m.Name+"\n")
			}
		case "p", "i":
			for _, pid := range s.rt.Processes() {
				if info, ok := s.rt.Info(pid); ok {
					io.WriteString(s.con, "=proc:"+term.Sprint(pid)+"\nState: "+string(info.Status)+"\n")
				}
			}
		default:
			io.WriteString(s.con, "Eh?\n\n")
		}
		io.WriteString(s.con, "\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\n"+
			"       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n")
	}
}
