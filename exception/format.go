package exception

import (
	"strings"

	"goerl/term"
)

// This file is goerl's port of OTP 25's erl_error:format_exception/7 as
// the shell calls it (shell:report_exception/4): the "** exception ..."
// text, with the reason explained in words and the stack shown as "in
// function"/"called as"/"*** argument N:"/"in call from" lines.

// Format returns the text the shell prints for an uncaught
// exception, as erl does, without a final newline:
//
//	** exception error: bad argument
//	     in function  element/2
//	        called as element(5,{a})
//	        *** argument 1: out of range
//
// Frames of erl_eval and shell at the bottom of the stack are not shown.
func Format(class term.Atom, reason, stack term.Term) string {
	return exceptionText{}.format(class, reason, stack)
}

// FormatRecords is Format printing tuples that match
// the shell's record definitions as records (#person{...}), as erl's
// shell does.
func FormatRecords(class term.Atom, reason, stack term.Term, records term.RecordFields) string {
	return exceptionText{records: records}.format(class, reason, stack)
}

// exceptionText formats exceptions; records, when set, prints tuples
// matching shell record definitions as records.
type exceptionText struct{ records term.RecordFields }

// format is erl_error:format_exception/7 with the shell's options: the
// class and the explained reason on the first line, then the stack. A
// frame's error_info explains its arguments; when it also names a
// reason of its own (errs.reason), that replaces the generic one, as
// OTP's format_error callbacks may.
func (x exceptionText) format(class term.Atom, reason, stack term.Term) string {
	const indent = "   " // the width of "** ", which the shell prints first
	if f, ok := shellCommandClause(class, reason, stack); ok {
		// erl_error's explanation for a shell command called with an
		// argument none of its clauses takes (f(123)).
		return "** " + exited(class) + "no function clause matching call to " +
			term.QuoteAtom(string(f.fun)) + "/" + itoa(f.arity)
	}
	explained, culprit, rest := analyzeException(class, reason, stack)
	errs := argProblems{}
	if len(rest) > 0 {
		errs = frameProblems(rest[0], reason)
	}
	st := x.formatStack(indent, trimShellFrames(rest), errs)
	why := x.explainReason(explained, class, culprit, indent)
	if errs.reason != "" {
		why = errs.reason
	}
	text := "** " + exited(class) + why
	if st != "" {
		text += "\n" + st
	}
	return text
}

// frame is one stack frame {M,F,ArgsOrArity,Info}.
type frame struct {
	mod, fun term.Atom
	args     term.List // nil when only the arity is known
	arity    int
	info     term.Term
}

// toFrames reads a stack trace, [{M,F,ArgsOrArity,Info}]; false when
// any entry has another shape, and erl then prints the stack as a plain
// term after the reason instead of "in function" lines.
func toFrames(stack term.Term) ([]frame, bool) {
	l, ok := stack.(term.List)
	if !ok {
		return nil, false
	}
	frames := make([]frame, 0, len(l))
	for _, e := range l {
		t, ok := e.(term.Tuple)
		if !ok || len(t) != 4 {
			return nil, false
		}
		m, ok1 := t[0].(term.Atom)
		f, ok2 := t[1].(term.Atom)
		_, ok3 := t[3].(term.List)
		if !ok1 || !ok2 || !ok3 {
			return nil, false
		}
		fr := frame{mod: m, fun: f, info: t[3]}
		switch a := t[2].(type) {
		case int:
			fr.arity = a
		case term.List:
			fr.args = a
			fr.arity = len(a)
		default:
			return nil, false
		}
		frames = append(frames, fr)
	}
	return frames, true
}

// analyzeException is erl_error:analyze_exception/3: it splits off the
// frame that the reason itself explains (function_clause and undef).
func analyzeException(class term.Atom, reason, stack term.Term) (explained term.Term, culprit *frame, rest []frame) {
	frames, ok := toFrames(stack)
	if !ok {
		return term.Tuple{reason, stack}, nil, nil
	}
	if class == term.Atom("error") && len(frames) > 0 {
		switch {
		case reason == term.Atom("function_clause") && frames[0].args != nil,
			reason == term.Atom("undef"):
			return reason, &frames[0], frames[1:]
		}
	}
	return reason, nil, frames
}

// shellCommandClause recognises function_clause raised by a shell command
// itself: the top frame is {shell,F,Arity,_}.
func shellCommandClause(class term.Atom, reason, stack term.Term) (frame, bool) {
	frames, ok := toFrames(stack)
	if !ok || class != term.Atom("error") || reason != term.Atom("function_clause") || len(frames) == 0 {
		return frame{}, false
	}
	f := frames[0]
	return f, f.mod == "shell" && f.args == nil && f.fun != "apply_fun"
}

