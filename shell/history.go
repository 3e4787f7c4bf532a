package shell

import (
	"strings"

	"goerl/syntax"
	"goerl/term"
)

// history numbers commands like erl: the prompt shows the number of the
// next entry; erl keeps the last 20 commands and 20 results (shell.erl
// defaults), and v/1, e/1 and h/0 read them.
type history struct {
	next    int
	keep    int
	entries []entry
}

type entry struct {
	n        int
	text     string // the form as typed, without its final dot
	exprs    []syntax.Expr
	value    term.Term
	hasValue bool
}

func newHistory(keep int) *history { return &history{next: 1, keep: keep} }

func (h *history) add(form string, exprs []syntax.Expr, value term.Term, ok bool) {
	text := strings.TrimSpace(form)
	text = strings.TrimSpace(strings.TrimSuffix(text, "."))
	h.entries = append(h.entries, entry{n: h.next, text: text, exprs: exprs, value: value, hasValue: ok})
	if len(h.entries) > h.keep {
		h.entries = h.entries[len(h.entries)-h.keep:]
	}
	h.next++
}

// resolve turns v/e's argument into an absolute command number: N>0 is
// absolute, N<=0 counts back from the current command (v(-1) is the
// previous one, v(0) the current).
func (h *history) resolve(n int) int {
	if n <= 0 {
		return h.next + n
	}
	return n
}

func (h *history) get(n int) (entry, bool) {
	n = h.resolve(n)
	for _, e := range h.entries {
		if e.n == n {
			return e, true
		}
	}
	return entry{}, false
}

// missingRef finds a v(N) or e(N) with a literal N that names no stored
// command: erl rejects the whole command before evaluating it with
// "* N: command not found", and the number does not advance.
func (h *history) missingRef(exprs []syntax.Expr) (int, bool) {
	missing, found := 0, false
	for _, e := range exprs {
		syntax.Inspect(e, func(e syntax.Expr) bool {
			if found {
				return false
			}
			if n, ok := historyRef(e); ok {
				if _, stored := h.get(n); !stored {
					missing, found = n, true
				}
			}
			return true
		})
	}
	return missing, found
}

// absolutize rewrites v(N) and e(N) with N <= 0 to the absolute command
// number, as erl does before evaluating and storing a command (h() then
// lists v(-1) typed at prompt 48 as v(47)).
func (h *history) absolutize(exprs []syntax.Expr) {
	for _, e := range exprs {
		syntax.Inspect(e, func(e syntax.Expr) bool {
			if n, ok := historyRef(e); ok && n <= 0 {
				c := e.(*syntax.Call)
				c.Args[0] = &syntax.Integer{Pos: c.Args[0].Position(), Value: h.resolve(n)}
			}
			return true
		})
	}
}

// historyRef recognises v(N) and e(N) with a literal integer N.
func historyRef(e syntax.Expr) (int, bool) {
	c, ok := e.(*syntax.Call)
	if !ok || len(c.Args) != 1 {
		return 0, false
	}
	name, ok := c.Fun.(*syntax.Atom)
	if !ok || (name.Name != "v" && name.Name != "e") {
		return 0, false
	}
	switch a := c.Args[0].(type) {
	case *syntax.Integer:
		n, ok := a.Value.(int)
		return n, ok
	case *syntax.UnaryOp:
		if i, ok := a.Operand.(*syntax.Integer); ok && a.Op == "-" {
			n, ok := i.Value.(int)
			return -n, ok
		}
	}
	return 0, false
}
