package exception

import (
	"strconv"
	"strings"

	"goerl/term"
)

// This file is goerl's port of the parts of OTP 25's erl_erts_errors and
// erl_stdlib_errors that explain the BIFs goerl has: given a failed
// call's module, function, arguments, reason and error_info cause, it
// says what was wrong with which argument ("*** argument 1: not an
// atom"). Like OTP it looks only at the arguments and the cause, never
// at runtime state, so an exception explains itself the same way
// wherever it is printed.
//
// Convention for other packages: a frame's error_info map with module
// erl_erts_errors or erl_stdlib_errors is explained here; with any other
// module (or none), a cause that is a map #{N => Text, general => Text}
// (Text a string or binary) is printed as given.

// Texts of OTP's expand_error/1, by the names OTP gives them.
const (
	notAtom       = "not an atom"
	notBinary     = "not a binary"
	notCons       = "not a nonempty list"
	notFloat      = "not a float"
	notFun        = "not a fun"
	notInteger    = "not an integer"
	notIodata     = "not an iodata term"
	notIolist     = "not an iolist term"
	notList       = "not a list"
	notProperList = "not a proper list"
	notMap        = "not a map"
	notNumber     = "not a number"
	notPid        = "not a pid"
	notRef        = "not a reference"
	notString     = "not a list of characters"
	notTuple      = "not a tuple"
	outOfRange    = "out of range"
	badBase       = "not an integer in the range 2 through 36"
	badDest       = "invalid destination"
	badTimeUnit   = "invalid time unit"
	deadProcess   = "the pid does not refer to an existing process"
	nonExisting   = "not an already existing atom"
	domainError   = "is outside the domain for this function"
	badOption     = "invalid option in list"
	badEncoding   = "is an invalid encoding option"
)

// notEncodable is OTP's text for a list that is not what list_to_X
// wanted ("not a textual representation of an integer").
func notEncodable(what string) string { return "not a textual representation of " + what }

// argProblems explains a failed call: problems[i] is the text for
// argument i+1 ("" when that argument is fine), general a text about the
// call as a whole.
type argProblems struct {
	args    []string
	general string
	// reason, when set, replaces the explanation of the error reason
	// (erl_erts_errors:format_bs_fail's "construction of binary failed").
	reason string
}

// problems builds an explanation from per-argument texts, in order.
func problems(args ...string) argProblems { return argProblems{args: args} }

// explainArgs finds the explanation of frame's failure, if any.
func explainArgs(mod, fun term.Atom, args term.List, reason term.Term, info term.Term) argProblems {
	infoMap := errorInfoMap(info)
	if infoMap == nil || reason == term.Atom("system_limit") {
		// A system limit is no fault of the arguments' types: erl
		// explains none.
		return argProblems{}
	}
	cause, hasCause := infoMap.Get(term.Atom("cause"))
	if !hasCause {
		cause = term.Atom("none")
	}
	infoModule, _ := infoMap.Get(term.Atom("module"))
	if fn, _ := infoMap.Get(term.Atom("function")); fn == term.Atom("format_bs_fail") {
		return bsFailProblems(cause, infoMap)
	}
	switch infoModule {
	case term.Atom(ErtsErrors):
		if mod == "erlang" {
			return ertsProblems(string(fun), args, reason, cause)
		}
	case term.Atom(StdlibErrors):
		return stdlibProblems(string(mod), string(fun), args, cause)
	}
	if m, ok := cause.(*term.Map); ok {
		return literalProblems(m)
	}
	return argProblems{}
}

// errorInfoMap finds {error_info,Map} in a frame's info list.
func errorInfoMap(info term.Term) *term.Map {
	l, ok := info.(term.List)
	if !ok {
		return nil
	}
	for _, e := range l {
		if t, ok := e.(term.Tuple); ok && len(t) == 2 && t[0] == term.Atom("error_info") {
			m, _ := t[1].(*term.Map)
			return m
		}
	}
	return nil
}

// literalProblems reads a cause that carries its own texts, #{N => Text,
// general => Text}, as erl_error does for modules it does not know: a
// library can explain its errors without goerl knowing the library.
// Keys outside 1..255 and texts that are not strings are ignored.
func literalProblems(m *term.Map) argProblems {
	var p argProblems
	for i, k := range m.Keys() {
		text, ok := textOf(m.Values()[i])
		if !ok {
			continue
		}
		switch k := k.(type) {
		case int:
			if k >= 1 && k <= 255 {
				for len(p.args) < k {
					p.args = append(p.args, "")
				}
				p.args[k-1] = text
			}
		case term.Atom:
			if k == "general" {
				p.general = text
			}
		}
	}
	return p
}

