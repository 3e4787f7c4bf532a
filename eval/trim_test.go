package eval

import (
	"testing"

	"goerl/term"
)

func TestWithoutEvaluatorFrames(t *testing.T) {
	opFrame := term.Tuple{term.Atom("erlang"), term.Atom("/"), term.List{1, 0}, errorInfo()}
	tests := []struct {
		name  string
		stack term.List
		want  string
	}{
		{"operator", stackOf(opFrame, evalFrame("do_apply", 7, 748)),
			`[{erlang,'/',[1,0],[{error_info,#{module => erl_erts_errors}}]}]`},
		{"badmatch keeps erl_eval's own frame", stackOf(evalFrame("expr", 6, 496)),
			`[{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,496}]}]`},
		{"local BIF call", withShellStack(&term.Exception{Stack: term.List{}}).Stack.(term.List),
			`[{shell,apply_fun,3,[{file,"shell.erl"},{line,912}]}]`},
	}
	for _, tt := range tests {
		got := WithoutEvaluatorFrames(&term.Exception{Class: "error", Reason: term.Atom("x"), Stack: tt.stack})
		if s := term.PrettyString(got.Stack, 1); s != tt.want {
			t.Errorf("%s: stack %s, want %s", tt.name, s, tt.want)
		}
	}
}