// trimShellFrames drops the evaluator's own frames from the bottom.
func trimShellFrames(frames []frame) []frame {
	n := len(frames)
	for n > 0 && (frames[n-1].mod == "erl_eval" || frames[n-1].mod == "shell") {
		n--
	}
	return frames[:n]
}

// frameProblems explains the arguments of the top frame, the call that
// failed; frames further down only name where they were called from.
func frameProblems(f frame, reason term.Term) argProblems {
	if f.args == nil {
		// Only eval_bits' construction failures explain a frame that
		// has just an arity.
		if m := errorInfoMap(f.info); m != nil {
			if fn, _ := m.Get(term.Atom("function")); fn == term.Atom("format_bs_fail") {
				cause, _ := m.Get(term.Atom("cause"))
				return bsFailProblems(cause, m)
			}
		}
		return argProblems{}
	}
	return explainArgs(f.mod, f.fun, f.args, reason, f.info)
}

// exited is the "exception Class: " prefix; error is the default, as an
// unknown class prints like one in erl.
func exited(class term.Atom) string {
	switch class {
	case term.Atom("exit"):
		return "exception exit: "
	case term.Atom("throw"):
		return "exception throw: "
	}
	return "exception error: "
}

// explainReason is erl_error:explain_reason/7.
func (x exceptionText) explainReason(reason term.Term, class term.Atom, culprit *frame, indent string) string {
	exitedSize := len(exited(class))
	if class == term.Atom("error") && culprit == nil {
		if text, ok := fixedExplanation(reason); ok {
			return text
		}
		if t, ok := reason.(term.Tuple); ok && len(t) >= 2 {
			if prefix, ok := valuePrefix(t[0], len(t)); ok {
				return x.formatValue(t[1], prefix, exitedSize, indent)
			}
			if text, ok := explainTagged(t); ok {
				return text
			}
		}
	}
	if class == term.Atom("error") && culprit != nil {
		switch reason {
		case term.Atom("function_clause"):
			pre := indent + strings.Repeat(" ", exitedSize)
			const errStr = "no function clause matching "
			text := errStr + x.formatCall(errStr, pre, culprit.mod, culprit.fun, culprit.args)
			// erl always writes the space before the location, even when
			// there is none (shell funs, erl_eval); a Go module frame
			// without one ends at the call.
			if loc := location(culprit.info); loc != "" || culprit.mod == "erl_eval" {
				text += " " + loc
			}
			return text
		case term.Atom("undef"):
			if culprit.mod == "shell_default" {
				return "undefined shell command " + term.QuoteAtom(string(culprit.fun)) + "/" + itoa(culprit.arity)
			}
			// Always qualified: in erl every auto-imported BIF exists, so
			// an undefined one (a BIF goerl lacks) is named erlang:F/A.
			return "undefined function " + term.QuoteAtom(string(culprit.mod)) + ":" +
				term.QuoteAtom(string(culprit.fun)) + "/" + itoa(culprit.arity)
		}
	}
	return x.pp(reason, len(indent)+1+exitedSize)
}

// fixedExplanation is the words erl_error has for the reasons that
// need no arguments explained (badarg, badarith, if_clause, noproc,
// ...); false for any other reason.
func fixedExplanation(reason term.Term) (string, bool) {
	switch reason {
	case term.Atom("badarg"):
		return "bad argument", true
	case term.Atom("badarith"):
		return "an error occurred when evaluating an arithmetic expression", true
	case term.Atom("if_clause"):
		return "no true branch found when evaluating an if expression", true
	case term.Atom("noproc"):
		return "no such process or port", true
	case term.Atom("notalive"):
		return "the node cannot be part of a distributed system", true
	case term.Atom("system_limit"):
		return "a system limit has been reached", true
	case term.Atom("timeout_value"):
		return "bad receive timeout value", true
	}
	return "", false
}

// valuePrefix gives the text before V for reasons {Tag,V}.
func valuePrefix(tag term.Term, size int) (string, bool) {
	if size != 2 {
		return "", false
	}
	switch tag {
	case term.Atom("badarg"):
		return "bad argument: ", true
	case term.Atom("badkey"):
		return "bad key: ", true
	case term.Atom("badmap"):
		return "bad map: ", true
	case term.Atom("badfun"):
		return "bad function ", true
	case term.Atom("badmatch"):
		return "no match of right hand side value ", true
	case term.Atom("case_clause"):
		return "no case clause matching ", true
	case term.Atom("else_clause"):
		return "no else clause matching ", true
	case term.Atom("try_clause"):
		return "no try clause matching ", true
	case term.Atom("bad_filter"):
		return "bad filter ", true
	case term.Atom("bad_generator"):
		return "bad generator ", true
	}
	return "", false
}

