package builtins

import (
	"path/filepath"

	"goerl/term"
)

// fileBIFs are the parts of kernel's file module that lessons use.
func fileBIFs() []Entry {
	return []Entry{
		modBIF("file", "get_cwd", 0, "{ok, Dir}: the node's working directory (what pwd/0 prints)", func(c *Call, _ []term.Term) term.Term {
			dir, err := filepath.Abs(c.cwd())
			if err != nil {
				return term.Tuple{atomError, term.Atom("enoent")}
			}
			return term.Tuple{term.OK, term.String(dir)}
		}),
	}
}