// textOf is an explanation text given as a binary or as chardata.
func textOf(t term.Term) (string, bool) {
	if b, ok := t.(term.Binary); ok {
		return string(b), true
	}
	return term.Chardata(t)
}

// The mustBe helpers are OTP's must_be_* checks: "" when t has the type
// the argument needs, else the text erl prints for it.
func mustBeAtom(t term.Term) string {
	if _, ok := t.(term.Atom); ok {
		return ""
	}
	return notAtom
}

// mustBePid: a pid, for the process BIFs that take no registered name.
func mustBePid(t term.Term) string {
	if _, ok := t.(term.Pid); ok {
		return ""
	}
	return notPid
}

// mustBeInt: any integer, big ones included.
func mustBeInt(t term.Term) string {
	if term.IsInteger(t) {
		return ""
	}
	return notInteger
}

// mustBeList tells an improper list from a non-list, as erl does.
func mustBeList(t term.Term) string {
	switch t.(type) {
	case term.List:
		return ""
	case term.Improper:
		return notProperList
	}
	return notList
}

// mustBeBase accepts the bases integer_to_list/2 and friends take.
func mustBeBase(t term.Term) string {
	if n, ok := t.(int); ok && n >= 2 && n <= 36 {
		return ""
	}
	return badBase
}

// mustBeNumber: an integer or a float, for math's functions.
func mustBeNumber(t term.Term) string {
	if term.IsNumber(t) {
		return ""
	}
	return notNumber
}

// mustBeMap: a map, for maps' functions and the map BIFs.
func mustBeMap(t term.Term) string {
	if _, ok := t.(*term.Map); ok {
		return ""
	}
	return notMap
}

// mustBeFun wants a fun of the given arity and says how many arguments
// it should take, in erl's words.
func mustBeFun(t term.Term, arity int) string {
	if f, ok := t.(*term.Fun); ok && f.Arity == arity {
		return ""
	}
	{
		switch arity {
		case 1:
			return "not a fun that takes one argument"
		case 2:
			return "not a fun that takes two arguments"
		case 3:
			return "not a fun that takes three arguments"
		}
		return "not a fun that takes " + strconv.Itoa(arity) + " arguments"
	}
}

// mustBeNonNegInt tells a negative integer ("out of range") from a
// non-integer; big integers count by their sign.
func mustBeNonNegInt(t term.Term) string {
	switch v := t.(type) {
	case int:
		if v < 0 {
			return outOfRange
		}
		return ""
	case interface{ Sign() int }:
		if v.Sign() < 0 {
			return outOfRange
		}
		return ""
	}
	return notInteger
}

// mfArgs explains the Module, Function, Args of apply/3 and spawn/3.
func mfArgs(m, f, a term.Term) argProblems {
	return problems(mustBeAtom(m), mustBeAtom(f), mustBeList(a))
}

// listToSomething is OTP's list_to_something/2.
func listToSomething(l term.Term, what string) argProblems {
	if mustBeList(l) != "" {
		return problems(notList)
	}
	return problems(notEncodable(what))
}