// explainTagged explains the other tagged reasons erl_eval and the shell
// raise.
func explainTagged(t term.Tuple) (string, bool) {
	switch {
	case t[0] == term.Atom("badarity") && len(t) == 2:
		inner, ok := t[1].(term.Tuple)
		if !ok || len(inner) != 2 {
			return "", false
		}
		fn, ok1 := inner[0].(*term.Fun)
		args, ok2 := inner[1].(term.List)
		if !ok1 || !ok2 {
			return "", false
		}
		return formatFun(fn) + " called with " + argCount(len(args)), true
	case t[0] == term.Atom("shell_undef") && len(t) == 4:
		f, ok := t[1].(term.Atom)
		if !ok {
			return "", false
		}
		n, ok := t[2].(int)
		if l, isList := t[2].(term.List); isList {
			n, ok = len(l), true
		}
		if !ok {
			return "", false
		}
		return "undefined shell command " + term.QuoteAtom(string(f)) + "/" + itoa(n), true
	case t[0] == term.Atom("unbound") && len(t) == 2:
		return "variable " + term.Sprint(t[1]) + " is unbound", true
	case t[0] == term.Atom("argument_limit") && len(t) == 2:
		return "limit of number of arguments to interpreted function exceeded", true
	}
	return "", false
}

// argCount spells an argument count as erl's badarity text does ("one
// argument", "two arguments", "5 arguments").
func argCount(n int) string {
	switch n {
	case 0:
		return "no arguments"
	case 1:
		return "one argument"
	case 2:
		return "two arguments"
	}
	return itoa(n) + " arguments"
}

// formatFun is erl_error:format_fun/2.
func formatFun(f *term.Fun) string {
	switch {
	case f.External:
		return mfaString(term.Atom(f.Module), term.Atom(f.Name), f.Arity)
	case f.Module == "erl_eval":
		return "interpreted function with arity " + itoa(f.Arity)
	case f.Name == "":
		return term.Sprint(f)
	}
	return mfaString(term.Atom(f.Module), term.Atom(f.Name), f.Arity)
}

// formatValue is erl_error:format_value/6: errStr followed by v, moved to
// its own line when that saves lines.
func (x exceptionText) formatValue(v term.Term, errStr string, exitedSize int, indent string) string {
	s1 := x.pp(v, exitedSize+len(indent)+len(errStr)+1)
	if n1 := countLines(s1); n1 > 1 {
		s2 := x.pp(v, len(indent)+1+exitedSize)
		if countLines(s2) < n1 {
			return errStr + "\n" + indent + strings.Repeat(" ", exitedSize) + s2
		}
	}
	return errStr + s1
}

// location is " (File, line N)" from a frame's info, or "".
func location(info term.Term) string {
	var file string
	line := -1
	if l, ok := info.(term.List); ok {
		for _, e := range l {
			t, ok := e.(term.Tuple)
			if !ok || len(t) != 2 {
				continue
			}
			switch t[0] {
			case term.Atom("file"):
				if s, ok := term.Chardata(t[1]); ok && file == "" {
					file = s
				}
			case term.Atom("line"):
				if n, ok := t[1].(int); ok && line < 0 {
					line = n
				}
			}
		}
	}
	if file == "" || line < 0 {
		return ""
	}
	return "(" + file + ", line " + itoa(line) + ")"
}

// formatStack is erl_error:format_stacktrace1/8 without the shell frames.
func (x exceptionText) formatStack(indent string, frames []frame, errs argProblems) string {
	s := "  " + indent
	var b strings.Builder
	for n, f := range frames {
		sep := s
		if n > 0 {
			sep = "\n" + s
		}
		b.WriteString(sep)
		b.WriteString(origin(n, f))
		b.WriteString(" ")
		b.WriteString(mfaString(f.mod, f.fun, f.arity))
		frameErrs := argProblems{}
		if n == 0 {
			frameErrs = errs
		}
		if f.args == nil {
			if loc := location(f.info); loc != "" {
				b.WriteString(" ")
				b.WriteString(loc)
			}
		} else {
			calledAs := s + "   called as "
			b.WriteString("\n")
			b.WriteString(calledAs)
			b.WriteString(x.formatCall("", calledAs, f.mod, f.fun, f.args))
		}
		for _, line := range argErrorLines(frameErrs, f.arity) {
			b.WriteString("\n" + sep + "   " + line)
		}
	}
	return b.String()
}

