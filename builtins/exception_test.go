package builtins

import (
	"strings"
	"testing"

	"goerl/exception"
	"goerl/term"
)

// catchException runs f and returns the exception it raises.
func catchException(t *testing.T, f func()) (exc *term.Exception) {
	t.Helper()
	defer func() {
		r := recover()
		e, ok := r.(*term.Exception)
		if !ok {
			t.Fatalf("panic %v (%T), want *term.Exception", r, r)
		}
		exc = e
	}()
	f()
	t.Fatalf("no exception")
	return nil
}

func str(s string) term.List { return term.String(s) }

func lines(ls ...string) string { return strings.Join(ls, "\n") }

// The expected texts below were printed by erl (Erlang/OTP 25.2.3) for
// the same calls.
func TestFormatExceptionOfBIFCalls(t *testing.T) {
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	emptyMap := term.NewMap(nil, nil)
	tests := []struct {
		mod, fun string
		args     []term.Term
		want     string
	}{
		{"erlang", "element", []term.Term{5, term.Tuple{term.Atom("a")}}, lines(
			"** exception error: bad argument",
			"     in function  element/2",
			"        called as element(5,{a})",
			"        *** argument 1: out of range")},
		{"erlang", "setelement", []term.Term{3, term.Tuple{term.Atom("a")}, term.Atom("b")}, lines(
			"** exception error: bad argument",
			"     in function  setelement/3",
			"        called as setelement(3,{a},b)",
			"        *** argument 1: out of range")},
		{"math", "sqrt", []term.Term{-1}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in function  math:sqrt/1",
			"        called as math:sqrt(-1)",
			"        *** argument 1: is outside the domain for this function")},
		{"math", "log", []term.Term{0}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in function  math:log/1",
			"        called as math:log(0)",
			"        *** argument 1: is outside the domain for this function")},
		{"math", "sqrt", []term.Term{term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  math:sqrt/1",
			"        called as math:sqrt(a)",
			"        *** argument 1: not a number")},
		{"math", "pow", []term.Term{term.Atom("a"), 1}, lines(
			"** exception error: bad argument",
			"     in function  math:pow/2",
			"        called as math:pow(a,1)",
			"        *** argument 1: not a number")},
		{"erlang", "atom_to_list", []term.Term{1}, lines(
			"** exception error: bad argument",
			"     in function  atom_to_list/1",
			"        called as atom_to_list(1)",
			"        *** argument 1: not an atom")},
		{"erlang", "list_to_atom", []term.Term{term.Atom("x")}, lines(
			"** exception error: bad argument",
			"     in function  list_to_atom/1",
			"        called as list_to_atom(x)",
			"        *** argument 1: not a list")},
		{"erlang", "hd", []term.Term{term.List{}}, lines(
			"** exception error: bad argument",
			"     in function  hd/1",
			"        called as hd([])",
			"        *** argument 1: not a nonempty list")},
		{"erlang", "list_to_integer", []term.Term{str("x")}, lines(
			"** exception error: bad argument",
			"     in function  list_to_integer/1",
			"        called as list_to_integer(\"x\")",
			"        *** argument 1: not a textual representation of an integer")},
		{"erlang", "map_get", []term.Term{term.Atom("a"), term.NewMap(nil, nil)}, lines(
			"** exception error: bad key: a",
			"     in function  map_get/2",
			"        called as map_get(a,#{})",
			"        *** argument 1: not present in map")},
		{"erlang", "is_map_key", []term.Term{term.Atom("a"), term.Atom("x")}, lines(
			"** exception error: bad map: x",
			"     in function  is_map_key/2",
			"        called as is_map_key(a,x)",
			"        *** argument 2: not a map")},
		{"erlang", "binary_to_term", []term.Term{term.Binary{1}}, lines(
			"** exception error: bad argument",
			"     in function  binary_to_term/1",
			"        called as binary_to_term(<<1>>)",
			"        *** argument 1: invalid external representation of a term")},
		{"erlang", "binary_to_list", []term.Term{term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  binary_to_list/1",
			"        called as binary_to_list(a)",
			"        *** argument 1: not a binary")},
		{"erlang", "exit", []term.Term{term.Atom("a"), term.Atom("b")}, lines(
			"** exception error: bad argument",
			"     in function  exit/2",
			"        called as exit(a,b)",
			"        *** argument 1: not a pid")},
		{"erlang", "integer_to_list", []term.Term{term.Atom("a"), 1}, lines(
			"** exception error: bad argument",
			"     in function  integer_to_list/2",
			"        called as integer_to_list(a,1)",
			"        *** argument 1: not an integer",
			"        *** argument 2: not an integer in the range 2 through 36")},
		{"erlang", "length", []term.Term{term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  length/1",
			"        called as length(a)",
			"        *** argument 1: not a list")},
		{"erlang", "abs", []term.Term{term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  abs/1",
			"        called as abs(a)",
			"        *** argument 1: not a number")},
		{"erlang", "tuple_size", []term.Term{term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  tuple_size/1",
			"        called as tuple_size(a)",
			"        *** argument 1: not a tuple")},
		{"lists", "nth", []term.Term{4, term.List{}}, "** exception error: no function clause matching lists:nth(4,[]) (lists.erl, line 198)"},
		{"lists", "seq", []term.Term{1, term.Atom("a")}, "** exception error: no function clause matching lists:seq(1,a) (lists.erl, line 271)"},
		{"lists", "reverse", []term.Term{term.Atom("a")}, "** exception error: no function clause matching lists:reverse(a) (lists.erl, line 175)"},
		{"lists", "map", []term.Term{term.Atom("a"), term.List{1}}, "** exception error: no function clause matching lists:map(a,[1]) (lists.erl, line 1313)"},
		{"lists", "sum", []term.Term{term.List{term.Atom("a")}}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  +/2",
			"        called as 0 + a",
			"     in call from lists:sum/2 (lists.erl, line 319)")},
		{"maps", "get", []term.Term{term.Atom("a"), emptyMap}, lines(
			"** exception error: bad key: a",
			"     in function  maps:get/2",
			"        called as maps:get(a,#{})",
			"        *** argument 1: not present in map")},
		{"io", "format", []term.Term{str("bad~n"), term.List{term.Atom("x")}}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(\"bad~n\",[x])",
			"        *** argument 1: wrong number of arguments")},
		{"io", "format", []term.Term{str("~p~n")}, lines(
			"** exception error: bad argument",
			"     in function  io:format/1",
			"        called as io:format(\"~p~n\")",
			"        *** argument 1: wrong number of arguments")},
		{"io", "format", []term.Term{term.Atom("a"), term.Atom("b")}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(a,b)",
			"        *** argument 2: not a list")},
		{"io", "format", []term.Term{str("~p"), term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(\"~p\",a)",
			"        *** argument 2: not a list")},
		{"io", "format", []term.Term{str("~q"), term.List{1}}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(\"~q\",[1])",
			"        *** argument 1: format string invalid (invalid control ~q)")},
		{"io", "fwrite", []term.Term{str("~s ~w ~f"), term.List{1, 2, term.Atom("a")}}, lines(
			"** exception error: bad argument",
			"     in function  io:fwrite/2",
			"        called as io:fwrite(\"~s ~w ~f\",[1,2,a])",
			"        *** argument 2: element 1 must be of type string",
			"                        element 3 must be of type float")},
		{"io", "format", []term.Term{str("~-10p"), term.List{1}}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(\"~-10p\",[1])",
			"        *** argument 1: failed to format string")},
		{"io", "format", []term.Term{term.Atom("foo"), term.List{term.Atom("a")}}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(foo,[a])",
			"        *** argument 1: wrong number of arguments",
			"        *** possibly missing argument list")},
		{"io", "format", []term.Term{1, term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(1,a)",
			"        *** argument 1: not a valid format string",
			"        *** argument 2: not a list")},
		{"io", "format", []term.Term{str("~p"), term.Improper{Elems: []term.Term{term.Atom("a")}, Tail: term.Atom("b")}}, lines(
			"** exception error: bad argument",
			"     in function  io:format/2",
			"        called as io:format(\"~p\",[a|b])")},
		{"io", "format", []term.Term{term.Atom("bad_device"), str("~p"), term.List{1}}, lines(
			"** exception error: bad argument",
			"     in function  io:format/3",
			"        called as io:format(bad_device,\"~p\",[1])",
			"        *** argument 1: the device does not exist")},
		{"io", "format", []term.Term{term.Atom("standard_io"), str("x"), term.Atom("a")}, lines(
			"** exception error: bad argument",
			"     in function  io:format/3",
			"        called as io:format(standard_io,\"x\",a)",
			"        *** argument 3: not a list")},
		{"io", "put_chars", []term.Term{term.List{term.Atom("a")}}, lines(
			"** exception error: bad argument",
			"     in function  io:put_chars/1",
			"        called as io:put_chars([a])",
			"        *** argument 1: not valid character data (an iodata term)")},
		{"io_lib", "format", []term.Term{str("~q"), term.List{1}}, lines(
			"** exception error: bad argument",
			"     in function  io_lib:format/2",
			"        called as io_lib:format(\"~q\",[1])")},
		{"lists", "nth", []term.Term{5, term.List{term.Atom("a"), term.Atom("b")}},
			"** exception error: no function clause matching lists:nth(3,[]) (lists.erl, line 198)"},
		{"lists", "nth", []term.Term{term.Atom("a"), term.List{term.Atom("a")}}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in function  lists:nth/2 (lists.erl, line 200)")},
		{"lists", "nth", []term.Term{2.5, term.List{term.Atom("a"), term.Atom("b"), term.Atom("c")}},
			"** exception error: no function clause matching lists:nth(0.5,[c]) (lists.erl, line 198)"},
		{"lists", "nthtail", []term.Term{3, term.List{1}},
			"** exception error: no function clause matching lists:nthtail(2,[]) (lists.erl, line 208)"},
		{"lists", "zip", []term.Term{term.List{1, 2, 3, 4, 5}, term.List{1}}, lines(
			"** exception error: no function clause matching lists:zip([2,3,4,5],[]) (lists.erl, line 419)",
			"     in function  lists:zip/2 (lists.erl, line 419)")},
		{"lists", "zip", []term.Term{term.List{}, term.List{1}},
			"** exception error: no function clause matching lists:zip([],[1]) (lists.erl, line 419)"},
		{"lists", "sublist", []term.Term{term.List{1, 2}, term.Atom("a")},
			"** exception error: no function clause matching lists:sublist([1,2],a) (lists.erl, line 385)"},
		{"lists", "sublist", []term.Term{term.List{1, 2}, -1},
			"** exception error: no function clause matching lists:sublist_2([1,2],-1) (lists.erl, line 388)"},
		{"lists", "map", []term.Term{&term.Fun{Module: "erl_eval", Arity: 1, Index: 42, Uniq: 3316493}, term.Atom("a")}, lines(
			"** exception error: no case clause matching a",
			"     in function  lists:map/2 (lists.erl, line 1314)")},
		{"lists", "foldl", []term.Term{&term.Fun{Module: "erl_eval", Arity: 2, Index: 41, Uniq: 3316493}, 0, term.Atom("a")}, lines(
			"** exception error: no case clause matching a",
			"     in function  lists:foldl/3 (lists.erl, line 1349)")},
		{"lists", "foreach", []term.Term{&term.Fun{Module: "erl_eval", Arity: 1, Index: 42, Uniq: 3316493}, term.Atom("a")}, lines(
			"** exception error: no function clause matching ",
			"                    lists:foreach_1(#Fun<erl_eval.42.3316493>,a) (lists.erl, line 1441)")},
		{"lists", "filter", []term.Term{&term.Fun{Module: "erl_eval", Arity: 1, Index: 42, Uniq: 3316493}, term.Atom("a")}, lines(
			"** exception error: bad generator a",
			"     in function  lists:'-filter/2-lc$^0/1-0-'/2 (lists.erl, line 1383)")},
		{"lists", "sum", []term.Term{term.Improper{Elems: []term.Term{1}, Tail: term.Atom("a")}},
			"** exception error: no function clause matching lists:sum(a,1) (lists.erl, line 319)"},
		{"lists", "append", []term.Term{term.Atom("a"), term.Atom("b")}, lines(
			"** exception error: bad argument",
			"     in operator  ++/2",
			"        called as a ++ b",
			"     in call from lists:append/2 (lists.erl, line 144)")},
		{"lists", "map", []term.Term{&term.Fun{External: true, Module: "erlang", Name: "atom_to_list", Arity: 1}, term.List{term.Atom("a"), 1}}, lines(
			"** exception error: bad argument",
			"     in function  atom_to_list/1",
			"        called as atom_to_list(1)",
			"        *** argument 1: not an atom",
			"     in call from lists:map_1/2 (lists.erl, line 1320)",
			"     in call from lists:map/2 (lists.erl, line 1315)")},
		{"lists", "foldl", []term.Term{&term.Fun{External: true, Module: "erlang", Name: "element", Arity: 2}, term.Tuple{term.Atom("a"), term.Atom("b")}, term.List{1, 5}}, lines(
			"** exception error: bad argument",
			"     in function  element/2",
			"        called as element(5,a)",
			"        *** argument 2: not a tuple",
			"     in call from lists:foldl_1/3 (lists.erl, line 1355)")},
		{"lists", "filter", []term.Term{&term.Fun{External: true, Module: "erlang", Name: "is_atom", Arity: 1}, term.Improper{Elems: []term.Term{term.Atom("a")}, Tail: term.Atom("b")}}, lines(
			"** exception error: bad generator b",
			"     in function  lists:'-filter/2-lc$^0/1-0-'/2 (lists.erl, line 1383)",
			"     in call from lists:'-filter/2-lc$^0/1-0-'/2 (lists.erl, line 1383)")},
		{"timer", "sleep", []term.Term{-1}, lines(
			"** exception error: bad receive timeout value",
			"     in function  timer:sleep/1 (timer.erl, line 219)")},
		{"erlang", "monitor", []term.Term{term.Atom("process"), 1}, lines(
			"** exception error: bad argument",
			"     in function  monitor/2",
			"        called as monitor(process,1)",
			"        *** argument 2: not a pid")},
		{"erlang", "monitor", []term.Term{term.Atom("foo"), term.Pid{ID: 114}}, lines(
			"** exception error: bad argument",
			"     in function  monitor/2",
			"        called as monitor(foo,<0.114.0>)",
			"        *** argument 1: invalid monitor type")},
		{"erlang", "monitor", []term.Term{term.Atom("port"), term.Pid{ID: 118}}, lines(
			"** exception error: bad argument",
			"     in function  monitor/2",
			"        called as monitor(port,<0.118.0>)",
			"        *** argument 2: not a port")},
	}
	for _, tt := range tests {
		name := tt.mod + ":" + tt.fun + term.Sprint(term.List(tt.args))
		t.Run(name, func(t *testing.T) {
			exc := catchException(t, func() { d.CallMFA(nil, term.Atom(tt.mod), term.Atom(tt.fun), tt.args) })
			if got := exception.Format(exc.Class, exc.Reason, exc.Stack); got != tt.want {
				t.Errorf("FormatException =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func mkFrame(mod, fun string, args term.Term, info term.List) term.Tuple {
	return term.Tuple{term.Atom(mod), term.Atom(fun), args, info}
}

func info(file string, line int) term.List {
	return term.List{term.Tuple{term.Atom("file"), str(file)}, term.Tuple{term.Atom("line"), line}}
}

func TestFormatException(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	pid := term.Pid{ID: 81}
	shellFun := &term.Fun{Module: "erl_eval", Arity: 1, Index: 42, Uniq: 3316493}
	evalFrames := term.List{mkFrame("erl_eval", "do_apply", 7, info("erl_eval.erl", 748)), mkFrame("shell", "exprs", 7, info("shell.erl", 691))}
	tests := []struct {
		name   string
		class  term.Atom
		reason term.Term
		stack  term.Term
		want   string
	}{
		{"throw", "throw", a("my_ball"), term.List{}, "** exception throw: my_ball"},
		{"throw tuple", "throw", term.Tuple{a("my"), a("ball")}, term.List{}, "** exception throw: {my,ball}"},
		{"exit", "exit", a("my_exit"), term.List{}, "** exception exit: my_exit"},
		{"exit normal", "exit", a("normal"), term.List{}, "** exception exit: normal"},
		{"exit killed", "exit", a("killed"), term.List{}, "** exception exit: killed"},
		{"exit noproc tuple", "exit", term.Tuple{a("noproc"), term.Tuple{a("gen_server"), a("call"), term.List{a("x"), a("y")}}}, term.List{},
			"** exception exit: {noproc,{gen_server,call,[x,y]}}"},
		{"error atom", "error", a("my_error"), term.List{}, "** exception error: my_error"},
		{"error tuple", "error", term.Tuple{a("some"), a("tuple")}, term.List{}, "** exception error: {some,tuple}"},
		{"badarg", "error", a("badarg"), term.List{}, "** exception error: bad argument"},
		{"badarg eval frames hidden", "error", a("badarg"), evalFrames, "** exception error: bad argument"},
		{"function_clause bare", "error", a("function_clause"), term.List{}, "** exception error: function_clause"},
		{"badarg value", "error", term.Tuple{a("badarg"), a("x")}, term.List{}, "** exception error: bad argument: x"},
		{"badkey", "error", term.Tuple{a("badkey"), a("x")}, term.List{}, "** exception error: bad key: x"},
		{"try_clause", "error", term.Tuple{a("try_clause"), a("x")}, term.List{}, "** exception error: no try clause matching x"},
		{"noproc", "error", a("noproc"), term.List{}, "** exception error: no such process or port"},
		{"timeout_value", "error", a("timeout_value"), term.List{}, "** exception error: bad receive timeout value"},
		{"badmatch", "error", term.Tuple{a("badmatch"), 2}, term.List{}, "** exception error: no match of right hand side value 2"},
		{"badmatch tuple", "error", term.Tuple{a("badmatch"), term.Tuple{1, 2}}, term.List{}, "** exception error: no match of right hand side value {1,2}"},
		{"case_clause", "error", term.Tuple{a("case_clause"), 5}, term.List{}, "** exception error: no case clause matching 5"},
		{"case_clause in module", "error", term.Tuple{a("case_clause"), a("b")}, term.List{mkFrame("clauses", "c", 1, info("clauses.erl", 4))},
			"** exception error: no case clause matching b\n     in function  clauses:c/1 (clauses.erl, line 4)"},
		{"if_clause", "error", a("if_clause"), term.List{}, "** exception error: no true branch found when evaluating an if expression"},
		{"if_clause in module", "error", a("if_clause"), term.List{mkFrame("clauses", "i", 1, info("clauses.erl", 5))},
			"** exception error: no true branch found when evaluating an if expression\n     in function  clauses:i/1 (clauses.erl, line 5)"},
		{"function_clause in module", "error", a("function_clause"), term.List{mkFrame("clauses", "f", term.List{2}, info("clauses.erl", 3))},
			"** exception error: no function clause matching clauses:f(2) (clauses.erl, line 3)"},
		{"badarity", "error", term.Tuple{a("badarity"), term.Tuple{shellFun, term.List{1, 2}}}, term.List{},
			"** exception error: interpreted function with arity 1 called with two arguments"},
		{"badarity none", "error", term.Tuple{a("badarity"), term.Tuple{&term.Fun{Module: "erl_eval"}, term.List{1}}}, term.List{},
			"** exception error: interpreted function with arity 0 called with one argument"},
		{"badfun", "error", term.Tuple{a("badfun"), 5}, term.List{}, "** exception error: bad function 5"},
		{"undef", "error", a("undef"), term.List{mkFrame("t", "nope", term.List{}, term.List{})},
			"** exception error: undefined function t:nope/0"},
		{"undef erlang", "error", a("undef"), term.List{mkFrame("erlang", "nope", term.List{1}, term.List{})},
			"** exception error: undefined function erlang:nope/1"},
		{"undef shell command", "error", a("undef"), term.List{mkFrame("shell_default", "foo", term.List{}, term.List{})},
			"** exception error: undefined shell command foo/0"},
		{"shell_undef", "error", term.Tuple{a("shell_undef"), a("foo"), 0, term.List{}}, term.List{mkFrame("shell", "shell_undef", 2, info("shell.erl", 1079))},
			"** exception error: undefined shell command foo/0"},
		{"division", "error", a("badarith"), append(term.List{Frame("erlang", "/", []term.Term{1, 0}, nil)}, evalFrames...), lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  '/'/2",
			"        called as 1 / 0")},
		{"unary minus", "error", a("badarith"), term.List{Frame("erlang", "-", []term.Term{a("a")}, nil)}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  -/1",
			"        called as - a")},
		{"div", "error", a("badarith"), term.List{Frame("erlang", "div", []term.Term{5, 0}, nil)}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  div/2",
			"        called as 5 div 0")},
		{"times", "error", a("badarith"), term.List{Frame("erlang", "*", []term.Term{a("a"), 2}, nil)}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  */2",
			"        called as a * 2")},
		{"send to unregistered", "error", a("badarg"), term.List{Frame("erlang", "!", []term.Term{a("nope"), a("hi")}, nil)}, lines(
			"** exception error: bad argument",
			"     in operator  !/2",
			"        called as nope ! hi")},
		{"erlang:send", "error", a("badarg"), term.List{Frame("erlang", "send", []term.Term{a("nope"), a("hi")}, nil)}, lines(
			"** exception error: bad argument",
			"     in function  erlang:send/2",
			"        called as erlang:send(nope,hi)",
			"        *** argument 1: invalid destination")},
		{"shell command clause", "error", a("function_clause"), term.List{term.Tuple{a("shell"), a("f"), 1, term.List{}}}, lines(
			"** exception error: no function clause matching call to f/1")},
		{"register already named", "error", a("badarg"), term.List{Frame("erlang", "register", []term.Term{a("foo"), pid}, a("registered_name"))}, lines(
			"** exception error: bad argument",
			"     in function  register/2",
			"        called as register(foo,<0.81.0>)",
			"        *** argument 2: this process or port already has a name")},
		{"register dead", "error", a("badarg"), term.List{Frame("erlang", "register", []term.Term{a("baz"), term.Pid{ID: 999}}, a("notalive"))}, lines(
			"** exception error: bad argument",
			"     in function  register/2",
			"        called as register(baz,<0.999.0>)",
			"        *** argument 2: the pid does not refer to an existing process")},
		{"register undefined", "error", a("badarg"), term.List{Frame("erlang", "register", []term.Term{a("undefined"), pid}, a("none"))}, lines(
			"** exception error: bad argument",
			"     in function  register/2",
			"        called as register(undefined,<0.81.0>)",
			"        *** argument 1: 'undefined' is not a valid name")},
		{"register in use from module", "error", a("badarg"), term.List{
			Frame("erlang", "register", []term.Term{a("t"), term.Pid{ID: 92}}, nil),
			mkFrame("t", "start", 0, info("t.erl", 3))}, lines(
			"** exception error: bad argument",
			"     in function  register/2",
			"        called as register(t,<0.92.0>)",
			"        *** argument 1: name is in use",
			"     in call from t:start/0 (t.erl, line 3)")},
		{"unregister", "error", a("badarg"), term.List{Frame("erlang", "unregister", []term.Term{a("nope")}, nil)}, lines(
			"** exception error: bad argument",
			"     in function  unregister/1",
			"        called as unregister(nope)",
			"        *** argument 1: not a pid")},
		{"link dead", "error", a("noproc"), term.List{Frame("erlang", "link", []term.Term{term.Pid{ID: 999}}, nil)}, lines(
			"** exception error: no such process or port",
			"     in function  link/1",
			"        called as link(<0.999.0>)",
			"        *** argument 1: the pid does not refer to an existing process")},
		{"literal causes", "error", a("badarg"), term.List{mkFrame("t", "f", term.List{1}, term.List{term.Tuple{a("error_info"),
			term.NewMap([]term.Term{a("cause")}, []term.Term{term.NewMap([]term.Term{1, a("general")}, []term.Term{str("should be an atom"), str("optional general information")})})}})}, lines(
			"** exception error: bad argument",
			"     in function  t:f/1",
			"        called as t:f(1)",
			"        *** argument 1: should be an atom",
			"        *** optional general information")},
		{"not a stack trace", "error", a("oops"), a("nostack"), "** exception error: {oops,nostack}"},
		{"printable args", "error", a("badarg"), term.List{mkFrame("t", "f", term.List{104, 105}, term.List{})}, lines(
			"** exception error: bad argument",
			"     in function  t:f/2",
			"        called as t:f(104,105)")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exception.Format(tt.class, tt.reason, tt.stack); got != tt.want {
				t.Errorf("FormatException =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
