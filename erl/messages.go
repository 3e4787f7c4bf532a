package erl

import (
	"time"

	"goerl/term"
)

// Send is Dest ! Msg: dest is a pid or a registered name (an atom, or a
// Go string taken as one). It returns the message, as ! does. Sending to
// a name nobody has raises error:badarg.
func (a *api) Send(dest term.Term, msg term.Term) term.Term {
	a.check()
	d := a.destination(dest, "send", msg)
	m := a.ctx.AnyToTerm(msg)
	a.ctx.Runtime.Send(a.ctx.Runtime.Current(), d, m)
	return m
}

// destination normalises a pid-or-name argument.
func (a *api) destination(dest term.Term, fun string, other ...term.Term) term.Term {
	switch d := dest.(type) {
	case term.Pid, term.Atom:
		return d
	case string:
		return term.Atom(d)
	}
	raiseBadarg("erlang", fun, append([]term.Term{a.ctx.AnyToTerm(dest)}, other...)...)
	return nil
}

func acceptAny(msg term.Term) (any, bool) { return msg, true }

// Receive waits for the oldest message and removes it from the mailbox.
func (a *api) Receive() term.Term {
	a.check()
	m, _ := a.ctx.proc().Receive(acceptAny, -1)
	return m
}

// ReceiveTimeout is receive Msg -> Msg after Ms -> ... end: ok is false on
// timeout. ms < 0 waits forever; 0 only looks at what is queued.
func (a *api) ReceiveTimeout(ms int) (term.Term, bool) {
	a.check()
	m, ok := a.ctx.proc().Receive(acceptAny, timeout(ms))
	return m, ok
}

// ReceiveMatch is selective receive: the oldest message for which match
// returns true is removed and returned; others stay queued in order.
func (a *api) ReceiveMatch(match func(term.Term) bool, ms int) (term.Term, bool) {
	a.check()
	m, ok := a.ctx.proc().Receive(func(msg term.Term) (any, bool) {
		return msg, match(msg)
	}, timeout(ms))
	return m, ok
}

func timeout(ms int) time.Duration {
	if ms < 0 {
		return -1
	}
	return time.Duration(ms) * time.Millisecond
}
