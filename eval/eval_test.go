package eval

import (
	"errors"
	"strings"
	"testing"

	"goerl/process"
	"goerl/syntax"
	"goerl/term"
)

// fakeEnv offers a few BIFs, enough to exercise the evaluator's calls.
type fakeEnv struct{}

func (fakeEnv) CallMFA(p *process.Proc, mod, fun term.Atom, args []term.Term) term.Term {
	switch {
	case mod == "erlang" && fun == "element" && len(args) == 2:
		return args[1].(term.Tuple)[args[0].(int)-1]
	case mod == "lists" && fun == "reverse" && len(args) == 1:
		l := args[0].(term.List)
		out := make(term.List, len(l))
		for i, e := range l {
			out[len(l)-1-i] = e
		}
		return out
	case mod == "lists" && fun == "map" && len(args) == 2:
		f := args[0].(*term.Fun)
		var out term.List
		for _, e := range args[1].(term.List) {
			v, ok := CallFun(p, f, []term.Term{e})
			if !ok {
				term.Badarg()
			}
			out = append(out, v)
		}
		return out
	}
	panic(&term.Exception{Class: "error", Reason: term.Atom("undef"),
		Stack: term.List{term.Tuple{mod, fun, term.List(args), term.List{}}}})
}

func (fakeEnv) CallLocal(ctx *Context, name term.Atom, args []term.Term) (term.Term, bool) {
	switch {
	case name == "throw" && len(args) == 1:
		term.Raise("throw", args[0])
	case name == "exit" && len(args) == 1:
		term.Raise("exit", args[0])
	case name == "error" && len(args) == 1:
		term.Raise("error", args[0])
	case name == "length" && len(args) == 1:
		return len(args[0].(term.List)), true
	case name == "self" && len(args) == 0:
		return ctx.Proc.Pid(), true
	case name == "b" && len(args) == 0:
		return len(ctx.Bindings().Names()), true
	}
	return nil, false
}

func (fakeEnv) CallFun(p *process.Proc, f *term.Fun, args []term.Term) (term.Term, bool) {
	return nil, false
}

// session evaluates forms one by one as the shell does: a check, then
// the evaluation; on an exception the bindings stay as they were.
type session struct {
	t  *testing.T
	ev *Evaluator
	p  *process.Proc
	b  *Bindings
}

func newSession(t *testing.T) *session {
	return &session{t: t, ev: New(fakeEnv{}), b: NewBindings()}
}

// run evaluates every form in text and returns the last result: the
// value printed with ~w, "* L:C: msg" for a check or syntax error, or
// "CLASS: REASON" for an exception.
func (s *session) run(text string) string {
	var out string
	for strings.TrimSpace(text) != "" {
		form, rest, complete := syntax.SplitForm(text)
		if !complete {
			s.t.Fatalf("incomplete form %q", text)
		}
		text = rest
		out = s.one(form)
	}
	return out
}

func (s *session) one(form string) (out string) {
	exprs, err := syntax.ParseForm(form)
	if err == nil {
		err = CheckUnbound(exprs, s.b)
	}
	var se *syntax.Error
	if errors.As(err, &se) {
		return "* " + se.Error()
	} else if err != nil {
		s.t.Fatalf("%q: %v", form, err)
	}
	defer func() {
		if x := recover(); x != nil {
			ex, ok := x.(*term.Exception)
			if !ok {
				panic(x)
			}
			out = string(ex.Class) + ": " + term.Sprint(ex.Reason)
		}
	}()
	v, b := s.ev.Eval(s.p, exprs, s.b)
	s.b = b
	return term.Sprint(v)
}

