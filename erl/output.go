package erl

import (
	"io"

	"goerl/term"
)

// Format is io:format/2: it prints to the runtime's output (the shell's
// terminal). A format that does not match its arguments raises
// error:badarg from io:format, as erl does.
func (a *api) Format(format string, args ...term.Term) {
	a.check()
	targs := a.terms(args)
	text, err := term.Format(format, targs, 0)
	if err != nil {
		raiseBIF("io", "format", term.Tuple{term.Atom("device"), term.Atom("put_chars")},
			term.String(format), term.List(targs))
	}
	io.WriteString(a.ctx.Runtime.Output(), text)
}
