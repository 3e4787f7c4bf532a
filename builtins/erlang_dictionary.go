package builtins

import (
	"goerl/process"
	"goerl/term"
)

// dictionary is the calling process's dictionary.
func (c *Call) dictionary() *process.Dictionary {
	// The dictionary lives in the dispatcher's per-runtime state keyed by
	// process, not in a global, so two runtimes in one test stay apart.
	return c.dispatcher.state.dictionary(c.Runtime, c.Proc)
}

// dictionaryBIFs are erlang's process-dictionary BIFs. Keys and values
// are any terms and keys compare with =:= (put(1, a) and put(1.0, b)
// are two entries), as in erl; every BIF acts on the calling process's
// own dictionary.
func dictionaryBIFs() []Entry {
	return []Entry{
		erlangBIF("put", 2, "store Value under Key in the process dictionary: the old value or undefined", func(c *Call, a []term.Term) term.Term {
			return c.dictionary().Put(a[0], a[1])
		}),
		erlangBIF("get", 1, "the value of Key in the process dictionary, or undefined", func(c *Call, a []term.Term) term.Term {
			return c.dictionary().Get(a[0])
		}),
		erlangBIF("get", 0, "the process dictionary as [{Key,Value}]", func(c *Call, _ []term.Term) term.Term {
			return c.dictionary().List()
		}),
		erlangBIF("get_keys", 0, "the keys of the process dictionary", func(c *Call, _ []term.Term) term.Term {
			return c.dictionary().Keys()
		}),
		erlangBIF("get_keys", 1, "the keys whose value is Value", func(c *Call, a []term.Term) term.Term {
			return c.dictionary().KeysOf(a[0])
		}),
		erlangBIF("erase", 1, "remove Key from the process dictionary: its value or undefined", func(c *Call, a []term.Term) term.Term {
			return c.dictionary().Erase(a[0])
		}),
		erlangBIF("erase", 0, "empty the process dictionary: what it held", func(c *Call, _ []term.Term) term.Term {
			return c.dictionary().EraseAll()
		}),
	}
}
