package eval

import (
	"strings"
	"testing"

	"goerl/term"
)

// TestCaughtStacks checks the shape of caught stack traces against what
// erl 25 prints for the same command.
func TestCaughtStacks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"catch 1/0.", "{'EXIT',{badarith,[{erlang,'/',[1,0],[{error_info,#{module => erl_erts_errors}}]}," +
			`{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,748}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
		{"catch 1 = 2.", "{'EXIT',{{badmatch,2},[" +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,496}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
		{"catch (fun(1) -> a end)(2).", "{'EXIT',{function_clause,[" +
			"{erl_eval,'-inside-an-interpreted-fun-',[2],[]}," +
			`{erl_eval,eval_fun,8,[{file,"erl_eval.erl"},{line,898}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
		{"catch foo:bar(1).", "{'EXIT',{undef,[{foo,bar,[1],[]}," +
			`{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,748}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
		{"catch a ++ b.", "{'EXIT',{badarg,[{erlang,'++',[a,b],[{error_info,#{module => erl_erts_errors}}]}," +
			`{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,748}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
		{"catch - a.", "{'EXIT',{badarith,[{erlang,'-',[a],[{error_info,#{module => erl_erts_errors}}]}," +
			`{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,748}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
		{"catch nofun(1).", "{'EXIT',{undef,[{shell_default,nofun,[1],[]}," +
			`{erl_eval,do_apply,7,[{file,"erl_eval.erl"},{line,748}]},` +
			`{erl_eval,expr,6,[{file,"erl_eval.erl"},{line,480}]},` +
			`{shell,exprs,7,[{file,"shell.erl"},{line,691}]},` +
			`{shell,eval_exprs,7,[{file,"shell.erl"},{line,647}]},` +
			`{shell,eval_loop,3,[{file,"shell.erl"},{line,632}]}]}}`},
	}
	// ~w prints the file names as lists of character codes.
	asW := strings.NewReplacer(
		`"erl_eval.erl"`, term.Sprint(term.String("erl_eval.erl")),
		`"shell.erl"`, term.Sprint(term.String("shell.erl")))
	for _, tt := range tests {
		if got := newSession(t).run(tt.in); got != asW.Replace(tt.want) {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
