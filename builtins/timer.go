package builtins

import (
	"time"

	"goerl/process"
	"goerl/term"
)

// lineTimerSleep is timer.erl's "receive after T -> ok end", where a bad
// time fails with timeout_value.
const lineTimerSleep = 219

// timerBIFs are stdlib's timer module on the runtime's clock (virtual in
// transcripts): sleep, send_after, apply_after, the unit conversions.
// Unlike erlang:send_after/3, timer's send_after and apply_after report a
// bad argument as {error,badarg} instead of raising, as timer.erl does.
func timerBIFs() []Entry {
	return []Entry{
		modBIF("timer", "sleep", 1, "wait Ms milliseconds (or infinity)", func(c *Call, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case int:
				if v < 0 {
					raiseWith(term.Atom("timeout_value"), SourceFrame("timer", "sleep", 1, "timer.erl", lineTimerSleep))
				}
				// Sleep waits on the runtime clock, not a Go timer, so the
				// sleep follows the virtual clock of transcripts, and a kill still ends it.
				c.Proc.Sleep(time.Duration(v) * time.Millisecond)
				return term.OK
			case term.Atom:
				if v == "infinity" {
					// sleep(infinity) is a receive that matches nothing and never times
					// out: the process stays killable, as in erl.
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
			// {ok, cancel} whether or not the timer was still pending, as
			// timer:cancel answers.
			c.Runtime.CancelTimer(ref)
			return term.Tuple{term.OK, term.Atom("cancel")}
		}),
		modBIF("timer", "tc", 1, "{Microseconds, F()} timing a fun", func(c *Call, a []term.Term) term.Term {
			f, ok := funOfArity(a[0], 0)
			if !ok {
				badarg()
			}
			// Measured on the runtime clock, so under the virtual clock tc
			// reports virtual time, reproducibly.
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
		msConversion("minutes", 60*1000),
		msConversion("hours", 60*60*1000),
		modBIF("timer", "hms", 3, "hours, minutes and seconds in milliseconds", func(_ *Call, a []term.Term) term.Term {
			h, ok1 := a[0].(int)
			m, ok2 := a[1].(int)
			s, ok3 := a[2].(int)
			if !ok1 || !ok2 || !ok3 {
				badarg()
			}
			return ((h*60+m)*60 + s) * 1000
		}),
		modBIF("timer", "apply_after", 4, "call M:F(Args) in a new process after Ms: {ok,TRef}", func(c *Call, a []term.Term) term.Term {
			ms, ok := a[0].(int)
			args, okArgs := properList(a[3])
			mod, okM := a[1].(term.Atom)
			fn, okF := a[2].(term.Atom)
			if !ok || ms < 0 || !okArgs || !okM || !okF {
				return term.Tuple{atomError, atomBadarg}
			}
			// erl's timer server spawns the call when the time comes; a
			// sleeping process does the same on the runtime clock.
			d := c.dispatcher
			c.spawn(process.SpawnOptions{InitialCall: "timer:apply_after/4"}, func(p *process.Proc) {
				p.Sleep(time.Duration(ms) * time.Millisecond)
				d.CallMFA(p, mod, fn, args)
			})
			return term.Tuple{term.OK, term.Tuple{term.Atom("once"), c.Runtime.MakeRef()}}
		}),
	}
}

// timerSend is timer:send_after/2,3: {ok,TRef} or {error,badarg}.
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

// msConversion is one of timer's unit conversions (minutes/1, hours/1).
func msConversion(name string, factor int) Entry {
	return modBIF("timer", name, 1, name+" in milliseconds", func(_ *Call, a []term.Term) term.Term {
		n, ok := a[0].(int)
		if !ok {
			badarg()
		}
		return n * factor
	})
}
