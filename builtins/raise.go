package builtins

import (
	"goerl/exception"
	"goerl/term"
)

// Atoms used in exception reasons and frames.
const (
	atomError          term.Atom = "error"
	atomExit           term.Atom = "exit"
	atomThrow          term.Atom = "throw"
	atomBadarg         term.Atom = "badarg"
	atomBadarith       term.Atom = "badarith"
	atomUndef          term.Atom = "undef"
	atomFunctionClause term.Atom = "function_clause"
	atomErrorInfo      term.Atom = "error_info"
	atomModule         term.Atom = "module"
	atomCause          term.Atom = "cause"
	atomFile           term.Atom = "file"
	atomLine           term.Atom = "line"
)

// failure is what a BIF implementation panics with when it rejects its
// arguments. The dispatcher, which knows the BIF's module, name and
// arguments, turns it into a *term.Exception with erl's frame. Keeping
// the frame out of the implementations keeps them short.
type failure struct {
	reason term.Term
	cause  term.Term // nil: the error_info map has no cause key
	// line, when non-zero, makes the frame a failure in Erlang source:
	// [{file,"M.erl"},{line,N}] instead of error_info, as erl shows for
	// lists:nth(4,[]).
	line int
	// withErrorInfo keeps the error_info after the file and line, as
	// erl's io functions have both.
	withErrorInfo bool
	// frames, when set, are the whole stack: where the failure really
	// happened (a helper the called function went through, as
	// io:request/3); unless callerLine is 0 the called function follows
	// as a caller frame at callerLine.
	frames     term.List
	callerLine int
}

// fail rejects the call with reason (badarg, badarith, {badkey,K}, ...).
func fail(reason term.Term) { panic(&failure{reason: reason}) }

// failCause rejects the call with a cause that refines the explanation
// (erl's registered_name, notalive, {device,put_chars}, ...).
func failCause(reason, cause term.Term) { panic(&failure{reason: reason, cause: cause}) }

// badarg is fail(badarg).
func badarg() { fail(atomBadarg) }

// noClause rejects the call as function_clause at line of OTP 25's
// M.erl, for library functions that erl implements in Erlang.
func noClause(line int) { panic(&failure{reason: atomFunctionClause, line: line}) }

// errorInfoModule names the module that explains errors of mod.
func errorInfoModule(mod string) string {
	if mod == "erlang" {
		return exception.ErtsErrors
	}
	return exception.StdlibErrors
}

// Frame builds one stack frame {Mod,Fun,Args,Info} with the error_info
// erl attaches to BIF errors. cause may be nil. Other packages use it to
// raise errors that print like erl's BIF errors.
func Frame(mod, fun string, args []term.Term, cause term.Term) term.Tuple {
	info := term.List{errorInfo(mod, cause)}
	return term.Tuple{term.Atom(mod), term.Atom(fun), term.List(append([]term.Term(nil), args...)), info}
}

// errorInfo is the {error_info,#{module => ..., cause => ...}} entry of a
// frame; cause may be nil.
func errorInfo(mod string, cause term.Term) term.Tuple {
	keys := []term.Term{atomModule}
	vals := []term.Term{term.Atom(errorInfoModule(mod))}
	if cause != nil {
		keys = append(keys, atomCause)
		vals = append(vals, cause)
	}
	return term.Tuple{atomErrorInfo, term.NewMap(keys, vals)}
}

// SourceFrame builds a frame {Mod,Fun,Args,[{file,File},{line,Line}]}
// for an error inside a function's body; args may be a term.List or an
// int arity.
func SourceFrame(mod, fun string, args term.Term, file string, line int) term.Tuple {
	return term.Tuple{term.Atom(mod), term.Atom(fun), args, sourceLocation(file, line)}
}

func sourceLocation(file string, line int) term.List {
	return term.List{term.Tuple{atomFile, term.String(file)}, term.Tuple{atomLine, line}}
}

// exception turns a failure of mod:fun(args) into the exception erl raises.
func (f *failure) exception(mod, fun string, args []term.Term) *term.Exception {
	if f.frames != nil {
		stack := append(term.List(nil), f.frames...)
		if f.callerLine != 0 {
			stack = append(stack, term.Tuple{term.Atom(mod), term.Atom(fun), len(args), sourceLocation(mod+".erl", f.callerLine)})
		}
		return &term.Exception{Class: atomError, Reason: f.reason, Stack: stack}
	}
	var frame term.Tuple
	switch {
	case f.line != 0 && f.withErrorInfo:
		info := append(sourceLocation(mod+".erl", f.line), errorInfo(mod, f.cause))
		frame = term.Tuple{term.Atom(mod), term.Atom(fun), term.List(append([]term.Term(nil), args...)), info}
	case f.line != 0:
		frame = SourceFrame(mod, fun, term.List(append([]term.Term(nil), args...)), mod+".erl", f.line)
	default:
		frame = Frame(mod, fun, args, f.cause)
	}
	return &term.Exception{Class: atomError, Reason: f.reason, Stack: term.List{frame}}
}

// RaiseBadarg raises error:badarg from mod:fun(args) with erl's frame.
func RaiseBadarg(mod, fun string, args []term.Term) {
	panic((&failure{reason: atomBadarg}).exception(mod, fun, args))
}

// Undef builds error:undef for a call of an unknown function, with the
// frame [{M,F,Args,[]}] that makes exception.Format print "undefined
// function M:F/A" (or "undefined shell command F/A" for shell_default).
func Undef(mod, fun term.Atom, args []term.Term) *term.Exception {
	frame := term.Tuple{mod, fun, term.List(append([]term.Term(nil), args...)), term.List{}}
	return &term.Exception{Class: atomError, Reason: atomUndef, Stack: term.List{frame}}
}
