package builtins

import (
	"os"

	"goerl/term"
)

// fileBIFs are the parts of kernel's file module that lessons use.
func fileBIFs() []Entry {
	return []Entry{
		modBIF("file", "get_cwd", 0, "{ok, Dir}: the operating system's working directory", func(*Call, []term.Term) term.Term {
			dir, err := os.Getwd()
			if err != nil {
				return term.Tuple{atomError, term.Atom("enoent")}
			}
			return term.Tuple{term.OK, term.String(dir)}
		}),
	}
}
