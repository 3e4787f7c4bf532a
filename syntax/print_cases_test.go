package syntax

// erlPrintCases are erl_pp:exprs(Exprs, Indent, [{encoding, unicode}]) on
// OTP 25 (the call shell.erl makes for h()), captured from a real erl: the
// indentation, the source as typed, and what erl printed.
var erlPrintCases = []struct {
	indent    int
	src, want string
}{
	{4, `if false -> a end`, `if
        false ->
            a
    end`},
	{4, `fun(X) -> X end`, `fun(X) ->
           X
    end`},
	{4, `fun(X) -> X end(1, 2)`, `fun(X) ->
           X
    end(1, 2)`},
	{4, `-a`, `-a`},
	{4, `1 / 0`, `1 / 0`},
	{4, `io:format("bad~n", [x])`, `io:format("bad~n", [x])`},
	{4, `receive X -> X after 100 -> timeout end`, `receive
        X ->
            X
    after
        100 -> timeout
    end`},
	{4, `X = 3, 4`, `X = 3, 4`},
	{4, `v(47)`, `v(47)`},
	{4, `[1,2,3]`, `[1, 2, 3]`},
	{4, `[1,2|X]`, `[1, 2 | X]`},
	{4, `[1|[2,3]]`, `[1, 2, 3]`},
	{4, `[1|[]]`, `[1]`},
	{4, `[1|"ab"]`, `[1 | "ab"]`},
	{4, `[]`, `[]`},
	{4, `{}`, `{}`},
	{4, `{a,{b,c},[d]}`, `{a, {b, c}, [d]}`},
	{4, `#{}`, `#{}`},
	{4, `#{a => 1, b := 2}`, `#{a => 1, b := 2}`},
	{4, `M#{a => 1}`, `M#{a => 1}`},
	{4, `1 #{a => 1}`, `1 #{a => 1}`},
	{4, `"hello"`, `"hello"`},
	{4, `""`, `""`},
	{4, `"a\nb\"c\\d\te\001f"`, `"a\nb\"c\\d\te\001f"`},
	{4, `$a`, `$a`},
	{4, `$\s`, `$\s`},
	{4, `$\n`, `$\n`},
	{4, `$"`, `$"`},
	{4, `$\\`, `$\\`},
	{4, `'hello world'`, `'hello world'`},
	{4, `'Abc'`, `'Abc'`},
	{4, `'end'`, `'end'`},
	{4, `16#ff`, `255`},
	{4, `1.5`, `1.5`},
	{4, `1.0e10`, `1.0e10`},
	{4, `123456789012345678901234567890`, `123456789012345678901234567890`},
	{4, `-1`, `-1`},
	{4, `- 1`, `-1`},
	{4, `-(-1)`, `-(-1)`},
	{4, `- - 1`, `-(-1)`},
	{4, `+1`, `+1`},
	{4, `not true`, `not true`},
	{4, `bnot 5`, `bnot 5`},
	{4, `1 + 2 * 3`, `1 + 2 * 3`},
	{4, `(1 + 2) * 3`, `(1 + 2) * 3`},
	{4, `1 - (2 - 3)`, `1 - (2 - 3)`},
	{4, `1 - 2 - 3`, `1 - 2 - 3`},
	{4, `a ++ b ++ c`, `a ++ b ++ c`},
	{4, `(a ++ b) ++ c`, `(a ++ b) ++ c`},
	{4, `1 < 2`, `1 < 2`},
	{4, `X = Y = 3`, `X = Y = 3`},
	{4, `(X = 3) + 1`, `(X = 3) + 1`},
	{4, `true andalso false`, `true
    andalso
    false`},
	{4, `true orelse false andalso true`, `true
    orelse
    false
    andalso
    true`},
	{4, `a or b and c`, `a or b and c`},
	{4, `self() ! hello`, `self() ! hello`},
	{4, `Pid ! {self(), msg}`, `Pid ! {self(), msg}`},
	{4, `catch 1`, `catch 1`},
	{4, `catch 1 + 2`, `catch 1 + 2`},
	{4, `(catch 1) + 2`, `catch 1 + 2`},
	{4, `X = catch 1`, `X = catch 1`},
	{4, `case X of 1 -> a; 2 -> b end`, `case X of
        1 ->
            a;
        2 ->
            b
    end`},
	{4, `case X of {a, B} when B > 1 -> ok; _ -> error end`, `case X of
        {a, B} when B > 1 ->
            ok;
        _ ->
            error
    end`},
	{4, `case X of A when A > 1, A < 5; A =:= 0 -> yes end`, `case X of
        A when A > 1, A < 5; A =:= 0 ->
            yes
    end`},
	{4, `if X > 1 -> a; true -> b end`, `if
        X > 1 ->
            a;
        true ->
            b
    end`},
	{4, `if X > 1, X < 3 -> a; X; Y -> b end`, `if
        X > 1, X < 3 ->
            a;
        X;Y ->
            b
    end`},
	{4, `begin 1, 2 end`, `begin
        1,
        2
    end`},
	{4, `begin 1 end`, `begin 1 end`},
	{4, `receive X -> X end`, `receive
        X ->
            X
    end`},
	{4, `receive after 100 -> timeout end`, `receive after 100 -> timeout end`},
	{4, `receive {a, X} -> X; {b, Y} -> Y after 1000 -> ok end`, `receive
        {a, X} ->
            X;
        {b, Y} ->
            Y
    after
        1000 -> ok
    end`},
	{4, `receive X -> io:format("~p~n", [X]), X end`, `receive
        X ->
            io:format("~p~n", [X]),
            X
    end`},
	{4, `try foo() catch error:X -> X end`, `try
        foo()
    catch
        error:X ->
            X
    end`},
	{4, `try foo() catch X -> X end`, `try
        foo()
    catch
        throw:X ->
            X
    end`},
	{4, `try foo() catch error:X:S -> {X, S} end`, `try
        foo()
    catch
        error:X:S ->
            {X, S}
    end`},
	{4, `try foo() of 1 -> a catch _:_ -> b after c end`, `try foo() of
        1 ->
            a
    catch
        _:_ ->
            b
    after
        c
    end`},
	{4, `try foo() after bar() end`, `try foo() after bar() end`},
	{4, `try foo(), bar() catch throw:X when is_atom(X) -> X end`, `try
        foo(),
        bar()
    catch
        throw:X when is_atom(X) ->
            X
    end`},
	{4, `fun lists:map/2`, `fun lists:map/2`},
	{4, `fun foo/1`, `fun foo/1`},
	{4, `fun M:F/A`, `fun M:F/A`},
	{4, `fun() -> ok end`, `fun() ->
           ok
    end`},
	{4, `fun(X, Y) -> X + Y end`, `fun(X, Y) ->
           X + Y
    end`},
	{4, `fun(0) -> zero; (N) when N > 0 -> pos end`, `fun(0) ->
           zero;
       (N) when N > 0 ->
           pos
    end`},
	{4, `fun F(0) -> 1; F(N) -> N * F(N - 1) end`, `fun F(0) ->
            1;
        F(N) ->
            N * F(N - 1)
    end`},
	{4, `fun(X) -> Y = X + 1, Y * 2 end`, `fun(X) ->
           Y = X + 1,
           Y * 2
    end`},
	{4, `[X || X <- [1,2,3]]`, `[ 
     X ||
         X <- [1, 2, 3]
    ]`},
	{4, `[X * 2 || X <- L, X > 1]`, `[ 
     X * 2 ||
         X <- L,
         X > 1
    ]`},
	{4, `[{X, Y} || X <- [1,2], Y <- [a,b], X > 0]`, `[ 
     {X, Y} ||
         X <- [1, 2],
         Y <- [a, b],
         X > 0
    ]`},
	{4, `<<X || <<X>> <= B>>`, `<< 
      X ||
          <<X>> <= B
    >>`},
	{4, `<< <<X>> || X <- L >>`, `<< 
      <<X>> ||
          X <- L
    >>`},
	{4, `<<>>`, `<<>>`},
	{4, `<<1,2,3>>`, `<<1,2,3>>`},
	{4, `<<X:8, Y/binary>>`, `<<X:8,Y/binary>>`},
	{4, `<<"abc">>`, `<<"abc">>`},
	{4, `<<X:4/little-signed-integer-unit:8>>`, `<<X:4/little-signed-integer-unit:8>>`},
	{4, `<<-1>>`, `<<(-1)>>`},
	{4, `<<(X+1):8>>`, `<<(X + 1):8>>`},
	{4, `erlang:length([1])`, `length([1])`},
	{4, `erlang:float(1)`, `erlang:float(1)`},
	{4, `erlang:foo(1)`, `erlang:foo(1)`},
	{4, `erlang:self()`, `self()`},
	{4, `lists:map(fun(X) -> X * 2 end, [1,2,3])`, `lists:map(fun(X) ->
                     X * 2
              end,
              [1, 2, 3])`},
	{4, `F(1)`, `F(1)`},
	{4, `(foo())()`, `(foo())()`},
	{4, `(fun() -> ok end)()`, `fun() ->
           ok
    end()`},
	{4, `M:F(1)`, `M:F(1)`},
	{4, `{M, F}`, `{M, F}`},
	{4, `spawn(fun() -> receive X -> X end end)`, `spawn(fun() ->
                 receive
                     X ->
                         X
                 end
          end)`},
	{4, `lists:seq(1, 100000000000000000000000000000000000000000000000000000000000000000000000000000)`, `lists:seq(1,
              100000000000000000000000000000000000000000000000000000000000000000000000000000)`},
	{4, `{aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddddd}`, `{aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb,
     cccccccccccccccccccccc, dddddddddddddddddd}`},
	{4, `[aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddddd, eeeeeeeeeeeeeeeeeeeeeeee, fffffffffffffffffff]`, `[aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb,
     cccccccccccccccccccccc, dddddddddddddddddd,
     eeeeeeeeeeeeeeeeeeeeeeee, fffffffffffffffffff]`},
	{4, `[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34]`, `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
     20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]`},
	{4, `[{a,1},{b,2},{c,3},{d,4},{e,5},{f,6},{g,7},{h,8},{i,9},{j,10},{k,11},{l,12},{m,13}]`, `[{a, 1},
     {b, 2},
     {c, 3},
     {d, 4},
     {e, 5},
     {f, 6},
     {g, 7},
     {h, 8},
     {i, 9},
     {j, 10},
     {k, 11},
     {l, 12},
     {m, 13}]`},
	{4, `io:format("~p ~p ~p ~p ~p~n", [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccc, ddddddd])`, `io:format("~p ~p ~p ~p ~p~n",
              [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb,
               cccccccccccccccccc, ddddddd])`},
	{4, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{4, `X = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `X = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{4, `f("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")`, `f("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n\n\n\n\n\n\n\n\n\n\n"
      "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")`},
	{4, `VeryLongVariableNameNumberOne = some_module:some_function(ArgumentOne, ArgumentTwo)`, `VeryLongVariableNameNumberOne =
        some_module:some_function(ArgumentOne, ArgumentTwo)`},
	{4, `VeryLongVariableNameNumberOne = some_module:some_function(ArgumentOne, ArgumentTwo, ArgumentThree, ArgumentFour)`, `VeryLongVariableNameNumberOne =
        some_module:some_function(ArgumentOne, ArgumentTwo,
                                  ArgumentThree, ArgumentFour)`},
	{4, `A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10, K = 11, L = 12`, `A = 1,
    B = 2,
    C = 3,
    D = 4,
    E = 5,
    F = 6,
    G = 7,
    H = 8,
    I = 9,
    J = 10,
    K = 11,
    L = 12`},
	{4, `case lists:keyfind(some_key, 1, SomeVeryLongListNameThatIsLong) of {some_key, Value} -> Value; false -> undefined end`, `case lists:keyfind(some_key, 1, SomeVeryLongListNameThatIsLong) of
        {some_key, Value} ->
            Value;
        false ->
            undefined
    end`},
	{4, `X = case Y of 1 -> a end`, `X = case Y of
            1 ->
                a
        end`},
	{4, `X = fun() -> ok end`, `X = fun() ->
               ok
        end`},
	{4, `X = fun(A) -> A end, X(1)`, `X = fun(A) ->
               A
        end,
    X(1)`},
	{4, `Pid = spawn(fun() -> loop() end)`, `Pid =
        spawn(fun() ->
                     loop()
              end)`},
	{4, `c(t)`, `c(t)`},
	{4, `t:start()`, `t:start()`},
	{4, `t ! hello`, `t ! hello`},
	{4, `{ok, Pid} = gen_server:start_link({local, m}, m, [], [])`, `{ok, Pid} = gen_server:start_link({local, m}, m, [], [])`},
	{4, `X#{a := 1}`, `X#{a := 1}`},
	{4, `#{a => #{b => c}}`, `#{a => #{b => c}}`},
	{4, `#{{a,b} => [1,2,3], "str" => <<"bin">>}`, `#{{a, b} => [1, 2, 3], "str" => <<"bin">>}`},
	{4, `[H|T] = [1,2,3]`, `[H | T] = [1, 2, 3]`},
	{4, `{A, B} = {1, 2}`, `{A, B} = {1, 2}`},
	{4, `X == Y`, `X == Y`},
	{4, `X =/= Y`, `X =/= Y`},
	{4, `X rem 3`, `X rem 3`},
	{4, `X div 3`, `X div 3`},
	{4, `-X`, `-X`},
	{4, `- (X + 1)`, `-(X + 1)`},
	{4, `-(X * 2)`, `-(X * 2)`},
	{4, `X - -1`, `X - -1`},
	{4, `X + +1`, `X + +1`},
	{4, `1 - -X`, `1 - -X`},
	{4, `ok`, `ok`},
	{4, `'Hello'`, `'Hello'`},
	{4, `'a b'`, `'a b'`},
	{4, `[$a, $b]`, `[$a, $b]`},
	{4, `"αβγ"`, `"αβγ"`},
	{4, `'αβγ'`, `'αβγ'`},
	{4, `$α`, `$α`},
	{4, `fun(X) when is_integer(X); is_float(X) -> X end`, `fun(X) when is_integer(X); is_float(X) ->
           X
    end`},
	{4, `fun(X) when X > 0, X < 10 -> X end`, `fun(X) when X > 0, X < 10 ->
           X
    end`},
	{4, `lists:foldl(fun(X, Acc) -> X + Acc end, 0, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20])`, `lists:foldl(fun(X, Acc) ->
                       X + Acc
                end,
                0,
                [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                 17, 18, 19, 20])`},
	{4, `case X of 1 -> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa end`, `case X of
        1 ->
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    end`},
	{4, `X = {aaaaaaaaaaaaaaaaaaaa, [bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc], dddddddddddddddddd, eeeeeeeee}`, `X = {aaaaaaaaaaaaaaaaaaaa,
         [bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc],
         dddddddddddddddddd, eeeeeeeee}`},
	{4, `foo(X, fun() -> ok end)`, `foo(X,
        fun() ->
               ok
        end)`},
	{4, `#r.f`, `#r.f`},
	{4, `X#r.f`, `X#r.f`},
	{4, `(X#r.f)#r.g`, `(X#r.f)#r.g`},
	{4, `X#r{}`, `X#r{}`},
	{4, `receive X when X > 1 -> X; Y -> Y end`, `receive
        X when X > 1 ->
            X;
        Y ->
            Y
    end`},
	{4, `1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22`, `1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16
    +
    17
    +
    18
    +
    19
    +
    20
    +
    21
    +
    22`},
	{4, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa andalso bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb andalso cccccccccccccccccccccccccc`, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    andalso
    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
    andalso
    cccccccccccccccccccccccccc`},
	{4, `[X || X <- lists:seq(1, 100000000000), X rem 2 =:= 0, X rem 3 =:= 0, X rem 5 =:= 0, X > 1000]`, `[ 
     X ||
         X <- lists:seq(1, 100000000000),
         X rem 2 =:= 0,
         X rem 3 =:= 0,
         X rem 5 =:= 0,
         X > 1000
    ]`},
	{4, `begin X = 1, Y = 2, X + Y end`, `begin
        X = 1,
        Y = 2,
        X + Y
    end`},
	{4, `f()`, `f()`},
	{4, `f(X)`, `f(X)`},
	{4, `b()`, `b()`},
	{4, `[f(X) || {X, _} <- Y]`, `[ 
     f(X) ||
         {X, _} <- Y
    ]`},
	{4, `<<"a", 1:8, X/utf8>>`, `<<"a",1:8,X/utf8>>`},
	{4, `{'EXIT', Reason}`, `{'EXIT', Reason}`},
	{4, `catch throw(x)`, `catch throw(x)`},
	{4, `erlang:error(badarg)`, `error(badarg)`},
	{4, `1.0`, `1.0`},
	{4, `0.1`, `0.1`},
	{4, `3.14159`, `3.14159`},
	{4, `2.0e-5`, `2.0e-5`},
	{4, `"tab\there"`, `"tab\there"`},
	{4, `"\x{1F600}"`, `"😀"`},
	{4, `$\x{7f}`, `$\d`},
	{4, `"\x{80}\x{9f}\x{a0}"`, `"\200\237 "`},
	{3, `if false -> a end`, `if
       false ->
           a
   end`},
	{3, `fun(X) -> X end`, `fun(X) ->
          X
   end`},
	{3, `fun(X) -> X end(1, 2)`, `fun(X) ->
          X
   end(1, 2)`},
	{3, `-a`, `-a`},
	{3, `1 / 0`, `1 / 0`},
	{3, `io:format("bad~n", [x])`, `io:format("bad~n", [x])`},
	{3, `receive X -> X after 100 -> timeout end`, `receive
       X ->
           X
   after
       100 -> timeout
   end`},
	{3, `X = 3, 4`, `X = 3, 4`},
	{3, `v(47)`, `v(47)`},
	{3, `[1,2,3]`, `[1, 2, 3]`},
	{3, `[1,2|X]`, `[1, 2 | X]`},
	{3, `[1|[2,3]]`, `[1, 2, 3]`},
	{3, `[1|[]]`, `[1]`},
	{3, `[1|"ab"]`, `[1 | "ab"]`},
	{3, `[]`, `[]`},
	{3, `{}`, `{}`},
	{3, `{a,{b,c},[d]}`, `{a, {b, c}, [d]}`},
	{3, `#{}`, `#{}`},
	{3, `#{a => 1, b := 2}`, `#{a => 1, b := 2}`},
	{3, `M#{a => 1}`, `M#{a => 1}`},
	{3, `1 #{a => 1}`, `1 #{a => 1}`},
	{3, `"hello"`, `"hello"`},
	{3, `""`, `""`},
	{3, `"a\nb\"c\\d\te\001f"`, `"a\nb\"c\\d\te\001f"`},
	{3, `$a`, `$a`},
	{3, `$\s`, `$\s`},
	{3, `$\n`, `$\n`},
	{3, `$"`, `$"`},
	{3, `$\\`, `$\\`},
	{3, `'hello world'`, `'hello world'`},
	{3, `'Abc'`, `'Abc'`},
	{3, `'end'`, `'end'`},
	{3, `16#ff`, `255`},
	{3, `1.5`, `1.5`},
	{3, `1.0e10`, `1.0e10`},
	{3, `123456789012345678901234567890`, `123456789012345678901234567890`},
	{3, `-1`, `-1`},
	{3, `- 1`, `-1`},
	{3, `-(-1)`, `-(-1)`},
	{3, `- - 1`, `-(-1)`},
	{3, `+1`, `+1`},
	{3, `not true`, `not true`},
	{3, `bnot 5`, `bnot 5`},
	{3, `1 + 2 * 3`, `1 + 2 * 3`},
	{3, `(1 + 2) * 3`, `(1 + 2) * 3`},
	{3, `1 - (2 - 3)`, `1 - (2 - 3)`},
	{3, `1 - 2 - 3`, `1 - 2 - 3`},
	{3, `a ++ b ++ c`, `a ++ b ++ c`},
	{3, `(a ++ b) ++ c`, `(a ++ b) ++ c`},
	{3, `1 < 2`, `1 < 2`},
	{3, `X = Y = 3`, `X = Y = 3`},
	{3, `(X = 3) + 1`, `(X = 3) + 1`},
	{3, `true andalso false`, `true
   andalso
   false`},
	{3, `true orelse false andalso true`, `true
   orelse
   false
   andalso
   true`},
	{3, `a or b and c`, `a or b and c`},
	{3, `self() ! hello`, `self() ! hello`},
	{3, `Pid ! {self(), msg}`, `Pid ! {self(), msg}`},
	{3, `catch 1`, `catch 1`},
	{3, `catch 1 + 2`, `catch 1 + 2`},
	{3, `(catch 1) + 2`, `catch 1 + 2`},
	{3, `X = catch 1`, `X = catch 1`},
	{3, `case X of 1 -> a; 2 -> b end`, `case X of
       1 ->
           a;
       2 ->
           b
   end`},
	{3, `case X of {a, B} when B > 1 -> ok; _ -> error end`, `case X of
       {a, B} when B > 1 ->
           ok;
       _ ->
           error
   end`},
	{3, `case X of A when A > 1, A < 5; A =:= 0 -> yes end`, `case X of
       A when A > 1, A < 5; A =:= 0 ->
           yes
   end`},
	{3, `if X > 1 -> a; true -> b end`, `if
       X > 1 ->
           a;
       true ->
           b
   end`},
	{3, `if X > 1, X < 3 -> a; X; Y -> b end`, `if
       X > 1, X < 3 ->
           a;
       X;Y ->
           b
   end`},
	{3, `begin 1, 2 end`, `begin
       1,
       2
   end`},
	{3, `begin 1 end`, `begin 1 end`},
	{3, `receive X -> X end`, `receive
       X ->
           X
   end`},
	{3, `receive after 100 -> timeout end`, `receive after 100 -> timeout end`},
	{3, `receive {a, X} -> X; {b, Y} -> Y after 1000 -> ok end`, `receive
       {a, X} ->
           X;
       {b, Y} ->
           Y
   after
       1000 -> ok
   end`},
	{3, `receive X -> io:format("~p~n", [X]), X end`, `receive
       X ->
           io:format("~p~n", [X]),
           X
   end`},
	{3, `try foo() catch error:X -> X end`, `try
       foo()
   catch
       error:X ->
           X
   end`},
	{3, `try foo() catch X -> X end`, `try
       foo()
   catch
       throw:X ->
           X
   end`},
	{3, `try foo() catch error:X:S -> {X, S} end`, `try
       foo()
   catch
       error:X:S ->
           {X, S}
   end`},
	{3, `try foo() of 1 -> a catch _:_ -> b after c end`, `try foo() of
       1 ->
           a
   catch
       _:_ ->
           b
   after
       c
   end`},
	{3, `try foo() after bar() end`, `try foo() after bar() end`},
	{3, `try foo(), bar() catch throw:X when is_atom(X) -> X end`, `try
       foo(),
       bar()
   catch
       throw:X when is_atom(X) ->
           X
   end`},
	{3, `fun lists:map/2`, `fun lists:map/2`},
	{3, `fun foo/1`, `fun foo/1`},
	{3, `fun M:F/A`, `fun M:F/A`},
	{3, `fun() -> ok end`, `fun() ->
          ok
   end`},
	{3, `fun(X, Y) -> X + Y end`, `fun(X, Y) ->
          X + Y
   end`},
	{3, `fun(0) -> zero; (N) when N > 0 -> pos end`, `fun(0) ->
          zero;
      (N) when N > 0 ->
          pos
   end`},
	{3, `fun F(0) -> 1; F(N) -> N * F(N - 1) end`, `fun F(0) ->
           1;
       F(N) ->
           N * F(N - 1)
   end`},
	{3, `fun(X) -> Y = X + 1, Y * 2 end`, `fun(X) ->
          Y = X + 1,
          Y * 2
   end`},
	{3, `[X || X <- [1,2,3]]`, `[ 
    X ||
        X <- [1, 2, 3]
   ]`},
	{3, `[X * 2 || X <- L, X > 1]`, `[ 
    X * 2 ||
        X <- L,
        X > 1
   ]`},
	{3, `[{X, Y} || X <- [1,2], Y <- [a,b], X > 0]`, `[ 
    {X, Y} ||
        X <- [1, 2],
        Y <- [a, b],
        X > 0
   ]`},
	{3, `<<X || <<X>> <= B>>`, `<< 
     X ||
         <<X>> <= B
   >>`},
	{3, `<< <<X>> || X <- L >>`, `<< 
     <<X>> ||
         X <- L
   >>`},
	{3, `<<>>`, `<<>>`},
	{3, `<<1,2,3>>`, `<<1,2,3>>`},
	{3, `<<X:8, Y/binary>>`, `<<X:8,Y/binary>>`},
	{3, `<<"abc">>`, `<<"abc">>`},
	{3, `<<X:4/little-signed-integer-unit:8>>`, `<<X:4/little-signed-integer-unit:8>>`},
	{3, `<<-1>>`, `<<(-1)>>`},
	{3, `<<(X+1):8>>`, `<<(X + 1):8>>`},
	{3, `erlang:length([1])`, `length([1])`},
	{3, `erlang:float(1)`, `erlang:float(1)`},
	{3, `erlang:foo(1)`, `erlang:foo(1)`},
	{3, `erlang:self()`, `self()`},
	{3, `lists:map(fun(X) -> X * 2 end, [1,2,3])`, `lists:map(fun(X) ->
                    X * 2
             end,
             [1, 2, 3])`},
	{3, `F(1)`, `F(1)`},
	{3, `(foo())()`, `(foo())()`},
	{3, `(fun() -> ok end)()`, `fun() ->
          ok
   end()`},
	{3, `M:F(1)`, `M:F(1)`},
	{3, `{M, F}`, `{M, F}`},
	{3, `spawn(fun() -> receive X -> X end end)`, `spawn(fun() ->
                receive
                    X ->
                        X
                end
         end)`},
	{3, `lists:seq(1, 100000000000000000000000000000000000000000000000000000000000000000000000000000)`, `lists:seq(1,
             100000000000000000000000000000000000000000000000000000000000000000000000000000)`},
	{3, `{aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddddd}`, `{aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb,
    cccccccccccccccccccccc, dddddddddddddddddd}`},
	{3, `[aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddddd, eeeeeeeeeeeeeeeeeeeeeeee, fffffffffffffffffff]`, `[aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb,
    cccccccccccccccccccccc, dddddddddddddddddd,
    eeeeeeeeeeeeeeeeeeeeeeee, fffffffffffffffffff]`},
	{3, `[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34]`, `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]`},
	{3, `[{a,1},{b,2},{c,3},{d,4},{e,5},{f,6},{g,7},{h,8},{i,9},{j,10},{k,11},{l,12},{m,13}]`, `[{a, 1},
    {b, 2},
    {c, 3},
    {d, 4},
    {e, 5},
    {f, 6},
    {g, 7},
    {h, 8},
    {i, 9},
    {j, 10},
    {k, 11},
    {l, 12},
    {m, 13}]`},
	{3, `io:format("~p ~p ~p ~p ~p~n", [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccc, ddddddd])`, `io:format("~p ~p ~p ~p ~p~n",
             [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb,
              cccccccccccccccccc, ddddddd])`},
	{3, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{3, `X = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `X = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{3, `f("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")`, `f("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n\n\n\n\n\n\n\n\n\n\n\n"
     "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")`},
	{3, `VeryLongVariableNameNumberOne = some_module:some_function(ArgumentOne, ArgumentTwo)`, `VeryLongVariableNameNumberOne =
       some_module:some_function(ArgumentOne, ArgumentTwo)`},
	{3, `VeryLongVariableNameNumberOne = some_module:some_function(ArgumentOne, ArgumentTwo, ArgumentThree, ArgumentFour)`, `VeryLongVariableNameNumberOne =
       some_module:some_function(ArgumentOne, ArgumentTwo,
                                 ArgumentThree, ArgumentFour)`},
	{3, `A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10, K = 11, L = 12`, `A = 1,
   B = 2,
   C = 3,
   D = 4,
   E = 5,
   F = 6,
   G = 7,
   H = 8,
   I = 9,
   J = 10,
   K = 11,
   L = 12`},
	{3, `case lists:keyfind(some_key, 1, SomeVeryLongListNameThatIsLong) of {some_key, Value} -> Value; false -> undefined end`, `case lists:keyfind(some_key, 1, SomeVeryLongListNameThatIsLong) of
       {some_key, Value} ->
           Value;
       false ->
           undefined
   end`},
	{3, `X = case Y of 1 -> a end`, `X = case Y of
           1 ->
               a
       end`},
	{3, `X = fun() -> ok end`, `X = fun() ->
              ok
       end`},
	{3, `X = fun(A) -> A end, X(1)`, `X = fun(A) ->
              A
       end,
   X(1)`},
	{3, `Pid = spawn(fun() -> loop() end)`, `Pid =
       spawn(fun() ->
                    loop()
             end)`},
	{3, `c(t)`, `c(t)`},
	{3, `t:start()`, `t:start()`},
	{3, `t ! hello`, `t ! hello`},
	{3, `{ok, Pid} = gen_server:start_link({local, m}, m, [], [])`, `{ok, Pid} = gen_server:start_link({local, m}, m, [], [])`},
	{3, `X#{a := 1}`, `X#{a := 1}`},
	{3, `#{a => #{b => c}}`, `#{a => #{b => c}}`},
	{3, `#{{a,b} => [1,2,3], "str" => <<"bin">>}`, `#{{a, b} => [1, 2, 3], "str" => <<"bin">>}`},
	{3, `[H|T] = [1,2,3]`, `[H | T] = [1, 2, 3]`},
	{3, `{A, B} = {1, 2}`, `{A, B} = {1, 2}`},
	{3, `X == Y`, `X == Y`},
	{3, `X =/= Y`, `X =/= Y`},
	{3, `X rem 3`, `X rem 3`},
	{3, `X div 3`, `X div 3`},
	{3, `-X`, `-X`},
	{3, `- (X + 1)`, `-(X + 1)`},
	{3, `-(X * 2)`, `-(X * 2)`},
	{3, `X - -1`, `X - -1`},
	{3, `X + +1`, `X + +1`},
	{3, `1 - -X`, `1 - -X`},
	{3, `ok`, `ok`},
	{3, `'Hello'`, `'Hello'`},
	{3, `'a b'`, `'a b'`},
	{3, `[$a, $b]`, `[$a, $b]`},
	{3, `"αβγ"`, `"αβγ"`},
	{3, `'αβγ'`, `'αβγ'`},
	{3, `$α`, `$α`},
	{3, `fun(X) when is_integer(X); is_float(X) -> X end`, `fun(X) when is_integer(X); is_float(X) ->
          X
   end`},
	{3, `fun(X) when X > 0, X < 10 -> X end`, `fun(X) when X > 0, X < 10 ->
          X
   end`},
	{3, `lists:foldl(fun(X, Acc) -> X + Acc end, 0, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20])`, `lists:foldl(fun(X, Acc) ->
                      X + Acc
               end,
               0,
               [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20])`},
	{3, `case X of 1 -> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa end`, `case X of
       1 ->
           aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
   end`},
	{3, `X = {aaaaaaaaaaaaaaaaaaaa, [bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc], dddddddddddddddddd, eeeeeeeee}`, `X = {aaaaaaaaaaaaaaaaaaaa,
        [bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc],
        dddddddddddddddddd, eeeeeeeee}`},
	{3, `foo(X, fun() -> ok end)`, `foo(X,
       fun() ->
              ok
       end)`},
	{3, `#r.f`, `#r.f`},
	{3, `X#r.f`, `X#r.f`},
	{3, `(X#r.f)#r.g`, `(X#r.f)#r.g`},
	{3, `X#r{}`, `X#r{}`},
	{3, `receive X when X > 1 -> X; Y -> Y end`, `receive
       X when X > 1 ->
           X;
       Y ->
           Y
   end`},
	{3, `1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22`, `1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16
   +
   17
   +
   18
   +
   19
   +
   20
   +
   21
   +
   22`},
	{3, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa andalso bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb andalso cccccccccccccccccccccccccc`, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
   andalso
   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
   andalso
   cccccccccccccccccccccccccc`},
	{3, `[X || X <- lists:seq(1, 100000000000), X rem 2 =:= 0, X rem 3 =:= 0, X rem 5 =:= 0, X > 1000]`, `[ 
    X ||
        X <- lists:seq(1, 100000000000),
        X rem 2 =:= 0,
        X rem 3 =:= 0,
        X rem 5 =:= 0,
        X > 1000
   ]`},
	{3, `begin X = 1, Y = 2, X + Y end`, `begin
       X = 1,
       Y = 2,
       X + Y
   end`},
	{3, `f()`, `f()`},
	{3, `f(X)`, `f(X)`},
	{3, `b()`, `b()`},
	{3, `[f(X) || {X, _} <- Y]`, `[ 
    f(X) ||
        {X, _} <- Y
   ]`},
	{3, `<<"a", 1:8, X/utf8>>`, `<<"a",1:8,X/utf8>>`},
	{3, `{'EXIT', Reason}`, `{'EXIT', Reason}`},
	{3, `catch throw(x)`, `catch throw(x)`},
	{3, `erlang:error(badarg)`, `error(badarg)`},
	{3, `1.0`, `1.0`},
	{3, `0.1`, `0.1`},
	{3, `3.14159`, `3.14159`},
	{3, `2.0e-5`, `2.0e-5`},
	{3, `"tab\there"`, `"tab\there"`},
	{3, `"\x{1F600}"`, `"😀"`},
	{3, `$\x{7f}`, `$\d`},
	{3, `"\x{80}\x{9f}\x{a0}"`, `"\200\237 "`},
	{0, `if false -> a end`, `if
    false ->
        a
end`},
	{0, `fun(X) -> X end`, `fun(X) ->
       X
end`},
	{0, `fun(X) -> X end(1, 2)`, `fun(X) ->
       X
end(1, 2)`},
	{0, `-a`, `-a`},
	{0, `1 / 0`, `1 / 0`},
	{0, `io:format("bad~n", [x])`, `io:format("bad~n", [x])`},
	{0, `receive X -> X after 100 -> timeout end`, `receive
    X ->
        X
after
    100 -> timeout
end`},
	{0, `X = 3, 4`, `X = 3, 4`},
	{0, `v(47)`, `v(47)`},
	{0, `[1,2,3]`, `[1, 2, 3]`},
	{0, `[1,2|X]`, `[1, 2 | X]`},
	{0, `[1|[2,3]]`, `[1, 2, 3]`},
	{0, `[1|[]]`, `[1]`},
	{0, `[1|"ab"]`, `[1 | "ab"]`},
	{0, `[]`, `[]`},
	{0, `{}`, `{}`},
	{0, `{a,{b,c},[d]}`, `{a, {b, c}, [d]}`},
	{0, `#{}`, `#{}`},
	{0, `#{a => 1, b := 2}`, `#{a => 1, b := 2}`},
	{0, `M#{a => 1}`, `M#{a => 1}`},
	{0, `1 #{a => 1}`, `1 #{a => 1}`},
	{0, `"hello"`, `"hello"`},
	{0, `""`, `""`},
	{0, `"a\nb\"c\\d\te\001f"`, `"a\nb\"c\\d\te\001f"`},
	{0, `$a`, `$a`},
	{0, `$\s`, `$\s`},
	{0, `$\n`, `$\n`},
	{0, `$"`, `$"`},
	{0, `$\\`, `$\\`},
	{0, `'hello world'`, `'hello world'`},
	{0, `'Abc'`, `'Abc'`},
	{0, `'end'`, `'end'`},
	{0, `16#ff`, `255`},
	{0, `1.5`, `1.5`},
	{0, `1.0e10`, `1.0e10`},
	{0, `123456789012345678901234567890`, `123456789012345678901234567890`},
	{0, `-1`, `-1`},
	{0, `- 1`, `-1`},
	{0, `-(-1)`, `-(-1)`},
	{0, `- - 1`, `-(-1)`},
	{0, `+1`, `+1`},
	{0, `not true`, `not true`},
	{0, `bnot 5`, `bnot 5`},
	{0, `1 + 2 * 3`, `1 + 2 * 3`},
	{0, `(1 + 2) * 3`, `(1 + 2) * 3`},
	{0, `1 - (2 - 3)`, `1 - (2 - 3)`},
	{0, `1 - 2 - 3`, `1 - 2 - 3`},
	{0, `a ++ b ++ c`, `a ++ b ++ c`},
	{0, `(a ++ b) ++ c`, `(a ++ b) ++ c`},
	{0, `1 < 2`, `1 < 2`},
	{0, `X = Y = 3`, `X = Y = 3`},
	{0, `(X = 3) + 1`, `(X = 3) + 1`},
	{0, `true andalso false`, `true
andalso
false`},
	{0, `true orelse false andalso true`, `true
orelse
false
andalso
true`},
	{0, `a or b and c`, `a or b and c`},
	{0, `self() ! hello`, `self() ! hello`},
	{0, `Pid ! {self(), msg}`, `Pid ! {self(), msg}`},
	{0, `catch 1`, `catch 1`},
	{0, `catch 1 + 2`, `catch 1 + 2`},
	{0, `(catch 1) + 2`, `catch 1 + 2`},
	{0, `X = catch 1`, `X = catch 1`},
	{0, `case X of 1 -> a; 2 -> b end`, `case X of
    1 ->
        a;
    2 ->
        b
end`},
	{0, `case X of {a, B} when B > 1 -> ok; _ -> error end`, `case X of
    {a, B} when B > 1 ->
        ok;
    _ ->
        error
end`},
	{0, `case X of A when A > 1, A < 5; A =:= 0 -> yes end`, `case X of
    A when A > 1, A < 5; A =:= 0 ->
        yes
end`},
	{0, `if X > 1 -> a; true -> b end`, `if
    X > 1 ->
        a;
    true ->
        b
end`},
	{0, `if X > 1, X < 3 -> a; X; Y -> b end`, `if
    X > 1, X < 3 ->
        a;
    X;Y ->
        b
end`},
	{0, `begin 1, 2 end`, `begin
    1,
    2
end`},
	{0, `begin 1 end`, `begin 1 end`},
	{0, `receive X -> X end`, `receive
    X ->
        X
end`},
	{0, `receive after 100 -> timeout end`, `receive after 100 -> timeout end`},
	{0, `receive {a, X} -> X; {b, Y} -> Y after 1000 -> ok end`, `receive
    {a, X} ->
        X;
    {b, Y} ->
        Y
after
    1000 -> ok
end`},
	{0, `receive X -> io:format("~p~n", [X]), X end`, `receive
    X ->
        io:format("~p~n", [X]),
        X
end`},
	{0, `try foo() catch error:X -> X end`, `try
    foo()
catch
    error:X ->
        X
end`},
	{0, `try foo() catch X -> X end`, `try
    foo()
catch
    throw:X ->
        X
end`},
	{0, `try foo() catch error:X:S -> {X, S} end`, `try
    foo()
catch
    error:X:S ->
        {X, S}
end`},
	{0, `try foo() of 1 -> a catch _:_ -> b after c end`, `try foo() of
    1 ->
        a
catch
    _:_ ->
        b
after
    c
end`},
	{0, `try foo() after bar() end`, `try foo() after bar() end`},
	{0, `try foo(), bar() catch throw:X when is_atom(X) -> X end`, `try
    foo(),
    bar()
catch
    throw:X when is_atom(X) ->
        X
end`},
	{0, `fun lists:map/2`, `fun lists:map/2`},
	{0, `fun foo/1`, `fun foo/1`},
	{0, `fun M:F/A`, `fun M:F/A`},
	{0, `fun() -> ok end`, `fun() ->
       ok
end`},
	{0, `fun(X, Y) -> X + Y end`, `fun(X, Y) ->
       X + Y
end`},
	{0, `fun(0) -> zero; (N) when N > 0 -> pos end`, `fun(0) ->
       zero;
   (N) when N > 0 ->
       pos
end`},
	{0, `fun F(0) -> 1; F(N) -> N * F(N - 1) end`, `fun F(0) ->
        1;
    F(N) ->
        N * F(N - 1)
end`},
	{0, `fun(X) -> Y = X + 1, Y * 2 end`, `fun(X) ->
       Y = X + 1,
       Y * 2
end`},
	{0, `[X || X <- [1,2,3]]`, `[ 
 X ||
     X <- [1, 2, 3]
]`},
	{0, `[X * 2 || X <- L, X > 1]`, `[ 
 X * 2 ||
     X <- L,
     X > 1
]`},
	{0, `[{X, Y} || X <- [1,2], Y <- [a,b], X > 0]`, `[ 
 {X, Y} ||
     X <- [1, 2],
     Y <- [a, b],
     X > 0
]`},
	{0, `<<X || <<X>> <= B>>`, `<< 
  X ||
      <<X>> <= B
>>`},
	{0, `<< <<X>> || X <- L >>`, `<< 
  <<X>> ||
      X <- L
>>`},
	{0, `<<>>`, `<<>>`},
	{0, `<<1,2,3>>`, `<<1,2,3>>`},
	{0, `<<X:8, Y/binary>>`, `<<X:8,Y/binary>>`},
	{0, `<<"abc">>`, `<<"abc">>`},
	{0, `<<X:4/little-signed-integer-unit:8>>`, `<<X:4/little-signed-integer-unit:8>>`},
	{0, `<<-1>>`, `<<(-1)>>`},
	{0, `<<(X+1):8>>`, `<<(X + 1):8>>`},
	{0, `erlang:length([1])`, `length([1])`},
	{0, `erlang:float(1)`, `erlang:float(1)`},
	{0, `erlang:foo(1)`, `erlang:foo(1)`},
	{0, `erlang:self()`, `self()`},
	{0, `lists:map(fun(X) -> X * 2 end, [1,2,3])`, `lists:map(fun(X) ->
                 X * 2
          end,
          [1, 2, 3])`},
	{0, `F(1)`, `F(1)`},
	{0, `(foo())()`, `(foo())()`},
	{0, `(fun() -> ok end)()`, `fun() ->
       ok
end()`},
	{0, `M:F(1)`, `M:F(1)`},
	{0, `{M, F}`, `{M, F}`},
	{0, `spawn(fun() -> receive X -> X end end)`, `spawn(fun() ->
             receive
                 X ->
                     X
             end
      end)`},
	{0, `lists:seq(1, 100000000000000000000000000000000000000000000000000000000000000000000000000000)`, `lists:seq(1,
          100000000000000000000000000000000000000000000000000000000000000000000000000000)`},
	{0, `{aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddddd}`, `{aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc,
 dddddddddddddddddd}`},
	{0, `[aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddddd, eeeeeeeeeeeeeeeeeeeeeeee, fffffffffffffffffff]`, `[aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc,
 dddddddddddddddddd, eeeeeeeeeeeeeeeeeeeeeeee, fffffffffffffffffff]`},
	{0, `[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34]`, `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]`},
	{0, `[{a,1},{b,2},{c,3},{d,4},{e,5},{f,6},{g,7},{h,8},{i,9},{j,10},{k,11},{l,12},{m,13}]`, `[{a, 1},
 {b, 2},
 {c, 3},
 {d, 4},
 {e, 5},
 {f, 6},
 {g, 7},
 {h, 8},
 {i, 9},
 {j, 10},
 {k, 11},
 {l, 12},
 {m, 13}]`},
	{0, `io:format("~p ~p ~p ~p ~p~n", [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccc, ddddddd])`, `io:format("~p ~p ~p ~p ~p~n",
          [aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccc,
           ddddddd])`},
	{0, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{0, `X = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `X = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{0, `f("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")`, `f("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
  "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")`},
	{0, `VeryLongVariableNameNumberOne = some_module:some_function(ArgumentOne, ArgumentTwo)`, `VeryLongVariableNameNumberOne =
    some_module:some_function(ArgumentOne, ArgumentTwo)`},
	{0, `VeryLongVariableNameNumberOne = some_module:some_function(ArgumentOne, ArgumentTwo, ArgumentThree, ArgumentFour)`, `VeryLongVariableNameNumberOne =
    some_module:some_function(ArgumentOne, ArgumentTwo, ArgumentThree,
                              ArgumentFour)`},
	{0, `A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10, K = 11, L = 12`, `A = 1,
B = 2,
C = 3,
D = 4,
E = 5,
F = 6,
G = 7,
H = 8,
I = 9,
J = 10,
K = 11,
L = 12`},
	{0, `case lists:keyfind(some_key, 1, SomeVeryLongListNameThatIsLong) of {some_key, Value} -> Value; false -> undefined end`, `case lists:keyfind(some_key, 1, SomeVeryLongListNameThatIsLong) of
    {some_key, Value} ->
        Value;
    false ->
        undefined
end`},
	{0, `X = case Y of 1 -> a end`, `X = case Y of
        1 ->
            a
    end`},
	{0, `X = fun() -> ok end`, `X = fun() ->
           ok
    end`},
	{0, `X = fun(A) -> A end, X(1)`, `X = fun(A) ->
           A
    end,
X(1)`},
	{0, `Pid = spawn(fun() -> loop() end)`, `Pid =
    spawn(fun() ->
                 loop()
          end)`},
	{0, `c(t)`, `c(t)`},
	{0, `t:start()`, `t:start()`},
	{0, `t ! hello`, `t ! hello`},
	{0, `{ok, Pid} = gen_server:start_link({local, m}, m, [], [])`, `{ok, Pid} = gen_server:start_link({local, m}, m, [], [])`},
	{0, `X#{a := 1}`, `X#{a := 1}`},
	{0, `#{a => #{b => c}}`, `#{a => #{b => c}}`},
	{0, `#{{a,b} => [1,2,3], "str" => <<"bin">>}`, `#{{a, b} => [1, 2, 3], "str" => <<"bin">>}`},
	{0, `[H|T] = [1,2,3]`, `[H | T] = [1, 2, 3]`},
	{0, `{A, B} = {1, 2}`, `{A, B} = {1, 2}`},
	{0, `X == Y`, `X == Y`},
	{0, `X =/= Y`, `X =/= Y`},
	{0, `X rem 3`, `X rem 3`},
	{0, `X div 3`, `X div 3`},
	{0, `-X`, `-X`},
	{0, `- (X + 1)`, `-(X + 1)`},
	{0, `-(X * 2)`, `-(X * 2)`},
	{0, `X - -1`, `X - -1`},
	{0, `X + +1`, `X + +1`},
	{0, `1 - -X`, `1 - -X`},
	{0, `ok`, `ok`},
	{0, `'Hello'`, `'Hello'`},
	{0, `'a b'`, `'a b'`},
	{0, `[$a, $b]`, `[$a, $b]`},
	{0, `"αβγ"`, `"αβγ"`},
	{0, `'αβγ'`, `'αβγ'`},
	{0, `$α`, `$α`},
	{0, `fun(X) when is_integer(X); is_float(X) -> X end`, `fun(X) when is_integer(X); is_float(X) ->
       X
end`},
	{0, `fun(X) when X > 0, X < 10 -> X end`, `fun(X) when X > 0, X < 10 ->
       X
end`},
	{0, `lists:foldl(fun(X, Acc) -> X + Acc end, 0, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20])`, `lists:foldl(fun(X, Acc) ->
                   X + Acc
            end,
            0,
            [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
             18, 19, 20])`},
	{0, `case X of 1 -> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa end`, `case X of
    1 ->
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
end`},
	{0, `X = {aaaaaaaaaaaaaaaaaaaa, [bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc], dddddddddddddddddd, eeeeeeeee}`, `X = {aaaaaaaaaaaaaaaaaaaa,
     [bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc],
     dddddddddddddddddd, eeeeeeeee}`},
	{0, `foo(X, fun() -> ok end)`, `foo(X,
    fun() ->
           ok
    end)`},
	{0, `#r.f`, `#r.f`},
	{0, `X#r.f`, `X#r.f`},
	{0, `(X#r.f)#r.g`, `(X#r.f)#r.g`},
	{0, `X#r{}`, `X#r{}`},
	{0, `receive X when X > 1 -> X; Y -> Y end`, `receive
    X when X > 1 ->
        X;
    Y ->
        Y
end`},
	{0, `1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22`, `1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16
+
17
+
18
+
19
+
20
+
21
+
22`},
	{0, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa andalso bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb andalso cccccccccccccccccccccccccc`, `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
andalso
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
andalso
cccccccccccccccccccccccccc`},
	{0, `[X || X <- lists:seq(1, 100000000000), X rem 2 =:= 0, X rem 3 =:= 0, X rem 5 =:= 0, X > 1000]`, `[ 
 X ||
     X <- lists:seq(1, 100000000000),
     X rem 2 =:= 0,
     X rem 3 =:= 0,
     X rem 5 =:= 0,
     X > 1000
]`},
	{0, `begin X = 1, Y = 2, X + Y end`, `begin
    X = 1,
    Y = 2,
    X + Y
end`},
	{0, `f()`, `f()`},
	{0, `f(X)`, `f(X)`},
	{0, `b()`, `b()`},
	{0, `[f(X) || {X, _} <- Y]`, `[ 
 f(X) ||
     {X, _} <- Y
]`},
	{0, `<<"a", 1:8, X/utf8>>`, `<<"a",1:8,X/utf8>>`},
	{0, `{'EXIT', Reason}`, `{'EXIT', Reason}`},
	{0, `catch throw(x)`, `catch throw(x)`},
	{0, `erlang:error(badarg)`, `error(badarg)`},
	{0, `1.0`, `1.0`},
	{0, `0.1`, `0.1`},
	{0, `3.14159`, `3.14159`},
	{0, `2.0e-5`, `2.0e-5`},
	{0, `"tab\there"`, `"tab\there"`},
	{0, `"\x{1F600}"`, `"😀"`},
	{0, `$\x{7f}`, `$\d`},
	{0, `"\x{80}\x{9f}\x{a0}"`, `"\200\237 "`},
}
