package builtins

import (
	"os"

	"goerl/term"
)

// osBIFs are the parts of kernel's os module that lessons use.
func osBIFs() []Entry {
	return []Entry{
		modBIF("os", "type", 0, "{unix,linux}", func(*Call, []term.Term) term.Term {
			return term.Tuple{term.Atom("unix"), term.Atom("linux")}
		}),
		modBIF("os", "timestamp", 0, "{MegaSecs,Secs,MicroSecs} on the runtime clock", bifTimestamp),
		modBIF("os", "system_time", 0, "the runtime clock in native units (ns)", func(c *Call, _ []term.Term) term.Term {
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
