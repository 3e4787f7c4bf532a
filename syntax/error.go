package syntax

import "fmt"

// Error is a positioned message about a form, printed by the shell as
// "* Line:Col: Msg". Line and Col count from 1 at the start of the form;
// Col counts characters (a tab is one).
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Pos is a position in a form: line and column, both from 1.
type Pos struct{ Line, Col int }

// Position returns p itself, so that every node embedding Pos has it.
func (p Pos) Position() Pos { return p }

func errorAt(p Pos, format string, args ...any) *Error {
	return &Error{Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)}
}