// ertsProblems is erl_erts_errors:format_erlang_error/3 for goerl's BIFs.
func ertsProblems(fun string, args term.List, reason, cause term.Term) argProblems {
	if reason == term.Atom("system_limit") {
		return argProblems{}
	}
	arg := func(i int) term.Term { return args[i] }
	// OTP's format_erlang_error/3 matches on the function and its
	// arguments; grouping by arity first keeps the same name at different
	// arities (atom_to_binary/1,2) apart as it does.
	switch n := len(args); {
	case n == 1:
		switch fun {
		case "abs", "ceil", "float", "floor", "round", "trunc":
			return problems(notNumber)
		case "atom_to_binary", "atom_to_list", "check_old_code", "module_loaded", "whereis":
			return problems(notAtom)
		case "binary_to_list":
			return problems(notBinary)
		// A binary that is not a number's text is "not a textual
		// representation"; anything else is not a binary at all.
		case "binary_to_integer":
			if _, ok := arg(0).(term.Binary); ok {
				return problems(notEncodable("an integer"))
			}
			return problems(notBinary)
		case "binary_to_atom":
			if _, ok := arg(0).(term.Binary); ok {
				return argProblems{}
			}
			return problems(notBinary)
		// A well-formed binary can only have failed because no such atom
		// exists yet.
		case "binary_to_existing_atom":
			if _, ok := arg(0).(term.Binary); ok {
				return problems(nonExisting)
			}
			return problems(notBinary)
		case "cancel_timer", "demonitor", "ref_to_list":
			return problems(notRef)
		case "float_to_list":
			return problems(notFloat)
		case "hd", "tl":
			return problems(notCons)
		case "integer_to_binary", "integer_to_list":
			return problems(notInteger)
		case "iolist_to_binary", "iolist_size":
			return problems(notIodata)
		case "is_process_alive", "node", "pid_to_list", "unlink", "unregister":
			return problems(notPid)
		case "length", "list_to_tuple":
			return problems(notList)
		// link/1 fails on a pid only when the process is gone (noproc).
		case "link":
			if _, ok := arg(0).(term.Pid); ok {
				return problems(deadProcess)
			}
			return problems(notPid)
		case "list_to_atom":
			if e := mustBeList(arg(0)); e != "" {
				return problems(e)
			}
			return problems(notString)
		// As binary_to_existing_atom: a proper string means the atom is
		// unknown; otherwise say what is wrong with the list.
		case "list_to_existing_atom":
			if _, ok := term.CharList(arg(0)); ok {
				return problems(nonExisting)
			}
			if e := mustBeList(arg(0)); e != "" {
				return problems(e)
			}
			return problems(notString)
		case "list_to_binary":
			return problems(notIolist)
		case "list_to_float":
			return listToSomething(arg(0), "a float")
		case "list_to_integer":
			return listToSomething(arg(0), "an integer")
		case "list_to_pid":
			return listToSomething(arg(0), "a pid")
		case "list_to_ref":
			return listToSomething(arg(0), "a reference")
		case "map_size":
			return problems(notMap)
		case "bit_size", "byte_size":
			return problems("not a bitstring")
		case "binary_to_term":
			if _, ok := arg(0).(term.Binary); ok {
				return problems("invalid external representation of a term")
			}
			return problems(notBinary)
		case "monotonic_time", "system_time":
			return problems(badTimeUnit)
		case "process_info":
			return problems(mustBePid(arg(0)))
		case "size":
			return problems("not tuple or binary")
		case "spawn", "spawn_link", "spawn_monitor":
			return problems(notFun)
		case "tuple_size", "tuple_to_list":
			return problems(notTuple)
		}
	case n == 2:
		switch fun {
		// map_get/2 on a map fails only for a missing key, explained on
		// argument 1 (the key), as erl does.
		case "map_get":
			if _, ok := arg(1).(*term.Map); !ok {
				return problems("", notMap)
			}
			return problems("not present in map")
		case "is_map_key":
			if _, ok := arg(1).(*term.Map); !ok {
				return problems("", notMap)
			}
		case "atom_to_binary":
			enc := ""
			switch arg(1) {
			case term.Atom("latin1"), term.Atom("unicode"), term.Atom("utf8"):
			default:
				enc = badEncoding
			}
			return problems(mustBeAtom(arg(0)), enc)
		case "binary_to_existing_atom":
			if _, ok := arg(0).(term.Binary); !ok {
				return problems(notBinary)
			}
			if !term.IsEncoding(arg(1)) {
				return problems("", badEncoding)
			}
			return problems(nonExisting)
		case "binary_to_atom":
			switch arg(1) {
			case term.Atom("latin1"), term.Atom("unicode"), term.Atom("utf8"):
				if _, ok := arg(0).(term.Binary); ok {
					return argProblems{}
				}
				return problems(notBinary)
			}
			b := ""
			if _, ok := arg(0).(term.Binary); !ok {
				b = notBinary
			}
			return problems(b, "not one of the atoms: latin1, utf8, or unicode")
		case "binary_to_integer":
			if e := mustBeBase(arg(1)); e != "" {
				b := ""
				if _, ok := arg(0).(term.Binary); !ok {
					b = notBinary
				}
				return problems(b, e)
			}
			if _, ok := arg(0).(term.Binary); ok {
				return problems(notEncodable("an integer"))
			}
			return problems(notBinary)
		case "check_process_code":
			return problems(mustBePid(arg(0)), mustBeAtom(arg(1)))
		case "demonitor":
			if _, ok := arg(0).(term.Ref); !ok {
				return problems(notRef, mustBeList(arg(1)))
			}
			if e := mustBeList(arg(1)); e != "" {
				return problems("", e)
			}
			return problems("", badOption)
		// element/2 blames the index when it is not an integer or lies outside
		// the tuple, and the tuple argument when it is not a tuple: an index
		// below 1 into a non-tuple blames both, one above 0 only the tuple, as
		// erl does.
		case "element":
			first := ""
			if idx, ok := arg(0).(int); !ok {
				first = notInteger
			} else if t, ok := arg(1).(term.Tuple); !ok || idx <= 0 || idx > len(t) {
				if ok || idx <= 0 {
					first = outOfRange
				}
			}
			second := ""
			if _, ok := arg(1).(term.Tuple); !ok {
				second = notTuple
			}
			return problems(first, second)
		case "exit":
			return problems(notPid)
		case "float_to_list":
			if _, ok := arg(0).(float64); !ok {
				return problems(notFloat, mustBeList(arg(1)))
			}
			if e := mustBeList(arg(1)); e != "" {
				return problems("", e)
			}
			return problems("", badOption)
		case "integer_to_binary", "integer_to_list":
			return problems(mustBeInt(arg(0)), mustBeBase(arg(1)))
		case "is_function":
			if term.IsInteger(arg(1)) {
				return problems("", outOfRange)
			}
			return problems("", notInteger)
		case "list_to_integer":
			if e := mustBeBase(arg(1)); e != "" {
				return problems(mustBeList(arg(0)), e)
			}
			if e := mustBeList(arg(0)); e != "" {
				return problems(e)
			}
			return problems(notEncodable("an integer"))
		// The cause tells a bad monitor type from a bad target; with a good
		// type, the target is checked against that type.
		case "monitor":
			if cause == term.Atom("badtype") {
				return problems("invalid monitor type")
			}
			switch arg(0) {
			case term.Atom("port"):
				if _, ok := arg(1).(term.Port); !ok {
					return problems("", "not a port")
				}
			case term.Atom("process"):
				return problems("", mustBePid(arg(1)))
			}
			return argProblems{}
		// The cause tells an unknown flag (badopt) from a bad value for a
		// known one.
		case "process_flag":
			if cause == term.Atom("badopt") {
				return problems("invalid process flag")
			}
			return problems("", "invalid value for this process flag")
		case "process_info":
			if e := mustBePid(arg(0)); e != "" {
				return problems(e)
			}
			return problems("", "invalid item or item list")
		case "register":
			return registerProblems(arg(0), arg(1), cause)
		case "send":
			return problems(badDest)
		}
	case n == 3:
		switch fun {
		case "apply", "spawn", "spawn_link", "spawn_monitor":
			return mfArgs(arg(0), arg(1), arg(2))
		case "is_record":
			second, third := "", ""
			if _, ok := arg(1).(term.Atom); !ok {
				second = notAtom
			}
			if _, ok := arg(2).(int); !ok {
				third = "not an integer"
			}
			return problems("", second, third)
		// setelement/3 checks its index and tuple as element/2 does; the new
		// value can never be wrong.
		case "setelement":
			return ertsProblems("element", args[:2], reason, cause)
		case "send_after", "start_timer":
			dest := ""
			switch arg(1).(type) {
			case term.Pid, term.Atom:
			default:
				dest = "not a pid or an atom"
			}
			return problems(mustBeNonNegInt(arg(0)), dest)
		}
	}
	return argProblems{}
}

