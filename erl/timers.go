package erl

import (
	"time"

	"goerl/term"
)

// Sleep is timer:sleep/1 on the runtime clock (virtual in transcripts);
// a kill ends it.
func (a *api) Sleep(ms int) {
	a.check()
	a.ctx.proc().Sleep(timeout(max(ms, 0)))
}

// SendAfter is erlang:send_after/3: msg goes to dest (a pid or a name)
// after ms on the runtime clock.
func (a *api) SendAfter(ms int, dest term.Term, msg term.Term) term.Ref {
	a.check()
	d := a.destination(dest, "send_after", msg)
	return a.ctx.Runtime.SendAfter(timeout(max(ms, 0)), d, a.ctx.AnyToTerm(msg))
}

// CancelTimer is erlang:cancel_timer/1: the milliseconds that were left,
// or false when the timer had already fired or been cancelled.
func (a *api) CancelTimer(ref term.Ref) term.Term {
	a.check()
	left, ok := a.ctx.Runtime.CancelTimer(ref)
	if !ok {
		return term.False
	}
	return int(left / time.Millisecond)
}

// Now is the runtime clock in milliseconds since the Unix epoch
// (erlang:system_time(millisecond)).
func (a *api) Now() int {
	a.check()
	return int(a.ctx.Runtime.Now().UnixMilli())
}
