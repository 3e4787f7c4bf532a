package builtins

import (
	"goerl/term"
)

// calendarBIFs are stdlib's calendar clocks, read on the runtime clock.
func calendarBIFs() []Entry {
	return []Entry{
		modBIF("calendar", "local_time", 0, "{{Y,Mo,D},{H,Mi,S}} on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now())
		}),
		modBIF("calendar", "universal_time", 0, "{{Y,Mo,D},{H,Mi,S}} in UTC on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now().UTC())
		}),
	}
}