// registerProblems is OTP's explanation of register/2: the cause says
// which rule failed (the process already has a name, or is dead);
// without one, two well-typed arguments mean the name is taken.
func registerProblems(name, pid, cause term.Term) argProblems {
	switch cause {
	case term.Atom("registered_name"):
		return problems("", "this process or port already has a name")
	case term.Atom("notalive"):
		return problems("", deadProcess)
	}
	first := ""
	if name == term.Undefined {
		first = "'undefined' is not a valid name"
	} else if _, ok := name.(term.Atom); !ok {
		first = notAtom
	}
	second := ""
	switch pid.(type) {
	case term.Pid, term.Port:
	default:
		second = "not a pid or port"
	}
	if first == "" && second == "" {
		return problems("name is in use")
	}
	return problems(first, second)
}

// stdlibProblems is erl_stdlib_errors:format_error/2 for goerl's library
// functions.
func stdlibProblems(mod, fun string, args term.List, cause term.Term) argProblems {
	switch mod {
	case "math":
		return mathProblems(fun, args)
	case "maps":
		return mapsProblems(fun, args)
	case "lists":
		return listsProblems(fun, args)
	case "io", "io_lib":
		return ioProblems(fun, args, cause)
	case "binary":
		return binaryProblems(fun, args, cause)
	}
	return argProblems{}
}

