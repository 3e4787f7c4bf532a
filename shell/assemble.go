package shell

import (
	"strings"

	"goerl/syntax"
)

// Assembler groups input lines into forms the way the shell reads them:
// lines accumulate until they hold a form ending in a dot; text typed after
// that dot on the same line is kept and offered at the next prompt, as if
// typed there. The lesson runner uses it to know which transcript lines
// are typed input and which are the shell's echo of such a rest.
type Assembler struct {
	text    string
	started bool // lines have been read since the last form
	pending string
}

// Pending returns text left over from the previous line, which the shell
// shows after the next prompt instead of reading a line. It is consumed.
func (a *Assembler) Pending() (string, bool) {
	p := a.pending
	a.pending = ""
	return p, p != ""
}

// Add adds one line and reports the form when the text so far completes
// one.
func (a *Assembler) Add(line string) (form string, complete bool) {
	if !a.started {
		a.text, a.started = line, true
	} else {
		// Empty lines before a form count, as in erl: an error in
		// "\n\nY." is reported at line 3.
		a.text += "\n" + line
	}
	if strings.TrimSpace(a.text) == "" {
		return "", false
	}
	form, rest, complete := syntax.SplitForm(a.text)
	if !complete {
		return "", false
	}
	a.text, a.started = "", false
	a.pending = strings.TrimLeft(rest, " \t")
	if strings.TrimSpace(a.pending) == "" {
		a.pending = ""
	}
	return form, true
}

// Partial reports whether lines have been read that do not yet make a form.
func (a *Assembler) Partial() bool { return strings.TrimSpace(a.text) != "" }
