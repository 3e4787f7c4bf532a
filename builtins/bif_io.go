package builtins

import (
	"io"

	"goerl/term"
)

func modBIF(mod, name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
	return Entry{Module: mod, Name: name, Arity: arity, Help: help, Fn: fn}
}

// ioCause is the error_info cause erl gives io:format failures; the
// explanation comes from checking the format against its arguments.
var ioCause = term.Tuple{term.Atom("device"), term.Atom("put_chars")}

func ioBIFs() []Entry {
	format := func(c *Call, dev, f, args term.Term) term.Term {
		if dev != nil && !isDevice(dev) {
			badarg()
		}
		s, ok := formatText(f, args)
		if !ok {
			failCause(atomBadarg, ioCause)
		}
		c.write(s)
		return term.OK
	}
	return []Entry{
		modBIF("io", "format", 1, "print a format string", func(c *Call, a []term.Term) term.Term {
			return format(c, nil, a[0], term.List{})
		}),
		modBIF("io", "format", 2, "print Format with Args (~p ~w ~s ~n ...)", func(c *Call, a []term.Term) term.Term {
			return format(c, nil, a[0], a[1])
		}),
		modBIF("io", "format", 3, "io:format/2 on a device", func(c *Call, a []term.Term) term.Term {
			return format(c, a[0], a[1], a[2])
		}),
		modBIF("io", "fwrite", 1, "io:format/1", func(c *Call, a []term.Term) term.Term {
			return format(c, nil, a[0], term.List{})
		}),
		modBIF("io", "fwrite", 2, "io:format/2", func(c *Call, a []term.Term) term.Term {
			return format(c, nil, a[0], a[1])
		}),
		modBIF("io", "fwrite", 3, "io:format/3", func(c *Call, a []term.Term) term.Term {
			return format(c, a[0], a[1], a[2])
		}),
		modBIF("io", "put_chars", 1, "print characters", func(c *Call, a []term.Term) term.Term {
			return putChars(c, a[0])
		}),
		modBIF("io", "put_chars", 2, "print characters on a device", func(c *Call, a []term.Term) term.Term {
			if !isDevice(a[0]) {
				badarg()
			}
			return putChars(c, a[1])
		}),
		modBIF("io", "nl", 0, "print a newline", func(c *Call, _ []term.Term) term.Term {
			c.write("\n")
			return term.OK
		}),
		modBIF("io", "write", 1, "print a term as ~w", func(c *Call, a []term.Term) term.Term {
			c.write(term.Sprint(a[0]))
			return term.OK
		}),
		modBIF("io_lib", "format", 2, "io:format's text as a string", func(_ *Call, a []term.Term) term.Term {
			s, ok := formatText(a[0], a[1])
			if !ok {
				badarg()
			}
			return term.String(s)
		}),
		modBIF("io_lib", "write", 1, "a term as ~w text", func(_ *Call, a []term.Term) term.Term {
			return term.String(term.Sprint(a[0]))
		}),
	}
}

func isDevice(t term.Term) bool {
	switch t {
	case term.Atom("standard_io"), term.Atom("user"), term.Atom("standard_error"):
		return true
	}
	_, ok := t.(term.Pid)
	return ok
}

func putChars(c *Call, chars term.Term) term.Term {
	s, ok := chardata(chars)
	if !ok {
		failCause(atomBadarg, ioCause)
	}
	c.write(s)
	return term.OK
}

// write prints to the runtime's output.
func (c *Call) write(s string) {
	if c.Out != nil {
		_, _ = io.WriteString(c.Out, s)
	}
}