// argErrorLines is erl_error:format_arg_errors/3.
func argErrorLines(errs argProblems, arity int) []string {
	var lines []string
	for i := 0; i < arity && i < len(errs.args); i++ {
		if errs.args[i] == "" {
			continue
		}
		head := "*** argument " + itoa(i+1) + ": "
		parts := strings.FieldsFunc(errs.args[i], func(r rune) bool { return r == '\n' || r == '\r' })
		for j, part := range parts {
			if j == 0 {
				lines = append(lines, head+part)
			} else {
				lines = append(lines, strings.Repeat(" ", runeLen(head))+part)
			}
		}
	}
	if errs.general != "" {
		lines = append(lines, "*** "+errs.general)
	}
	return lines
}

// origin is the label of stack line n: the failing call is "in function"
// (or "in operator" for +, /, ...), every caller "in call from". The
// trailing spaces line the names up as erl does.
func origin(n int, f frame) string {
	if n > 0 {
		return "in call from"
	}
	if isOperator(f.mod, f.fun, f.arity) {
		return "in operator "
	}
	return "in function "
}

// mfaString is erl_error:mfa_to_string/4: M:F/A, or F/A for an
// auto-imported BIF or an operator ('/' quoted, others bare).
func mfaString(mod, fun term.Atom, arity int) string {
	return mfString(mod, fun, arity) + "/" + itoa(arity)
}

// mfString is M:F for mfaString and for printing a call: the module is
// left out for auto-imported BIFs and operators, which erl shows bare.
func mfString(mod, fun term.Atom, arity int) string {
	switch {
	case mod == "erlang" && term.AutoImported(string(fun), arity):
		return term.QuoteAtom(string(fun))
	case isOperator(mod, fun, arity):
		if fun == "/" {
			return "'/'"
		}
		return string(fun)
	}
	return term.QuoteAtom(string(mod)) + ":" + term.QuoteAtom(string(fun))
}

// formatCall is erl_error:format_call/7: "M:F(Args)" or "A op B", placed
// after pre+errStr, or on a line of its own when that saves lines.
func (x exceptionText) formatCall(errStr, pre string, mod, fun term.Atom, args term.List) string {
	if isOperator(mod, fun, len(args)) {
		return x.formatOperator(errStr, pre, string(fun), args)
	}
	mfs := mfString(mod, fun, len(args))
	i1 := runeLen(pre + errStr + mfs)
	s1 := x.ppArguments(args, i1)
	s2 := x.ppArguments(args, runeLen(pre+mfs))
	s3 := x.ppArguments(term.List{term.Atom("a2345"), term.Atom("b2345")}, i1)
	if countLines(s3) > 0 || countLines(s2) < countLines(s1) {
		return "\n" + pre + mfs + s2
	}
	return mfs + s1
}

// formatOperator is erl_error:format_op/7.
func (x exceptionText) formatOperator(errStr, pre, op string, args term.List) string {
	if len(args) == 1 {
		i1 := runeLen(errStr + pre + op)
		return op + " " + x.pp(args[0], i1+2)
	}
	i1 := runeLen(errStr + pre)
	s1 := x.pp(args[0], i1+1)
	s2 := x.pp(args[1], i1+1)
	pre1 := "\n" + strings.Repeat(" ", i1)
	if countLines(s1) > 0 {
		return s1 + pre1 + op + pre1 + s2
	}
	size1 := runeLen(errStr+pre+op) + 2
	s22 := x.pp(args[1], size1+runeLen(s1)+1)
	if countLines(s2) < countLines(s22) {
		return s1 + pre1 + op + pre1 + s2
	}
	return s1 + " " + op + " " + s22
}

// ppArguments prints an argument list in parentheses starting at column
// i+1. A list of printable integers would print as a string, so its
// first integer is printed in place of a same-width atom (as erl does).
func (x exceptionText) ppArguments(args term.List, i int) string {
	if len(args) > 0 && term.IsPrintableList(args) {
		first := itoa(args[0].(int))
		rest := append(term.List{term.Atom(strings.Repeat("a", len(first)))}, args[1:]...)
		s := []rune(x.pp(rest, i+1))
		return "(" + first + string(s[1+len(first):len(s)-1]) + ")"
	}
	s := []rune(x.pp(args, i+1))
	return "(" + string(s[1:len(s)-1]) + ")"
}

// isOperator reports whether erlang:F/A is an operator
// (erl_internal:op_type/2).
func isOperator(mod, fun term.Atom, arity int) bool {
	if mod != "erlang" {
		return false
	}
	switch arity {
	case 1:
		switch fun {
		case "+", "-", "bnot", "not":
			return true
		}
	case 2:
		switch fun {
		case "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr",
			"and", "or", "xor", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=", "++", "--", "!":
			return true
		}
	}
	return false
}
