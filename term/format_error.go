package term

import (
	"strconv"
	"strings"
)

// FormatErrorKind tells why io:format refused its arguments.
type FormatErrorKind uint8

const (
	// WrongArgCount: the directives need more or fewer arguments than given.
	WrongArgCount FormatErrorKind = iota + 1
	// InvalidFormat: the format is not a string, atom or binary.
	InvalidFormat
	// BadFormat: the format string has an unknown or truncated directive.
	BadFormat
	// BadArgType: an argument has the wrong type for its directive.
	BadArgType
	// FormatFailed: the arguments passed the checks but formatting failed
	// anyway (say ~-10p, or ~s of a list with characters above 255).
	FormatFailed
	// TooLarge: a field width or precision beyond the allocation budget
	// (Limits); raised as system_limit, not badarg.
	TooLarge
)

// FormatError is io:format's badarg, with the explanation erl's shell
// prints under it (erl_stdlib_errors): "*** argument Arg: Lines[0]", the
// further lines aligned under the first.
type FormatError struct {
	Kind FormatErrorKind
	// Arg is the io:format/2 argument blamed: 1 (the format) or 2 (the
	// argument list).
	Arg   int
	Lines []string
	// Hint is a further general remark ("possibly missing argument list"),
	// printed as "*** Hint" on its own line; empty when there is none.
	Hint string
}

func (e *FormatError) Error() string {
	return "argument " + strconv.Itoa(e.Arg) + ": " + strings.Join(e.Lines, "\n")
}

// wrongArgCount is the error for a count mismatch; an atom format also
// gets erl's hint that the argument list may be missing.
func wrongArgCount(format Term) *FormatError {
	e := &FormatError{Kind: WrongArgCount, Arg: 1, Lines: []string{"wrong number of arguments"}}
	if _, ok := format.(Atom); ok {
		e.Hint = "possibly missing argument list"
	}
	return e
}
