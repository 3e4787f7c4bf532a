package builtins

import (
	"os"

	"goerl/term"
)

// osBIFs are the parts of kernel's os module that lessons use.
func osBIFs() []Entry {
	return []Entry{
		modBIF("os", "type", 0, "{unix,linux}", func(*Call, []term.Term) term.Term {
			// Fixed rather than read from the host, so output does not depend on
			// the machine goerl runs on.
			return term.Tuple{term.Atom("unix"), term.Atom("linux")}
		}),
		modBIF("os", "timestamp", 0, "{MegaSecs,Secs,MicroSecs} on the runtime clock", bifTimestamp),
		modBIF("os", "system_time", 0, "the runtime clock in native units (ns)", func(c *Call, _ []term.Term) term.Term {
			// The runtime's clock, not time.Now: it is virtual in transcript mode,
			// and os:system_time stays consistent with the other clock BIFs.
			return int(c.Runtime.Now().UnixNano())
		}),
		modBIF("os", "system_time", 1, "the runtime clock in a time unit", func(c *Call, a []term.Term) term.Term {
			return inUnit(c.Runtime.Now().UnixNano(), a[0])
		}),
		modBIF("os", "getenv", 1, "an environment variable's value, or false", func(_ *Call, a []term.Term) term.Term {
			name, ok := term.CharList(a[0])
			if !ok {
				badarg()
			}
			// The real environment; a variable set but empty is "", not false,
			// as in erl.
			v, found := os.LookupEnv(name)
			if !found {
				return term.False
			}
			return term.String(v)
		}),
		modBIF("os", "getenv", 0, "every environment variable as \"NAME=Value\"", func(*Call, []term.Term) term.Term {
			env := os.Environ()
			out := make(term.List, len(env))
			for i, e := range env {
				out[i] = term.String(e)
			}
			return out
		}),
	}
}
