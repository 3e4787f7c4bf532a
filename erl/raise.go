package erl

import "goerl/term"

// raiseBadarg raises error:badarg with the stack frame erl gives a failing
// BIF, {Mod,Fun,Args,[{error_info,#{module => ...}}]}, so the shell can
// print "in function  Mod:Fun/N" and "called as ...".
func raiseBadarg(mod, fun string, args ...term.Term) {
	raiseBIF(mod, fun, nil, args...)
}

// raiseBIF is raiseBadarg with an error_info cause (erl's hint for the
// "*** argument N: ..." line); cause nil leaves it out.
func raiseBIF(mod, fun string, cause term.Term, args ...term.Term) {
	errMod := term.Atom("erl_erts_errors")
	if mod != "erlang" {
		errMod = "erl_stdlib_errors"
	}
	keys := []term.Term{term.Atom("module")}
	vals := []term.Term{errMod}
	if cause != nil {
		keys = append(keys, term.Atom("cause"))
		vals = append(vals, cause)
	}
	info := term.List{term.Tuple{term.Atom("error_info"), term.NewMap(keys, vals)}}
	frame := term.Tuple{term.Atom(mod), term.Atom(fun), term.List(args), info}
	panic(&term.Exception{Class: "error", Reason: term.Atom("badarg"), Stack: term.List{frame}})
}
