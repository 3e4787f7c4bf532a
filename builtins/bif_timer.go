package builtins

import (
	"time"

	"goerl/term"
)

// lineTimerSleep is timer.erl's "receive after T -> ok end", where a bad
// time fails with timeout_value.
const lineTimerSleep = 219

func timerBIFs() []Entry {
	return []Entry{
		modBIF("timer", "sleep", 1, "wait Ms milliseconds (or infinity)", func(c *Call, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case int:
				if v < 0 {
					raiseWith(term.Atom("timeout_value"), SourceFrame("timer", "sleep", 1, "timer.erl", lineTimerSleep))
				}
				c.Proc.Sleep(time.Duration(v) * time.Millisecond)
				return term.OK
			case term.Atom:
				if v == "infinity" {
					c.Proc.Receive(func(term.Term) (any, bool) { return nil, false }, -1)
				}
			}
			raiseWith(term.Atom("timeout_value"), SourceFrame("timer", "sleep", 1, "timer.erl", lineTimerSleep))
			return nil
		}),
		modBIF("timer", "send_after", 2, "send Msg to self() after Ms: {ok,TRef}", func(c *Call, a []term.Term) term.Term {
			return timerSend(c, a[0], c.Proc.Pid(), a[1])
		}),
		modBIF("timer", "send_after", 3, "send Msg to Dest after Ms: {ok,TRef}", func(c *Call, a []term.Term) term.Term {
			return timerSend(c, a[0], a[1], a[2])
		}),
		modBIF("timer", "cancel", 1, "cancel a timer: {ok,cancel}", func(c *Call, a []term.Term) term.Term {
			ref, ok := a[0].(term.Ref)
			if !ok {
				return term.Tuple{atomError, atomBadarg}
			}
			c.Runtime.CancelTimer(ref)
			return term.Tuple{term.OK, term.Atom("cancel")}
		}),
		modBIF("timer", "tc", 1, "{Microseconds, F()} timing a fun", func(c *Call, a []term.Term) term.Term {
			f, ok := funOfArity(a[0], 0)
			if !ok {
				badarg()
			}
			start := c.Runtime.Now()
			v := c.Apply(f, nil)
			return term.Tuple{int(c.Runtime.Now().Sub(start) / time.Microsecond), v}
		}),
		modBIF("timer", "seconds", 1, "seconds in milliseconds", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			if !ok {
				badarg()
			}
			return n * 1000
		}),
	}
}

func timerSend(c *Call, ms, dest, msg term.Term) term.Term {
	n, ok := ms.(int)
	if !ok || n < 0 {
		return term.Tuple{atomError, atomBadarg}
	}
	switch dest.(type) {
	case term.Pid, term.Atom:
	default:
		return term.Tuple{atomError, atomBadarg}
	}
	return term.Tuple{term.OK, c.Runtime.SendAfter(time.Duration(n)*time.Millisecond, dest, msg)}
}
