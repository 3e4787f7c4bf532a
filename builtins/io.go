package builtins

import (
	"io"

	"goerl/term"
)

// The lines of io.erl (OTP 25) that raise, as erl's frames show them: a
// request the device refused ({io,Why}) and one the device failed to
// carry out ({device,Why}).
const (
	ioRefusedLine = 94
	ioFailedLine  = 99
	// ioRequestLine is io:request/3's clause, which no device but an atom
	// or a pid matches; ioCallerLine is o_request's call of it.
	ioRequestLine = 588
	ioCallerLine  = 91
	// ioLibFormatLine is where io_lib:format/2 raises badarg.
	ioLibFormatLine = 187
)

// ioDeviceFailed is the error_info cause erl gives every failure the
// standard output reports back: the io server answers {error,put_chars}
// whatever went wrong, and erl_stdlib_errors works out the explanation
// from the arguments.
var ioDeviceFailed = term.Tuple{term.Atom("device"), term.Atom("put_chars")}

// ioRequest describes one io call for device errors: the request erl
// would send, as io:request/3's function_clause shows it.
type ioRequest func() term.Term

func ioBIFs() []Entry {
	format := func(c *Call, dev, f, args term.Term) term.Term {
		c.checkDevice(dev, func() term.Term { return term.Tuple{term.Atom("format"), f, args} })
		list, ok := args.(term.List)
		if !ok {
			failIO(atomBadarg, ioDeviceFailed)
		}
		s, err := term.FormatWithin(f, list, 0, c.limits())
		if err != nil {
			failTooLarge(err)
			failIO(atomBadarg, ioDeviceFailed)
		}
		c.write(s)
		return term.OK
	}
	stdout := term.Atom("standard_io")
	return []Entry{
		modBIF("io", "format", 1, "print a format string", func(c *Call, a []term.Term) term.Term {
			return format(c, stdout, a[0], term.List{})
		}),
		modBIF("io", "format", 2, "print Format with Args (~p ~w ~s ~n ...)", func(c *Call, a []term.Term) term.Term {
			return format(c, stdout, a[0], a[1])
		}),
		modBIF("io", "format", 3, "io:format/2 on a device", func(c *Call, a []term.Term) term.Term {
			return format(c, a[0], a[1], a[2])
		}),
		modBIF("io", "fwrite", 1, "io:format/1", func(c *Call, a []term.Term) term.Term {
			return format(c, stdout, a[0], term.List{})
		}),
		modBIF("io", "fwrite", 2, "io:format/2", func(c *Call, a []term.Term) term.Term {
			return format(c, stdout, a[0], a[1])
		}),
		modBIF("io", "fwrite", 3, "io:format/3", func(c *Call, a []term.Term) term.Term {
			return format(c, a[0], a[1], a[2])
		}),
		modBIF("io", "put_chars", 1, "print characters", func(c *Call, a []term.Term) term.Term {
			return putChars(c, stdout, a[0])
		}),
		modBIF("io", "put_chars", 2, "print characters on a device", func(c *Call, a []term.Term) term.Term {
			return putChars(c, a[0], a[1])
		}),
		modBIF("io", "nl", 0, "print a newline", func(c *Call, _ []term.Term) term.Term {
			c.write("\n")
			return term.OK
		}),
		modBIF("io", "nl", 1, "print a newline on a device", func(c *Call, a []term.Term) term.Term {
			c.checkDevice(a[0], func() term.Term { return term.Atom("nl") })
			c.write("\n")
			return term.OK
		}),
		modBIF("io", "write", 1, "print a term as ~w", func(c *Call, a []term.Term) term.Term {
			c.write(term.Sprint(a[0]))
			return term.OK
		}),
		modBIF("io", "write", 2, "print a term as ~w on a device", func(c *Call, a []term.Term) term.Term {
			c.checkDevice(a[0], func() term.Term { return term.Tuple{term.Atom("write"), a[1]} })
			c.write(term.Sprint(a[1]))
			return term.OK
		}),
		modBIF("io_lib", "format", 2, "io:format's text as a deep character list", func(c *Call, a []term.Term) term.Term {
			list, ok := a[1].(term.List)
			if !ok {
				raiseAt(atomBadarg, ioLibFormatLine)
			}
			if _, err := term.FormatWithin(a[0], list, 0, c.limits()); err != nil {
				failTooLarge(err)
				raiseAt(atomBadarg, ioLibFormatLine)
			}
			return ioLibChars(a[0], list)
		}),
		modBIF("io_lib", "write", 1, "a term as ~w text", func(_ *Call, a []term.Term) term.Term {
			return deepWriter{}.write(a[0], -1)
		}),
		modBIF("io_lib", "fread", 2, "{ok, Values, Rest} read from a string by a format", func(_ *Call, a []term.Term) term.Term {
			f, ok1 := term.CharList(a[0])
			s, ok2 := term.CharList(a[1])
			if !ok1 || !ok2 {
				badarg()
			}
			return ioLibFread([]rune(f), []rune(s))
		}),
		modBIF("io", "get_line", 1, "eof: the shell owns standard input", func(c *Call, a []term.Term) term.Term {
			return term.Atom("eof")
		}),
	}
}

// checkDevice is io:request/3's routing: standard_io and registered
// names go to a process, a pid must be alive and not the caller. goerl
// writes whatever reaches a device to the runtime's output.
func (c *Call) checkDevice(dev term.Term, request ioRequest) {
	switch d := dev.(type) {
	case term.Atom:
		switch d {
		case "standard_io", "user", "standard_error":
			return
		}
		if c.Runtime != nil {
			if _, ok := c.Runtime.Whereis(d); ok {
				return
			}
		}
		failIORefused(atomBadarg, "arguments")
	case term.Pid:
		switch {
		case c.Proc != nil && c.Proc.Pid() == d:
			failIORefused(term.Atom("calling_self"), "calling_self")
		case c.Runtime != nil && !c.Runtime.IsAlive(d):
			failIORefused(term.Atom("terminated"), "terminated")
		}
	default:
		var ref term.Term = term.Ref{}
		if c.Runtime != nil {
			ref = c.Runtime.MakeRef()
		}
		panic(&failure{reason: atomFunctionClause, frames: term.List{
			SourceFrame("io", "request", term.List{dev, request(), ref}, "io.erl", ioRequestLine),
		}, callerLine: ioCallerLine})
	}
}

// failIO raises reason from an io function whose device reported
// cause, with erl's frame (io.erl's line and the error_info).
func failIO(reason, cause term.Term) {
	panic(&failure{reason: reason, cause: cause, line: ioFailedLine, withErrorInfo: true})
}

// failIORefused raises reason for a device that refused the request
// (cause {io,Why}).
func failIORefused(reason term.Term, why term.Atom) {
	panic(&failure{reason: reason, cause: term.Tuple{term.Atom("io"), why}, line: ioRefusedLine, withErrorInfo: true})
}

// raiseAt raises reason from line of the module's Erlang source, without
// error_info (erl's io_lib explains nothing).
func raiseAt(reason term.Term, line int) { panic(&failure{reason: reason, line: line}) }

func putChars(c *Call, dev, chars term.Term) term.Term {
	c.checkDevice(dev, func() term.Term { return term.Tuple{term.Atom("put_chars"), term.Atom("unicode"), chars} })
	s, ok := term.Chardata(chars)
	if !ok {
		failIO(atomBadarg, ioDeviceFailed)
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