// mathProblems explains math's functions: a non-number, or a number
// outside the function's domain (math:log(0)).
func mathProblems(fun string, args term.List) argProblems {
	switch fun {
	case "acos", "acosh", "asin", "atanh", "log", "log2", "log10", "sqrt":
		if len(args) == 1 {
			if e := mustBeNumber(args[0]); e != "" {
				return problems(e)
			}
			return problems(domainError)
		}
	case "fmod":
		if len(args) == 2 {
			a, b := mustBeNumber(args[0]), mustBeNumber(args[1])
			if a == "" && b == "" {
				if f, _ := term.ToFloat(args[1]); f == 0 {
					return problems("", domainError)
				}
				return argProblems{}
			}
			return problems(a, b)
		}
	}
	switch len(args) {
	case 1:
		return problems(mustBeNumber(args[0]))
	case 2:
		return problems(mustBeNumber(args[0]), mustBeNumber(args[1]))
	}
	return argProblems{}
}

// mapsProblems explains maps' functions, argument by argument, with the
// arity each fun argument needs.
func mapsProblems(fun string, args term.List) argProblems {
	switch fun {
	case "find", "is_key", "remove", "take":
		return problems("", notMap)
	case "get":
		if len(args) == 2 {
			if _, ok := args[1].(*term.Map); ok {
				return problems("not present in map")
			}
		}
		return problems("", notMap)
	case "from_list":
		return problems(mustBeList(args[0]))
	case "keys", "size", "values":
		return problems(notMap)
	case "to_list":
		return problems("not a map or an iterator")
	case "merge":
		return problems(mustBeMap(args[0]), mustBeMap(args[1]))
	case "put", "update":
		return problems("", "", notMap)
	case "map", "filter", "foreach":
		return problems(mustBeFun(args[0], 2), mustBeMap(args[1]))
	case "fold":
		return problems(mustBeFun(args[0], 3), "", mustBeMap(args[2]))
	case "with", "without":
		return problems(mustBeList(args[0]), mustBeMap(args[1]))
	case "update_with":
		if len(args) == 3 {
			return problems("", mustBeFun(args[1], 1), mustBeMap(args[2]))
		}
		return problems("", mustBeFun(args[1], 1), "", mustBeMap(args[3]))
	case "filtermap":
		return problems(mustBeFun(args[0], 2), mustBeMap(args[1]))
	case "merge_with", "intersect_with":
		return problems(mustBeFun(args[0], 3), mustBeMap(args[1]), mustBeMap(args[2]))
	case "intersect":
		return problems(mustBeMap(args[0]), mustBeMap(args[1]))
	case "iterator":
		return problems(notMap)
	case "next":
		return problems("not a valid iterator")
	case "groups_from_list":
		if len(args) == 3 {
			return problems(mustBeFun(args[0], 1), mustBeFun(args[1], 1), mustBeList(args[2]))
		}
		return problems(mustBeFun(args[0], 1), mustBeList(args[1]))
	case "from_keys":
		return problems(mustBeList(args[0]))
	}
	return argProblems{}
}

// listsProblems explains the lists functions that are BIFs in OTP 25
// (keyfind, member, reverse, ...) and so carry error_info; the ones
// written in Erlang fail with function_clause instead.
func listsProblems(fun string, args term.List) argProblems {
	switch fun {
	case "keyfind", "keymember", "keysearch":
		pos := ""
		if n, ok := args[1].(int); !ok {
			pos = notInteger
		} else if n < 1 {
			pos = outOfRange
		}
		return problems("", pos, mustBeList(args[2]))
	case "member":
		return problems("", mustBeList(args[1]))
	case "reverse":
		return problems(mustBeList(args[0]))
	case "seq":
		a, b, c := mustBeInt(args[0]), mustBeInt(args[1]), mustBeInt(args[2])
		if a != "" || b != "" || c != "" {
			return problems(a, b, c)
		}
		inc, _ := args[2].(int)
		if inc <= 0 {
			return problems("", "", "not a positive increment")
		}
		return problems("", "", "not a negative increment")
	}
	return argProblems{}
}