func TestEval(t *testing.T) {
	tests := []struct{ in, want string }{
		// literals and data
		{"1.", "1"},
		{"16#ff + $a.", "352"},
		{`"hi".`, "[104,105]"},
		{"{a, [1, 2 | 3], #{b => 2, a => 1}}.", "{a,[1,2|3],#{a => 1,b => 2}}"},
		{"[1 | [2, 3]].", "[1,2,3]"},
		{"<<1, 2, \"ab\">>.", "<<1,2,97,98>>"},
		{"<<258:16, -1:8, 1:4, 2:4, 1.5/float>>.", "<<1,2,255,18,63,248,0,0,0,0,0,0>>"},
		{"<<1:16/little, \"é\"/utf8>>.", "<<1,0,195,169>>"},
		// sequences and matching
		{"X = 1, X + 1.", "2"},
		{"X = 1. X = 2.", "error: {badmatch,2}"},
		{"X = 1, X = 2. X.", "* 1:1: variable 'X' is unbound"},
		{"{A, B} = {1, 2}, A + B.", "3"},
		{"{A, B} = {1, 2, 3}.", "error: {badmatch,{1,2,3}}"},
		{"[H | T] = [1, 2, 3], {H, T}.", "{1,[2,3]}"},
		{`"ab" ++ T = "abc", T.`, "[99]"},
		{"[a, b] ++ T = [a, b, c], T.", "[c]"},
		{"X = {a, b} = {a, b}, X.", "{a,b}"},
		{"{X, X} = {1, 1}.", "{1,1}"},
		{"{X, X} = {1, 2}.", "error: {badmatch,{1,2}}"},
		{"1 = 1.0.", "error: {badmatch,1.0}"},
		{"1 + 2 = 3.", "3"},
		{"-1 = -1.", "-1"},
		{"#{a := V} = #{a => 1, b => 2}, V.", "1"},
		{"K = b, #{K := V} = #{a => 1, b => 2}, V.", "2"},
		{"<<A:8, R/binary>> = <<1, 2, 3>>, {A, R}.", "{1,<<2,3>>}"},
		{"<<N:8, S:N/binary, _/binary>> = <<2, 5, 6, 7>>, S.", "<<5,6>>"},
		{`<<"ab", R/binary>> = <<"abc">>, R.`, "<<99>>"},
		{"<<X:4/signed, _:4>> = <<255>>, X.", "-1"},
		{"<<F/float>> = <<1.5/float>>, F.", "1.5"},
		{"<<C/utf8, _/binary>> = <<\"é\"/utf8>>, C.", "233"},
		// operators
		{"1 + 2 * 3 - 4.", "3"},
		{"7 div 2 + 7 rem 2 + -10 rem 3.", "3"},
		{"3 / 2.", "1.5"},
		{"4 / 2.", "2.0"},
		{"0.1 + 0.2.", "0.30000000000000004"},
		{"1 bsl 100.", "1267650600228229401496703205376"},
		{"(1 bsl 64) - (1 bsl 64) + 1.", "1"},
		{"9223372036854775807 + 1.", "9223372036854775808"},
		{"-9223372036854775808 - 1.", "-9223372036854775809"},
		{"4611686018427387904 * 2.", "9223372036854775808"},
		{"- (1 bsl 64).", "-18446744073709551616"},
		{"bnot 5 + (5 band 3) + (5 bor 3) + (5 bxor 3) + (16 bsr 2).", "12"},
		{"1 == 1.0, 1 =:= 1.0.", "false"},
		{"{1 < a, a < {}, {} < [], 1 =/= 1.0, 2 >= 2, 1 /= 1.0}.", "{true,true,true,true,true,false}"},
		{"true and false or true xor false.", "true"},
		{"not true.", "false"},
		{"[1, 2, 3, 2] -- [2, 5].", "[1,3,2]"},
		{"[1] ++ 2.", "[1|2]"},
		{"1 / 0.", "error: badarith"},
		{"1 div 0.", "error: badarith"},
		{"1.0 div 1.", "error: badarith"},
		{"1 + a.", "error: badarith"},
		{"- a.", "error: badarith"},
		{"bnot 1.0.", "error: badarith"},
		{"1.0e300 * 1.0e300.", "error: badarith"},
		{"[1 | 2] ++ [3].", "error: badarg"},
		{"a and 1.", "error: badarg"},
		{"true andalso 1.", "1"},
		{"false orelse 1.", "1"},
		{"false andalso 1.", "false"},
		{"1 andalso true.", "error: {badarg,1}"},
		// control
		{"begin 1, 2 end.", "2"},
		{"case {a, 2} of {a, X} when X > 1 -> X; _ -> no end.", "2"},
		{"case 5 of 1 -> a end.", "error: {case_clause,5}"},
		{"case 1 of 1 -> Y = 1; 2 -> ok end, Y.", "1"},
		{"if 1 > 2 -> a; true -> b end.", "b"},
		{"if 1 > 2 -> a end.", "error: if_clause"},
		{"if hd(a) -> x; true -> y end.", "y"},
		{"X = 3, if X > 5; X < 4 -> yes end.", "yes"},
		{"catch throw(x).", "x"},
		{"catch exit(x).", "{'EXIT',x}"},
		{"catch 1.", "1"},
		{"X = catch 1 + 1, X.", "2"},
		{"try throw(x) catch C:R -> {C, R} end.", "{throw,x}"},
		{"try error(x) catch x -> no; error:x -> yes end.", "yes"},
		{"try throw(x) catch error:_ -> no end.", "throw: x"},
		{"try 1 of 2 -> a catch _ -> b end.", "error: {try_clause,1}"},
		{"try 1 of 1 -> a after ok end.", "a"},
		{"try 1 of X -> X + 1 catch _ -> b end.", "2"},
		{"try exit(e) catch exit:R:S when is_list(S) -> R end.", "e"},
		{"try throw(a) after 1 end.", "throw: a"},
		// funs
		{"F = fun(X) -> X * 2 end, F(21).", "42"},
		{"fun() -> 1 end.", "#Fun<erl_eval.43.3316493>"},
		{"fun(A) -> A end.", "#Fun<erl_eval.42.3316493>"},
		{"fun(A, B) -> A end.", "#Fun<erl_eval.41.3316493>"},
		{"fun F(A) -> A end.", "#Fun<erl_eval.19.3316493>"},
		{"fun F() -> 1 end.", "#Fun<erl_eval.20.3316493>"},
		{"fun(A,B,C,D,E,F,G,H,I,J,K,L,M,N,O,P,Q,R,S,T,U) -> 1 end.", "error: {argument_limit,{'fun',{1,1}}}"},
		{"Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end, Fact(20).", "2432902008176640000"},
		{"Y = 10, F = fun(X) -> X + Y end, F(1).", "11"},
		{"X = 5, F = fun(X) -> X end, F(1).", "1"},
		{"F = fun(X) when is_atom(X) -> a; (_) -> o end, {F(x), F(1)}.", "{a,o}"},
		{"(fun(1) -> a end)(2).", "error: function_clause"},
		{"(fun(1) -> a end)(1, 2).", "error: {badarity,{#Fun<erl_eval.42.3316493>,[1,2]}}"},
		{"F = 5, F(1).", "error: {badfun,5}"},
		{"fun lists:map/2.", "fun lists:map/2"},
		{"M = lists, F = fun M:reverse/1, F([1, 2]).", "[2,1]"},
		{"lists:map(fun(X) -> X + 1 end, [1, 2]).", "[2,3]"},
		{"M = lists, M:reverse([1, 2]).", "[2,1]"},
		{"foo:bar(1).", "error: undef"},
		{"nofun(1).", "error: undef"},
		{"fun foo/1.", "error: undef"},
		{"length([1, 2]).", "2"},
		{"X = 1, Y = 2, b().", "2"},
		// f/0 and f/1
		{"X = 1, f(X), X = 2.", "2"},
		{"X = 1. f(X). X.", "* 1:1: variable 'X' is unbound"},
		{"X = 1. Y = 2. f(). Y.", "* 1:1: variable 'Y' is unbound"},
		{"Y = 5, f(Y), Y.", "* 1:14: variable 'Y' is unbound"},
		// comprehensions
		{"[X * 2 || X <- [1, 2, 3], X > 1].", "[4,6]"},
		{"[{X, Y} || X <- [1, 2], Y <- [a, b]].", "[{1,a},{1,b},{2,a},{2,b}]"},
		{"[X || {X, 1} <- [{a, 1}, {b, 2}]].", "[a]"},
		{"X = 9, [X || X <- [1, 2]].", "[1,2]"},
		{"[X || X <- a].", "error: {bad_generator,a}"},
		{"[X || X <- [1, 2], X + 1].", "[]"},
		{"F = fun(X) -> X end, [X || X <- [1, 2], F(X)].", "error: {bad_filter,1}"},
		{"<< <<(X + 1)>> || <<X>> <= <<1, 2, 3>> >>.", "<<2,3,4>>"},
		{"[X || <<X:16>> <= <<1, 2, 3, 4>>].", "[258,772]"},
		{`[X || <<"hej",X:8>> <= <<"hej",8,"san",9,"hej",17,"hej">>].`, "[8,17]"},
		{"[3 || <<17/float>> <= <<17.0/float>>].", "[3]"},
		// maps
		{"M = #{a => 1}, M#{a := 2, b => 3}.", "#{a => 2,b => 3}"},
		{"M = #{}, M#{a := 1}.", "error: {badkey,a}"},
		{"X = x, X#{a => 1}.", "error: {badmap,x}"},
		// checks
		{"X + Y.", "* 1:1: variable 'X' is unbound"},
		{"begin f(A), A end.", "* 1:13: variable 'A' is unbound"},
		{"begin A = 1, f(A), A end.", "error: {unbound,'A'}"},
		{"{a, Y} = {a, Z}.", "* 1:14: variable 'Z' is unbound"},
		{"fun(X) -> Y end.", "* 1:11: variable 'Y' is unbound"},
		{"X + Y = 3.", "* 1:3: illegal pattern"},
		{"#r{a = 1}.", "* 1:1: record r undefined"},
		{"x#r.a.", "* 1:2: record r undefined"},
		{"#{a := 1}.", "* 1:5: only association operators '=>' are allowed in map construction"},
		{"S = 1, try error(x) catch error:R:S -> S end.", "* 1:35: stacktrace variable 'S' must not be previously bound"},
		{"a:b.", "* 1:1: illegal expression"},
		{"fun M:F/A.", "* 1:5: variable 'M' is unbound"},
		{"[X || X <- [1], Y].", "* 1:17: variable 'Y' is unbound"},
		{"case 1 of\n  1 ->\n    Z\nend.", "* 3:5: variable 'Z' is unbound"},
		// guards: positions as erl_lint reports them
		{"if [a] ++ [b] == [a,b] -> y; true -> n end.", "* 1:8: illegal guard expression"},
		{"case 1 of X when X = 1 -> a end.", "* 1:18: illegal guard expression"},
		{"if self() ! x -> a; true -> b end.", "* 1:11: illegal guard expression"},
		// old-style type tests, accepted as whole guard tests only
		{"if integer(3) -> yes; true -> no end.", "yes"},
		{"if atom(a), list([]), tuple({}), binary(<<>>), float(1.0), number(1) -> yes; true -> no end.", "yes"},
		{"if port(a) -> yes; true -> no end.", "no"},
		{"case 3 of X when integer(X) -> int; _ -> other end.", "int"},
		{"if not integer(a) -> yes; true -> no end.", "* 1:8: illegal guard expression"},
		{"if integer(3) orelse false -> yes; true -> no end.", "* 1:4: illegal guard expression"},
		{"if constant(a) -> yes; true -> no end.", "* 1:4: illegal guard expression"},
		{"if function(fun() -> ok end) -> yes; true -> no end.", "* 1:13: illegal guard expression"},
		{"if record({r, 1}, r) -> yes; true -> no end.", "* 1:19: record r undefined"},
		{"case 1 of _ when (fun() -> true end)() -> a end.", "* 1:19: illegal guard expression"},
		{"if lists:member(a, [a]) -> yes; true -> no end.", "* 1:4: illegal guard expression"},
		{"case 1 of X when erlang:is_integer(X), -X < 0 -> a end.", "a"},
		{"case {1,#{a=>1}} of {Y,M} when is_map_key(a, M), Y > 0; Y == a -> ok end.", "ok"},
	}
	for _, tt := range tests {
		if got := newSession(t).run(tt.in); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
