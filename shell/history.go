package shell

import (
	"strings"
	"sync"

	"goerl/syntax"
	"goerl/term"
)

// history numbers commands like erl: the prompt shows the number of the
// next entry; erl keeps the last 20 commands and 20 results (shell.erl
// defaults), and v/1, e/1 and h/0 read them.
//
// The read-eval-print loop adds to it while any process may call v/1,
// h/0, history/1 or results/1 (a spawned fun runs shell commands on its
// own goroutine), so every method takes mu; the lower-case helpers below
// the exported-style ones expect it held.
type history struct {
	mu          sync.Mutex
	next        int
	keep        int // commands kept (history/1)
	keepResults int // of those, how many keep their value for v/1 (results/1)
	entries     []entry
}

type entry struct {
	n        int
	text     string // the form as typed, without its final dot
	exprs    []syntax.Expr
	value    term.Term
	hasValue bool
}

func newHistory(keep int) *history { return &history{next: 1, keep: keep, keepResults: keep} }

// nextNumber is the number of the next command (the prompt's).
func (h *history) nextNumber() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.next
}

// setKeep is history/1: keep n commands; it returns the old setting.
func (h *history) setKeep(n int) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	old := h.keep
	h.keep = n
	if len(h.entries) > n {
		h.entries = h.entries[len(h.entries)-n:]
	}
	return old
}

// setKeepResults is results/1; it returns the old setting.
func (h *history) setKeepResults(n int) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	old := h.keepResults
	h.keepResults = n
	return old
}

// value is v/1's answer: the value of command n, unless it raised
// nothing to keep or is older than the last keepResults commands.
func (h *history) value(n int) (term.Term, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e, found := h.get(n)
	if !found || !e.hasValue || e.n <= h.next-1-h.keepResults {
		return nil, false
	}
	return e.value, true
}

// command returns the expressions of command n (e/1).
func (h *history) command(n int) ([]syntax.Expr, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e, found := h.get(n)
	return e.exprs, found
}

// list returns a copy of the stored commands, oldest first (h/0).
func (h *history) list() []entry {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]entry(nil), h.entries...)
}

// prepare checks and rewrites a command before it runs: a v(N) or e(N)
// naming no stored command rejects it (missing is N as typed), relative
// numbers become absolute, and top-level e(N) is replaced by command N.
func (h *history) prepare(exprs []syntax.Expr) (out []syntax.Expr, missing string, bad bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if missing, bad := h.missingRef(exprs); bad {
		return nil, missing, true
	}
	h.absolutize(exprs)
	return h.expandRepeats(exprs), "", false
}

func (h *history) add(form string, exprs []syntax.Expr, value term.Term, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	text := strings.TrimSpace(form)
	text = strings.TrimSpace(strings.TrimSuffix(text, "."))
	h.entries = append(h.entries, entry{n: h.next, text: text, exprs: exprs, value: value, hasValue: ok})
	if len(h.entries) > h.keep {
		h.entries = h.entries[len(h.entries)-h.keep:]
	}
	h.next++
}

// resolve turns v/e's argument into an absolute command number: N>0 is
// absolute, N<0 counts back from the current command (v(-1) is the
// previous one); 0 names no command.
func (h *history) resolve(n int) int {
	if n < 0 {
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

// missingRef finds a v(N) or e(N) with a literal argument that names no
// stored command: erl rejects the whole command before evaluating it with
// "* N: command not found" (N as typed: "* foo: ...", "* -100: ..."), and
// the number does not advance.
func (h *history) missingRef(exprs []syntax.Expr) (string, bool) {
	missing, found := "", false
	for _, e := range exprs {
		syntax.Inspect(e, func(e syntax.Expr) bool {
			if found {
				return false
			}
			if arg, ok := historyArg(e); ok {
				n, isInt := literalInt(arg)
				if _, stored := h.get(n); !isInt || !stored {
					missing, found = syntax.FormatExpr(arg), true
				}
			}
			return true
		})
	}
	return missing, found
}

// absolutize rewrites v(N) and e(N) with N < 0 to the absolute command
// number, as erl does before evaluating and storing a command (h() then
// lists v(-1) typed at prompt 48 as v(47)).
func (h *history) absolutize(exprs []syntax.Expr) {
	for _, e := range exprs {
		syntax.Inspect(e, func(e syntax.Expr) bool {
			if arg, ok := historyArg(e); ok {
				if n, isInt := literalInt(arg); isInt && n < 0 {
					c := e.(*syntax.Call)
					c.Args[0] = &syntax.Integer{Pos: arg.Position(), Value: h.resolve(n)}
				}
			}
			return true
		})
	}
}

// expandRepeats replaces e(N) commands at the top level of a command by
// the expressions of command N, as erl does before evaluating, so that the
// repeated expressions bind variables in this command and h() lists them
// (wrapped in begin ... end when there are several). e(N) deeper inside an
// expression stays a call (see cmdRepeat).
func (h *history) expandRepeats(exprs []syntax.Expr) []syntax.Expr {
	out := make([]syntax.Expr, 0, len(exprs))
	for _, e := range exprs {
		if stored, ok := h.repeated(e); ok {
			if len(stored) == 1 {
				out = append(out, stored[0])
			} else {
				out = append(out, &syntax.Block{Pos: e.Position(), Body: stored})
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

// repeated returns the stored expressions e(N) names, if e is one.
func (h *history) repeated(e syntax.Expr) ([]syntax.Expr, bool) {
	c, ok := e.(*syntax.Call)
	if !ok {
		return nil, false
	}
	if f, ok := c.Fun.(*syntax.Atom); !ok || f.Name != "e" {
		return nil, false
	}
	arg, ok := historyArg(e)
	if !ok {
		return nil, false
	}
	n, isInt := literalInt(arg)
	stored, found := h.get(n)
	return stored.exprs, isInt && found
}

// historyArg recognises v(Arg) and e(Arg) and returns Arg.
func historyArg(e syntax.Expr) (syntax.Expr, bool) {
	c, ok := e.(*syntax.Call)
	if !ok || len(c.Args) != 1 {
		return nil, false
	}
	name, ok := c.Fun.(*syntax.Atom)
	if !ok || (name.Name != "v" && name.Name != "e") {
		return nil, false
	}
	// Any argument: shell.erl evaluates it without bindings, and
	// whatever is not then a stored command's number (v(X), v(1/0))
	// is "command not found".
	return c.Args[0], true
}

// literalInt is the value of an integer literal argument.
// It evaluates integer arithmetic on literals (v(1 + 1)), as erl_eval
// with no bindings would; anything else is no number.
func literalInt(e syntax.Expr) (int, bool) {
	switch a := e.(type) {
	case *syntax.Integer:
		n, ok := a.Value.(int)
		return n, ok
	case *syntax.UnaryOp:
		n, ok := literalInt(a.Operand)
		switch a.Op {
		case "-":
			return -n, ok
		case "+":
			return n, ok
		}
	case *syntax.BinOp:
		x, ok1 := literalInt(a.Left)
		y, ok2 := literalInt(a.Right)
		if !ok1 || !ok2 {
			return 0, false
		}
		switch a.Op {
		case "+":
			return x + y, true
		case "-":
			return x - y, true
		case "*":
			return x * y, true
		case "div":
			return x / y, y != 0
		case "rem":
			return x % y, y != 0
		}
	}
	return 0, false
}
