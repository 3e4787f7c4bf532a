// Package term owns Erlang terms as Go values: their representation,
// construction, comparison and printing (io_lib's ~w and ~p, and
// io:format directives). Every other package speaks in these values.
//
// Representation (canonical forms; constructors normalise to these):
//
//	atom            Atom
//	integer         int, or *big.Int only when it does not fit in an int
//	float           float64
//	tuple           Tuple
//	proper list     List (nil and List{} are both [])
//	improper list   Improper (at least one element, tail not a list)
//	string          a List of int code points (Erlang has no string type)
//	binary          Binary
//	map             *Map (immutable, keys kept in term order)
//	pid, ref, port  Pid, Ref, Port
//	fun             *Fun
//
// Terms are immutable once built: code that takes a List or Tuple apart
// may share its backing array, so nothing may write into one after it has
// been handed out.
package term

import (
	"math/big"
)

// Term is any Erlang term. Only the types listed in the package
// documentation are valid terms.
type Term = any

// Atom is an Erlang atom, stored as its text (without quotes).
type Atom string

// Common atoms.
const (
	True      Atom = "true"
	False     Atom = "false"
	OK        Atom = "ok"
	Undefined Atom = "undefined"
)

// Bool returns the atom true or false.
func Bool(b bool) Atom {
	if b {
		return True
	}
	return False
}

// Tuple is an Erlang tuple.
type Tuple []Term

// List is a proper Erlang list. The empty list is a List of length 0.
type List []Term

// Improper is a list whose final tail is not a list: [1,2|3].
// Elems is never empty and Tail is never a List or Improper.
type Improper struct {
	Elems []Term
	Tail  Term
}

// Cons builds [head|tail], normalising to List when tail is a proper list.
func Cons(head, tail Term) Term {
	switch t := tail.(type) {
	case List:
		l := make(List, 0, len(t)+1)
		l = append(l, head)
		return append(l, t...)
	case Improper:
		e := make([]Term, 0, len(t.Elems)+1)
		e = append(e, head)
		return Improper{Elems: append(e, t.Elems...), Tail: t.Tail}
	default:
		return Improper{Elems: []Term{head}, Tail: tail}
	}
}

// ConsN builds [e1,...,en|tail] from elems and tail, normalising like Cons.
func ConsN(elems []Term, tail Term) Term {
	if len(elems) == 0 {
		return tail
	}
	switch t := tail.(type) {
	case List:
		l := make(List, 0, len(elems)+len(t))
		return append(append(l, elems...), t...)
	case Improper:
		e := make([]Term, 0, len(elems)+len(t.Elems))
		return Improper{Elems: append(append(e, elems...), t.Elems...), Tail: t.Tail}
	default:
		return Improper{Elems: append([]Term(nil), elems...), Tail: tail}
	}
}

// String returns s as an Erlang string: a list of its code points.
func String(s string) List {
	l := make(List, 0, len(s))
	for _, r := range s {
		l = append(l, int(r))
	}
	return l
}

// Binary is an Erlang binary (a whole number of bytes).
type Binary []byte

// Pid is a process identifier, printed <0.ID.0>.
type Pid struct{ ID int }

// Ref is a reference, printed #Ref<0.0.0.ID>.
type Ref struct{ ID int }

// Port is a port identifier, printed #Port<0.ID>.
type Port struct{ ID int }

// Fun is a function value.
//
// External funs (fun m:f/2) have External set and are printed as
// "fun m:f/2"; they always call the current version of m. Other funs print
// as #Fun<Module.Index.Uniq>. Impl belongs to whoever made the fun (the
// shell evaluator or a module version) and is opaque to this package.
type Fun struct {
	Module   string
	Name     string // for external funs
	Arity    int
	External bool
	Index    int
	Uniq     int
	Impl     any
}

// BigInt normalises a big integer: it returns an int when the value fits.
func BigInt(b *big.Int) Term {
	if b.IsInt64() {
		return int(b.Int64())
	}
	return b
}

// IsInteger reports whether t is an integer.
func IsInteger(t Term) bool {
	switch t.(type) {
	case int, *big.Int:
		return true
	}
	return false
}

// IsNumber reports whether t is an integer or a float.
func IsNumber(t Term) bool {
	switch t.(type) {
	case int, *big.Int, float64:
		return true
	}
	return false
}

// IsList reports whether t is a list (proper, improper or empty).
func IsList(t Term) bool {
	switch t.(type) {
	case List, Improper:
		return true
	}
	return false
}

// Exception is an Erlang exception in flight: class error, exit or throw,
// with its reason and stack trace (a list term, possibly empty).
// Evaluation code raises it with panic and catches it at the boundaries
// documented in each package.
type Exception struct {
	Class  Atom
	Reason Term
	Stack  Term
	// Given marks a stack that erlang:raise/3 was handed: erl keeps it
	// as it is, so no caller adds its frames.
	Given bool
}

// Error makes the exception text of Go's error interface; the shell
// formats exceptions itself, this is for logs and tests.
func (e *Exception) Error() string {
	return string(e.Class) + ": " + Sprint(e.Reason)
}

// Raise panics with an exception of the given class and reason.
func Raise(class Atom, reason Term) {
	panic(&Exception{Class: class, Reason: reason, Stack: List{}})
}

// RaiseError is shorthand for raising class error with reason.
func RaiseError(reason Term) { Raise("error", reason) }

// Badarg raises error:badarg.
func Badarg() { RaiseError(Atom("badarg")) }