// ioProblems is erl_stdlib_errors:format_io_error/3: a device that
// refused the request ({io,Why}) is blamed by name; otherwise, like OTP,
// it checks the format against its arguments again (term.Format's
// checks are erl_lint's and check_io_arguments/2's) to say what was
// wrong.
func ioProblems(fun string, args term.List, cause term.Term) argProblems {
	hasDevice := len(args) == 3 || len(args) == 2 && fun == "put_chars" ||
		len(args) == 1 && fun == "nl" || len(args) == 2 && fun == "write"
	if c, ok := cause.(term.Tuple); ok && len(c) == 2 && c[0] == term.Atom("io") {
		text := ioRefusals[c[1]]
		if text == "" {
			return argProblems{}
		}
		if hasDevice {
			return problems(text)
		}
		return argProblems{general: text}
	}
	var p argProblems
	switch fun {
	case "format", "fwrite":
		fmtArgs := args
		if hasDevice {
			fmtArgs = args[1:]
		}
		var list term.Term = term.List{}
		if len(fmtArgs) > 1 {
			list = fmtArgs[1]
		}
		p = formatProblems(fmtArgs[0], list)
	case "put_chars":
		p = problems("not valid character data (an iodata term)")
	default:
		return argProblems{}
	}
	if hasDevice {
		p.args = append([]string{""}, p.args...)
	}
	return p
}

// ioRefusals explains the {io,Why} causes (expand_error/1).
var ioRefusals = map[term.Term]string{
	term.Atom("arguments"):    "the device does not exist",
	term.Atom("calling_self"): "the device is not allowed to be the current process",
	term.Atom("terminated"):   "the device has terminated",
}

// formatProblems is check_io_format/2.
func formatProblems(format, args term.Term) argProblems {
	if !isIOFormat(format) {
		p := problems("not a valid format string", mustBeList(args))
		switch format.(type) {
		case term.Pid, term.Atom:
			if isIOFormat(args) {
				p.general = "possibly missing argument list"
			}
		}
		return p
	}
	list, ok := args.(term.List)
	if !ok {
		if _, improper := args.(term.Improper); improper {
			return argProblems{} // OTP's check itself crashes on length/1
		}
		return problems("", notList)
	}
	_, err := term.Format(format, list, 0)
	fe, ok := err.(*term.FormatError)
	if !ok {
		return problems("failed to format string")
	}
	p := argProblems{args: make([]string, fe.Arg), general: fe.Hint}
	p.args[fe.Arg-1] = strings.Join(fe.Lines, "\n")
	return p
}

// isIOFormat is io_lib's test of a format: an atom, a binary or a list of
// integers (a flat character list).
func isIOFormat(t term.Term) bool {
	switch v := t.(type) {
	case term.Atom, term.Binary:
		return true
	case term.List:
		for _, e := range v {
			if !term.IsInteger(e) {
				return false
			}
		}
		return true
	}
	return false
}

// bsFailProblems is erl_erts_errors:format_bs_fail/2: a failed binary
// construction, cause {Segment, Type, What, Value}.
func bsFailProblems(cause term.Term, info *term.Map) argProblems {
	c, ok := cause.(term.Tuple)
	if !ok || len(c) != 4 {
		return argProblems{}
	}
	seg := c[0]
	if o, ok := info.Get(term.Atom("override_segment_position")); ok {
		seg = o
	}
	typ, _ := c[1].(term.Atom)
	v := term.Sprint(c[3])
	var msg string
	switch what := c[2].(type) {
	case term.Atom:
		switch what {
		case "size":
			msg = "expected a non-negative integer as size but got: " + v
		case "short":
			msg = "the value " + v + " is shorter than the size of the segment"
		case "type":
			switch typ {
			case "binary":
				msg = "expected a binary but got: " + v
			case "float":
				msg = "expected a float or an integer but got: " + v
			case "integer":
				msg = "expected an integer but got: " + v
			default:
				msg = "expected a non-negative integer encodable as " + string(typ) + " but got: " + v
			}
		}
	case term.Tuple:
		if len(what) == 2 && what[0] == term.Atom("unit") {
			msg = "the size of the value " + v + " is not a multiple of the unit for the segment"
		}
	}
	if msg == "" {
		return argProblems{}
	}
	return argProblems{reason: "construction of binary failed",
		general: "segment " + term.Sprint(seg) + " of type '" + string(typ) + "': " + msg}
}
