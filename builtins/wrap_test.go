package builtins

import (
	"testing"

	"goerl/exception"
	"goerl/term"
)

// The expected texts below were printed by erl (Erlang/OTP 25.2.3) for
// the same exceptions: long reasons and arguments wrap at 80 columns
// with the shell's 60-character lines, lined up after the prefix.
func TestFormatExceptionWrapsLikeErl(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	long := term.Tuple{a("a_long_atom_name"),
		term.List{a("another_long_atom"), a("yet_another_long_atom"), str("some string here")},
		term.Tuple{a("nested"), a("tuple"), a("with"), a("many"), a("elements")}}
	tests := []struct {
		name   string
		class  term.Atom
		reason term.Term
		stack  term.Term
		want   string
	}{
		{"error", "error", long, term.List{}, lines(
			"** exception error: {a_long_atom_name,[another_long_atom,",
			"                                       yet_another_long_atom,",
			`                                       "some string here"],`,
			"                                      {nested,tuple,with,many,elements}}")},
		{"exit", "exit", long, term.List{}, lines(
			"** exception exit: {a_long_atom_name,[another_long_atom,yet_another_long_atom,",
			`                                      "some string here"],`,
			"                                     {nested,tuple,with,many,elements}}")},
		{"throw cut at depth 30", "throw", seqList(1, 100), term.List{}, lines(
			"** exception throw: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,",
			"                     23,24,25,26,27,28,29|...]")},
		{"badmatch moves the value down", "error", term.Tuple{a("badmatch"), seqList(1, 40)}, term.List{}, lines(
			"** exception error: no match of right hand side value ",
			"                    [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,",
			"                     23,24,25,26,27,28,29|...]")},
		{"case_clause moves the value down", "error", term.Tuple{a("case_clause"), long}, term.List{}, lines(
			"** exception error: no case clause matching ",
			"                    {a_long_atom_name,[another_long_atom,",
			"                                       yet_another_long_atom,",
			`                                       "some string here"],`,
			"                                      {nested,tuple,with,many,elements}}")},
		{"long binary argument", "error", a("badarg"), term.List{Frame("erlang", "binary_to_atom",
			[]term.Term{term.Binary("hello world and more text to make it very very long"), a("foo")}, nil)}, lines(
			"** exception error: bad argument",
			"     in function  binary_to_atom/2",
			`        called as binary_to_atom(<<"hello world and more text to make it very very long">>,`,
			"                                 foo)",
			"        *** argument 2: not one of the atoms: latin1, utf8, or unicode")},
		{"long list argument", "error", a("badarg"), term.List{Frame("erlang", "atom_to_list", []term.Term{seqList(1000, 1040)}, nil)}, lines(
			"** exception error: bad argument",
			"     in function  atom_to_list/1",
			"        called as atom_to_list([1000,1001,1002,1003,1004,1005,1006,1007,1008,",
			"                                1009,1010,1011,1012,1013,1014,1015,1016,1017,",
			"                                1018,1019,1020,1021,1022,1023,1024,1025,1026,",
			"                                1027|...])",
			"        *** argument 1: not an atom")},
		{"long operands", "error", a("badarith"), term.List{Frame("erlang", "+", []term.Term{
			term.Tuple{a("a_long_atom_name_here_really"), term.List{a("another_long_atom"), a("yet_another_long_atom")}},
			seqList(1, 30)}, nil)}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  +/2",
			"        called as {a_long_atom_name_here_really,",
			"                      [another_long_atom,yet_another_long_atom]}",
			"                  +",
			"                  [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,",
			"                   23,24,25,26,27,28,29|...]")},
		{"long unary operand", "error", a("badarith"), term.List{Frame("erlang", "-", []term.Term{seqList(1, 40)}, nil)}, lines(
			"** exception error: an error occurred when evaluating an arithmetic expression",
			"     in operator  -/1",
			"        called as - [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,",
			"                     23,24,25,26,27,28,29|...]")},
		{"function_clause call moves down", "error", a("function_clause"), term.List{
			SourceFrame("io", "request", term.List{1, a("nl"), term.Ref{ID: 2}}, "io.erl", 588),
			SourceFrame("io", "nl", 1, "io.erl", 91)}, lines(
			"** exception error: no function clause matching io:request(1,nl,#Ref<0.0.0.2>) (io.erl, line 588)",
			"     in function  io:nl/1 (io.erl, line 91)")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exception.Format(tt.class, tt.reason, tt.stack); got != tt.want {
				t.Errorf("FormatException =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
