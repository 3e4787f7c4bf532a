package syntax

// erlPrintCasesMore continue erlPrintCases: records, maps, binaries,
// precedence and parentheses, literals, shell commands.
var erlPrintCasesMore = []struct {
	indent    int
	src, want string
}{
	{4, `#r{a = 1, b = 2}`, `#r{a = 1, b = 2}`},
	{4, `#r{}`, `#r{}`},
	{4, `X#r{a = 1}`, `X#r{a = 1}`},
	{4, `#r{a = 1, _ = 2}`, `#r{a = 1, _ = 2}`},
	{4, `1 #r{a = 1}`, `1 #r{a = 1}`},
	{4, `#r{a = X = 1}`, `#r{a = X = 1}`},
	{4, `#r{aaaaaaaaaaaaaaaaaaaa = 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb = 2, ccccccccccccccccccccccccccc = 3}`, `#r{aaaaaaaaaaaaaaaaaaaa = 1,
       bbbbbbbbbbbbbbbbbbbbbbbbbbbb = 2,
       ccccccccccccccccccccccccccc = 3}`},
	{4, `#r.f + 1`, `#r.f + 1`},
	{4, `#{aaaaaaaaaaaaaaaaaaaa => 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2, ccccccccccccccccccccccccccc => 3}`, `#{aaaaaaaaaaaaaaaaaaaa => 1,
      bbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2,
      ccccccccccccccccccccccccccc => 3}`},
	{4, `#{aaaaaaaaaaaaaaaaaaaa => {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}}`, `#{aaaaaaaaaaaaaaaaaaaa =>
          {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
           18, 19, 20, 21, 22, 23, 24, 25}}`},
	{4, `M#{a := 1}#{b => 2}`, `(M#{a := 1})#{b => 2}`},
	{4, `<<aaaaaaaaaaaaaaaaaaaa:8, bbbbbbbbbbbbbbbbbbbbbbbbbbbb:16, ccccccccccccccccccccccccccc:32/little, ddddddd/binary>>`, `<<aaaaaaaaaaaaaaaaaaaa:8,
      bbbbbbbbbbbbbbbbbbbbbbbbbbbb:16,
      ccccccccccccccccccccccccccc:32/little,
      ddddddd/binary>>`},
	{4, `{aaaaaaaaaaaaaaaaaaaa, {bbbbbbbbbbbbbbbbbbbbbbbbbbbb, [ccccccccccccccccccccccccccc, dddddddddddddd, eeeeeeeeeeee]}}`, `{aaaaaaaaaaaaaaaaaaaa,
     {bbbbbbbbbbbbbbbbbbbbbbbbbbbb,
      [ccccccccccccccccccccccccccc, dddddddddddddd, eeeeeeeeeeee]}}`},
	{4, `[[1,2,3,4,5,6,7,8,9,10],[11,12,13,14,15,16,17,18,19,20],[21,22,23,24,25,26,27,28,29,30]]`, `[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
     [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
     [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]]`},
	{4, `["aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccccc", "ddd"]`, `["aaaaaaaaaaaaaaaaaaaaaaaa",
     "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
     "cccccccccccccccccccccccccc",
     "ddd"]`},
	{4, `{ok, "a very long string that does not fit on the line at all because it is really long"}`, `{ok,
     "a very long string that does not fit on the line at all because i"
     "t is really long"}`},
	{4, `spawn(fun() -> receive {From, Msg} -> From ! {self(), Msg}, loop(); stop -> ok after 5000 -> timeout end end)`, `spawn(fun() ->
                 receive
                     {From, Msg} ->
                         From ! {self(), Msg},
                         loop();
                     stop ->
                         ok
                 after
                     5000 -> timeout
                 end
          end)`},
	{4, `Pid = spawn(fun() -> receive X -> X end end)`, `Pid =
        spawn(fun() ->
                     receive
                         X ->
                             X
                     end
              end)`},
	{4, `lists:foreach(fun(X) -> io:format("~p~n", [X]) end, lists:seq(1, 10))`, `lists:foreach(fun(X) ->
                         io:format("~p~n", [X])
                  end,
                  lists:seq(1, 10))`},
	{4, `F = fun(X) when X > 0 -> X; (X) -> -X end`, `F = fun(X) when X > 0 ->
               X;
           (X) ->
               -X
        end`},
	{4, `case X of {ok, V} -> V; {error, R} -> erlang:error(R) end, ok`, `case X of
        {ok, V} ->
            V;
        {error, R} ->
            error(R)
    end,
    ok`},
	{4, `try erlang:error(foo) catch error:foo:Stack -> Stack; exit:R -> R; throw:T -> T end`, `try
        error(foo)
    catch
        error:foo:Stack ->
            Stack;
        exit:R ->
            R;
        throw:T ->
            T
    end`},
	{4, `try X = 1, Y = 2, X + Y of 3 -> three; _ -> other catch _:_ -> error after io:format("done~n") end`, `try
        X = 1,
        Y = 2,
        X + Y
    of
        3 ->
            three;
        _ ->
            other
    catch
        _:_ ->
            error
    after
        io:format("done~n")
    end`},
	{4, `begin a end`, `begin a end`},
	{4, `begin aaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc end`, `begin
        aaaaaaaaaaaaaaaaaaaaaaaaaaa,
        bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
        cccccccccccccccccccccc
    end`},
	{4, `X = [Y || Y <- [1,2,3]]`, `X = [ 
         Y ||
             Y <- [1, 2, 3]
        ]`},
	{4, `{[X || X <- L], [Y || Y <- M]}`, `{[ 
      X ||
          X <- L
     ],
     [ 
      Y ||
          Y <- M
     ]}`},
	{4, `f([X || X <- L])`, `f([ 
       X ||
           X <- L
      ])`},
	{4, `X = <<1,2,3>>, <<A, B/binary>> = X`, `X = <<1,2,3>>, <<A,B/binary>> = X`},
	{4, `<<X:(N*8)>>`, `<<X:(N * 8)>>`},
	{4, `<<(foo()):8>>`, `<<(foo()):8>>`},
	{4, `<<1.5/float>>`, `<<1.5/float>>`},
	{4, `<<$a, "bc">>`, `<<$a,"bc">>`},
	{4, `catch catch 1`, `catch catch 1`},
	{4, `not not true`, `not (not true)`},
	{4, `-(-(1))`, `-(-1)`},
	{4, `- -X`, `-(-X)`},
	{4, `+ -1`, `+(-1)`},
	{4, `1 - - 1`, `1 - -1`},
	{4, `X ! Y ! Z`, `X ! Y ! Z`},
	{4, `(X ! Y) ! Z`, `(X ! Y) ! Z`},
	{4, `X = (Y ! Z)`, `X = Y ! Z`},
	{4, `(a andalso b) orelse c`, `a
    andalso
    b
    orelse
    c`},
	{4, `a andalso (b orelse c)`, `a
    andalso
    (b
     orelse
     c)`},
	{4, `not (a andalso b)`, `not (a
         andalso
         b)`},
	{4, `-(a + b) * c`, `-(a + b) * c`},
	{4, `(a * b) + (c * d)`, `a * b + c * d`},
	{4, `a * (b + c)`, `a * (b + c)`},
	{4, `a - (b + c)`, `a - (b + c)`},
	{4, `(a + b) - c`, `a + b - c`},
	{4, `(a == b) == c`, `(a == b) == c`},
	{4, `a == (b == c)`, `a == (b == c)`},
	{4, `[1,2] ++ [3] -- [2]`, `[1, 2] ++ [3] -- [2]`},
	{4, `([1,2] ++ [3]) -- [2]`, `([1, 2] ++ [3]) -- [2]`},
	{4, `X#r.f#r.g`, `(X#r.f)#r.g`},
	{4, `(catch a) ! b`, `catch a ! b`},
	{4, `catch a ! b`, `catch a ! b`},
	{4, `X = catch a ! b`, `X = catch a ! b`},
	{4, `fun(X) -> X end(1)`, `fun(X) ->
           X
    end(1)`},
	{4, `(fun lists:map/2)(F, L)`, `fun lists:map/2(F, L)`},
	{4, `fun lists:map/2(F, L)`, `fun lists:map/2(F, L)`},
	{4, `erlang:'+'(1, 2)`, `erlang:'+'(1, 2)`},
	{4, `'hello world'(1)`, `'hello world'(1)`},
	{4, `'Mod':'Fun'(1)`, `'Mod':'Fun'(1)`},
	{4, `M:F()`, `M:F()`},
	{4, `(M:F)()`, `M:F()`},
	{4, `{fun() -> a end, fun() -> b end}`, `{fun() ->
            a
     end,
     fun() ->
            b
     end}`},
	{4, `[fun() -> a end]`, `[fun() ->
            a
     end]`},
	{4, `X = fun() -> receive after 10 -> ok end end`, `X = fun() ->
               receive after 10 -> ok end
        end`},
	{4, `if X -> a end`, `if
        X ->
            a
    end`},
	{4, `if X, Y; Z -> a; true -> b end`, `if
        X, Y;Z ->
            a;
        true ->
            b
    end`},
	{4, `case X of _ -> case Y of _ -> ok end end`, `case X of
        _ ->
            case Y of
                _ ->
                    ok
            end
    end`},
	{4, `case X of 1 -> ok end, case Y of 2 -> ok end`, `case X of
        1 ->
            ok
    end,
    case Y of
        2 ->
            ok
    end`},
	{4, `receive after infinity -> ok end`, `receive after infinity -> ok end`},
	{4, `receive X -> ok after T -> a, b end`, `receive
        X ->
            ok
    after
        T ->
            a,
            b
    end`},
	{4, `h()`, `h()`},
	{4, `v(-1)`, `v(-1)`},
	{4, `e(1)`, `e(1)`},
	{4, `l(t), c(t), t:start()`, `l(t), c(t), t:start()`},
	{4, `code:purge(t), code:load_file(t)`, `code:purge(t), code:load_file(t)`},
	{4, `erlang:check_process_code(Pid, t)`, `check_process_code(Pid, t)`},
	{4, `exit(Pid, kill)`, `exit(Pid, kill)`},
	{4, `timer:sleep(1000)`, `timer:sleep(1000)`},
	{4, `register(t, self())`, `register(t, self())`},
	{4, `whereis(t) ! {self(), hello}`, `whereis(t) ! {self(), hello}`},
	{4, `flush()`, `flush()`},
	{4, `self()`, `self()`},
	{4, `erlang:monitor(process, Pid)`, `monitor(process, Pid)`},
	{4, `{'DOWN', Ref, process, Pid, Reason}`, `{'DOWN', Ref, process, Pid, Reason}`},
	{4, `list_to_atom("hello world")`, `list_to_atom("hello world")`},
	{4, `atom_to_list('hello world')`, `atom_to_list('hello world')`},
	{4, `[$a|"bc"]`, `[$a | "bc"]`},
	{4, `"abc" ++ "def"`, `"abc" ++ "def"`},
	{4, `"abc" "def"`, `"abcdef"`},
	{4, `'\n'`, `'\n'`},
	{4, `'\''`, `'\''`},
	{4, `$'`, `$'`},
	{4, `$\t`, `$\t`},
	{4, `$\e`, `$\e`},
	{4, `$\0`, `$\000`},
	{4, `"\e\d\v\b\f\r"`, `"\e\d\v\b\f\r"`},
	{4, `'_'`, `'_'`},
	{4, `_`, `_`},
	{4, `_X`, `_X`},
	{4, `X1`, `X1`},
	{4, `1.0e-10`, `1.0e-10`},
	{4, `100.0`, `100.0`},
	{4, `1.0e15`, `1.0e15`},
	{4, `1.0e16`, `1.0e16`},
	{4, `123.456e78`, `1.23456e80`},
	{4, `2#1010`, `10`},
	{4, `36#zz`, `1295`},
	{4, `$\x{100}`, `$Ā`},
	{4, `"Ā"`, `"Ā"`},
	{2, `#r{a = 1, b = 2}`, `#r{a = 1, b = 2}`},
	{2, `#r{}`, `#r{}`},
	{2, `X#r{a = 1}`, `X#r{a = 1}`},
	{2, `#r{a = 1, _ = 2}`, `#r{a = 1, _ = 2}`},
	{2, `1 #r{a = 1}`, `1 #r{a = 1}`},
	{2, `#r{a = X = 1}`, `#r{a = X = 1}`},
	{2, `#r{aaaaaaaaaaaaaaaaaaaa = 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb = 2, ccccccccccccccccccccccccccc = 3}`, `#r{aaaaaaaaaaaaaaaaaaaa = 1,
     bbbbbbbbbbbbbbbbbbbbbbbbbbbb = 2,
     ccccccccccccccccccccccccccc = 3}`},
	{2, `#r.f + 1`, `#r.f + 1`},
	{2, `#{aaaaaaaaaaaaaaaaaaaa => 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2, ccccccccccccccccccccccccccc => 3}`, `#{aaaaaaaaaaaaaaaaaaaa => 1,
    bbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2,
    ccccccccccccccccccccccccccc => 3}`},
	{2, `#{aaaaaaaaaaaaaaaaaaaa => {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}}`, `#{aaaaaaaaaaaaaaaaaaaa =>
        {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
         19, 20, 21, 22, 23, 24, 25}}`},
	{2, `M#{a := 1}#{b => 2}`, `(M#{a := 1})#{b => 2}`},
	{2, `<<aaaaaaaaaaaaaaaaaaaa:8, bbbbbbbbbbbbbbbbbbbbbbbbbbbb:16, ccccccccccccccccccccccccccc:32/little, ddddddd/binary>>`, `<<aaaaaaaaaaaaaaaaaaaa:8,
    bbbbbbbbbbbbbbbbbbbbbbbbbbbb:16,
    ccccccccccccccccccccccccccc:32/little,
    ddddddd/binary>>`},
	{2, `{aaaaaaaaaaaaaaaaaaaa, {bbbbbbbbbbbbbbbbbbbbbbbbbbbb, [ccccccccccccccccccccccccccc, dddddddddddddd, eeeeeeeeeeee]}}`, `{aaaaaaaaaaaaaaaaaaaa,
   {bbbbbbbbbbbbbbbbbbbbbbbbbbbb,
    [ccccccccccccccccccccccccccc, dddddddddddddd, eeeeeeeeeeee]}}`},
	{2, `[[1,2,3,4,5,6,7,8,9,10],[11,12,13,14,15,16,17,18,19,20],[21,22,23,24,25,26,27,28,29,30]]`, `[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
   [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
   [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]]`},
	{2, `["aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccccc", "ddd"]`, `["aaaaaaaaaaaaaaaaaaaaaaaa",
   "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
   "cccccccccccccccccccccccccc",
   "ddd"]`},
	{2, `{ok, "a very long string that does not fit on the line at all because it is really long"}`, `{ok,
   "a very long string that does not fit on the line at all because it "
   "is really long"}`},
	{2, `spawn(fun() -> receive {From, Msg} -> From ! {self(), Msg}, loop(); stop -> ok after 5000 -> timeout end end)`, `spawn(fun() ->
               receive
                   {From, Msg} ->
                       From ! {self(), Msg},
                       loop();
                   stop ->
                       ok
               after
                   5000 -> timeout
               end
        end)`},
	{2, `Pid = spawn(fun() -> receive X -> X end end)`, `Pid =
      spawn(fun() ->
                   receive
                       X ->
                           X
                   end
            end)`},
	{2, `lists:foreach(fun(X) -> io:format("~p~n", [X]) end, lists:seq(1, 10))`, `lists:foreach(fun(X) ->
                       io:format("~p~n", [X])
                end,
                lists:seq(1, 10))`},
	{2, `F = fun(X) when X > 0 -> X; (X) -> -X end`, `F = fun(X) when X > 0 ->
             X;
         (X) ->
             -X
      end`},
	{2, `case X of {ok, V} -> V; {error, R} -> erlang:error(R) end, ok`, `case X of
      {ok, V} ->
          V;
      {error, R} ->
          error(R)
  end,
  ok`},
	{2, `try erlang:error(foo) catch error:foo:Stack -> Stack; exit:R -> R; throw:T -> T end`, `try
      error(foo)
  catch
      error:foo:Stack ->
          Stack;
      exit:R ->
          R;
      throw:T ->
          T
  end`},
	{2, `try X = 1, Y = 2, X + Y of 3 -> three; _ -> other catch _:_ -> error after io:format("done~n") end`, `try
      X = 1,
      Y = 2,
      X + Y
  of
      3 ->
          three;
      _ ->
          other
  catch
      _:_ ->
          error
  after
      io:format("done~n")
  end`},
	{2, `begin a end`, `begin a end`},
	{2, `begin aaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc end`, `begin
      aaaaaaaaaaaaaaaaaaaaaaaaaaa,
      bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
      cccccccccccccccccccccc
  end`},
	{2, `X = [Y || Y <- [1,2,3]]`, `X = [ 
       Y ||
           Y <- [1, 2, 3]
      ]`},
	{2, `{[X || X <- L], [Y || Y <- M]}`, `{[ 
    X ||
        X <- L
   ],
   [ 
    Y ||
        Y <- M
   ]}`},
	{2, `f([X || X <- L])`, `f([ 
     X ||
         X <- L
    ])`},
	{2, `X = <<1,2,3>>, <<A, B/binary>> = X`, `X = <<1,2,3>>, <<A,B/binary>> = X`},
	{2, `<<X:(N*8)>>`, `<<X:(N * 8)>>`},
	{2, `<<(foo()):8>>`, `<<(foo()):8>>`},
	{2, `<<1.5/float>>`, `<<1.5/float>>`},
	{2, `<<$a, "bc">>`, `<<$a,"bc">>`},
	{2, `catch catch 1`, `catch catch 1`},
	{2, `not not true`, `not (not true)`},
	{2, `-(-(1))`, `-(-1)`},
	{2, `- -X`, `-(-X)`},
	{2, `+ -1`, `+(-1)`},
	{2, `1 - - 1`, `1 - -1`},
	{2, `X ! Y ! Z`, `X ! Y ! Z`},
	{2, `(X ! Y) ! Z`, `(X ! Y) ! Z`},
	{2, `X = (Y ! Z)`, `X = Y ! Z`},
	{2, `(a andalso b) orelse c`, `a
  andalso
  b
  orelse
  c`},
	{2, `a andalso (b orelse c)`, `a
  andalso
  (b
   orelse
   c)`},
	{2, `not (a andalso b)`, `not (a
       andalso
       b)`},
	{2, `-(a + b) * c`, `-(a + b) * c`},
	{2, `(a * b) + (c * d)`, `a * b + c * d`},
	{2, `a * (b + c)`, `a * (b + c)`},
	{2, `a - (b + c)`, `a - (b + c)`},
	{2, `(a + b) - c`, `a + b - c`},
	{2, `(a == b) == c`, `(a == b) == c`},
	{2, `a == (b == c)`, `a == (b == c)`},
	{2, `[1,2] ++ [3] -- [2]`, `[1, 2] ++ [3] -- [2]`},
	{2, `([1,2] ++ [3]) -- [2]`, `([1, 2] ++ [3]) -- [2]`},
	{2, `X#r.f#r.g`, `(X#r.f)#r.g`},
	{2, `(catch a) ! b`, `catch a ! b`},
	{2, `catch a ! b`, `catch a ! b`},
	{2, `X = catch a ! b`, `X = catch a ! b`},
	{2, `fun(X) -> X end(1)`, `fun(X) ->
         X
  end(1)`},
	{2, `(fun lists:map/2)(F, L)`, `fun lists:map/2(F, L)`},
	{2, `fun lists:map/2(F, L)`, `fun lists:map/2(F, L)`},
	{2, `erlang:'+'(1, 2)`, `erlang:'+'(1, 2)`},
	{2, `'hello world'(1)`, `'hello world'(1)`},
	{2, `'Mod':'Fun'(1)`, `'Mod':'Fun'(1)`},
	{2, `M:F()`, `M:F()`},
	{2, `(M:F)()`, `M:F()`},
	{2, `{fun() -> a end, fun() -> b end}`, `{fun() ->
          a
   end,
   fun() ->
          b
   end}`},
	{2, `[fun() -> a end]`, `[fun() ->
          a
   end]`},
	{2, `X = fun() -> receive after 10 -> ok end end`, `X = fun() ->
             receive after 10 -> ok end
      end`},
	{2, `if X -> a end`, `if
      X ->
          a
  end`},
	{2, `if X, Y; Z -> a; true -> b end`, `if
      X, Y;Z ->
          a;
      true ->
          b
  end`},
	{2, `case X of _ -> case Y of _ -> ok end end`, `case X of
      _ ->
          case Y of
              _ ->
                  ok
          end
  end`},
	{2, `case X of 1 -> ok end, case Y of 2 -> ok end`, `case X of
      1 ->
          ok
  end,
  case Y of
      2 ->
          ok
  end`},
	{2, `receive after infinity -> ok end`, `receive after infinity -> ok end`},
	{2, `receive X -> ok after T -> a, b end`, `receive
      X ->
          ok
  after
      T ->
          a,
          b
  end`},
	{2, `h()`, `h()`},
	{2, `v(-1)`, `v(-1)`},
	{2, `e(1)`, `e(1)`},
	{2, `l(t), c(t), t:start()`, `l(t), c(t), t:start()`},
	{2, `code:purge(t), code:load_file(t)`, `code:purge(t), code:load_file(t)`},
	{2, `erlang:check_process_code(Pid, t)`, `check_process_code(Pid, t)`},
	{2, `exit(Pid, kill)`, `exit(Pid, kill)`},
	{2, `timer:sleep(1000)`, `timer:sleep(1000)`},
	{2, `register(t, self())`, `register(t, self())`},
	{2, `whereis(t) ! {self(), hello}`, `whereis(t) ! {self(), hello}`},
	{2, `flush()`, `flush()`},
	{2, `self()`, `self()`},
	{2, `erlang:monitor(process, Pid)`, `monitor(process, Pid)`},
	{2, `{'DOWN', Ref, process, Pid, Reason}`, `{'DOWN', Ref, process, Pid, Reason}`},
	{2, `list_to_atom("hello world")`, `list_to_atom("hello world")`},
	{2, `atom_to_list('hello world')`, `atom_to_list('hello world')`},
	{2, `[$a|"bc"]`, `[$a | "bc"]`},
	{2, `"abc" ++ "def"`, `"abc" ++ "def"`},
	{2, `"abc" "def"`, `"abcdef"`},
	{2, `'\n'`, `'\n'`},
	{2, `'\''`, `'\''`},
	{2, `$'`, `$'`},
	{2, `$\t`, `$\t`},
	{2, `$\e`, `$\e`},
	{2, `$\0`, `$\000`},
	{2, `"\e\d\v\b\f\r"`, `"\e\d\v\b\f\r"`},
	{2, `'_'`, `'_'`},
	{2, `_`, `_`},
	{2, `_X`, `_X`},
	{2, `X1`, `X1`},
	{2, `1.0e-10`, `1.0e-10`},
	{2, `100.0`, `100.0`},
	{2, `1.0e15`, `1.0e15`},
	{2, `1.0e16`, `1.0e16`},
	{2, `123.456e78`, `1.23456e80`},
	{2, `2#1010`, `10`},
	{2, `36#zz`, `1295`},
	{2, `$\x{100}`, `$Ā`},
	{2, `"Ā"`, `"Ā"`},
	{0, `#r{a = 1, b = 2}`, `#r{a = 1, b = 2}`},
	{0, `#r{}`, `#r{}`},
	{0, `X#r{a = 1}`, `X#r{a = 1}`},
	{0, `#r{a = 1, _ = 2}`, `#r{a = 1, _ = 2}`},
	{0, `1 #r{a = 1}`, `1 #r{a = 1}`},
	{0, `#r{a = X = 1}`, `#r{a = X = 1}`},
	{0, `#r{aaaaaaaaaaaaaaaaaaaa = 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb = 2, ccccccccccccccccccccccccccc = 3}`, `#r{aaaaaaaaaaaaaaaaaaaa = 1,
   bbbbbbbbbbbbbbbbbbbbbbbbbbbb = 2,
   ccccccccccccccccccccccccccc = 3}`},
	{0, `#r.f + 1`, `#r.f + 1`},
	{0, `#{aaaaaaaaaaaaaaaaaaaa => 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2, ccccccccccccccccccccccccccc => 3}`, `#{aaaaaaaaaaaaaaaaaaaa => 1,
  bbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2,
  ccccccccccccccccccccccccccc => 3}`},
	{0, `#{aaaaaaaaaaaaaaaaaaaa => {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}}`, `#{aaaaaaaaaaaaaaaaaaaa =>
      {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
       19, 20, 21, 22, 23, 24, 25}}`},
	{0, `M#{a := 1}#{b => 2}`, `(M#{a := 1})#{b => 2}`},
	{0, `<<aaaaaaaaaaaaaaaaaaaa:8, bbbbbbbbbbbbbbbbbbbbbbbbbbbb:16, ccccccccccccccccccccccccccc:32/little, ddddddd/binary>>`, `<<aaaaaaaaaaaaaaaaaaaa:8,
  bbbbbbbbbbbbbbbbbbbbbbbbbbbb:16,
  ccccccccccccccccccccccccccc:32/little,
  ddddddd/binary>>`},
	{0, `{aaaaaaaaaaaaaaaaaaaa, {bbbbbbbbbbbbbbbbbbbbbbbbbbbb, [ccccccccccccccccccccccccccc, dddddddddddddd, eeeeeeeeeeee]}}`, `{aaaaaaaaaaaaaaaaaaaa,
 {bbbbbbbbbbbbbbbbbbbbbbbbbbbb,
  [ccccccccccccccccccccccccccc, dddddddddddddd, eeeeeeeeeeee]}}`},
	{0, `[[1,2,3,4,5,6,7,8,9,10],[11,12,13,14,15,16,17,18,19,20],[21,22,23,24,25,26,27,28,29,30]]`, `[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
 [11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
 [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]]`},
	{0, `["aaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccccc", "ddd"]`, `["aaaaaaaaaaaaaaaaaaaaaaaa",
 "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
 "cccccccccccccccccccccccccc",
 "ddd"]`},
	{0, `{ok, "a very long string that does not fit on the line at all because it is really long"}`, `{ok,
 "a very long string that does not fit on the line at all because it is"
 " really long"}`},
	{0, `spawn(fun() -> receive {From, Msg} -> From ! {self(), Msg}, loop(); stop -> ok after 5000 -> timeout end end)`, `spawn(fun() ->
             receive
                 {From, Msg} ->
                     From ! {self(), Msg},
                     loop();
                 stop ->
                     ok
             after
                 5000 -> timeout
             end
      end)`},
	{0, `Pid = spawn(fun() -> receive X -> X end end)`, `Pid =
    spawn(fun() ->
                 receive
                     X ->
                         X
                 end
          end)`},
	{0, `lists:foreach(fun(X) -> io:format("~p~n", [X]) end, lists:seq(1, 10))`, `lists:foreach(fun(X) ->
                     io:format("~p~n", [X])
              end,
              lists:seq(1, 10))`},
	{0, `F = fun(X) when X > 0 -> X; (X) -> -X end`, `F = fun(X) when X > 0 ->
           X;
       (X) ->
           -X
    end`},
	{0, `case X of {ok, V} -> V; {error, R} -> erlang:error(R) end, ok`, `case X of
    {ok, V} ->
        V;
    {error, R} ->
        error(R)
end,
ok`},
	{0, `try erlang:error(foo) catch error:foo:Stack -> Stack; exit:R -> R; throw:T -> T end`, `try
    error(foo)
catch
    error:foo:Stack ->
        Stack;
    exit:R ->
        R;
    throw:T ->
        T
end`},
	{0, `try X = 1, Y = 2, X + Y of 3 -> three; _ -> other catch _:_ -> error after io:format("done~n") end`, `try
    X = 1,
    Y = 2,
    X + Y
of
    3 ->
        three;
    _ ->
        other
catch
    _:_ ->
        error
after
    io:format("done~n")
end`},
	{0, `begin a end`, `begin a end`},
	{0, `begin aaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc end`, `begin
    aaaaaaaaaaaaaaaaaaaaaaaaaaa,
    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
    cccccccccccccccccccccc
end`},
	{0, `X = [Y || Y <- [1,2,3]]`, `X = [ 
     Y ||
         Y <- [1, 2, 3]
    ]`},
	{0, `{[X || X <- L], [Y || Y <- M]}`, `{[ 
  X ||
      X <- L
 ],
 [ 
  Y ||
      Y <- M
 ]}`},
	{0, `f([X || X <- L])`, `f([ 
   X ||
       X <- L
  ])`},
	{0, `X = <<1,2,3>>, <<A, B/binary>> = X`, `X = <<1,2,3>>, <<A,B/binary>> = X`},
	{0, `<<X:(N*8)>>`, `<<X:(N * 8)>>`},
	{0, `<<(foo()):8>>`, `<<(foo()):8>>`},
	{0, `<<1.5/float>>`, `<<1.5/float>>`},
	{0, `<<$a, "bc">>`, `<<$a,"bc">>`},
	{0, `catch catch 1`, `catch catch 1`},
	{0, `not not true`, `not (not true)`},
	{0, `-(-(1))`, `-(-1)`},
	{0, `- -X`, `-(-X)`},
	{0, `+ -1`, `+(-1)`},
	{0, `1 - - 1`, `1 - -1`},
	{0, `X ! Y ! Z`, `X ! Y ! Z`},
	{0, `(X ! Y) ! Z`, `(X ! Y) ! Z`},
	{0, `X = (Y ! Z)`, `X = Y ! Z`},
	{0, `(a andalso b) orelse c`, `a
andalso
b
orelse
c`},
	{0, `a andalso (b orelse c)`, `a
andalso
(b
 orelse
 c)`},
	{0, `not (a andalso b)`, `not (a
     andalso
     b)`},
	{0, `-(a + b) * c`, `-(a + b) * c`},
	{0, `(a * b) + (c * d)`, `a * b + c * d`},
	{0, `a * (b + c)`, `a * (b + c)`},
	{0, `a - (b + c)`, `a - (b + c)`},
	{0, `(a + b) - c`, `a + b - c`},
	{0, `(a == b) == c`, `(a == b) == c`},
	{0, `a == (b == c)`, `a == (b == c)`},
	{0, `[1,2] ++ [3] -- [2]`, `[1, 2] ++ [3] -- [2]`},
	{0, `([1,2] ++ [3]) -- [2]`, `([1, 2] ++ [3]) -- [2]`},
	{0, `X#r.f#r.g`, `(X#r.f)#r.g`},
	{0, `(catch a) ! b`, `catch a ! b`},
	{0, `catch a ! b`, `catch a ! b`},
	{0, `X = catch a ! b`, `X = catch a ! b`},
	{0, `fun(X) -> X end(1)`, `fun(X) ->
       X
end(1)`},
	{0, `(fun lists:map/2)(F, L)`, `fun lists:map/2(F, L)`},
	{0, `fun lists:map/2(F, L)`, `fun lists:map/2(F, L)`},
	{0, `erlang:'+'(1, 2)`, `erlang:'+'(1, 2)`},
	{0, `'hello world'(1)`, `'hello world'(1)`},
	{0, `'Mod':'Fun'(1)`, `'Mod':'Fun'(1)`},
	{0, `M:F()`, `M:F()`},
	{0, `(M:F)()`, `M:F()`},
	{0, `{fun() -> a end, fun() -> b end}`, `{fun() ->
        a
 end,
 fun() ->
        b
 end}`},
	{0, `[fun() -> a end]`, `[fun() ->
        a
 end]`},
	{0, `X = fun() -> receive after 10 -> ok end end`, `X = fun() ->
           receive after 10 -> ok end
    end`},
	{0, `if X -> a end`, `if
    X ->
        a
end`},
	{0, `if X, Y; Z -> a; true -> b end`, `if
    X, Y;Z ->
        a;
    true ->
        b
end`},
	{0, `case X of _ -> case Y of _ -> ok end end`, `case X of
    _ ->
        case Y of
            _ ->
                ok
        end
end`},
	{0, `case X of 1 -> ok end, case Y of 2 -> ok end`, `case X of
    1 ->
        ok
end,
case Y of
    2 ->
        ok
end`},
	{0, `receive after infinity -> ok end`, `receive after infinity -> ok end`},
	{0, `receive X -> ok after T -> a, b end`, `receive
    X ->
        ok
after
    T ->
        a,
        b
end`},
	{0, `h()`, `h()`},
	{0, `v(-1)`, `v(-1)`},
	{0, `e(1)`, `e(1)`},
	{0, `l(t), c(t), t:start()`, `l(t), c(t), t:start()`},
	{0, `code:purge(t), code:load_file(t)`, `code:purge(t), code:load_file(t)`},
	{0, `erlang:check_process_code(Pid, t)`, `check_process_code(Pid, t)`},
	{0, `exit(Pid, kill)`, `exit(Pid, kill)`},
	{0, `timer:sleep(1000)`, `timer:sleep(1000)`},
	{0, `register(t, self())`, `register(t, self())`},
	{0, `whereis(t) ! {self(), hello}`, `whereis(t) ! {self(), hello}`},
	{0, `flush()`, `flush()`},
	{0, `self()`, `self()`},
	{0, `erlang:monitor(process, Pid)`, `monitor(process, Pid)`},
	{0, `{'DOWN', Ref, process, Pid, Reason}`, `{'DOWN', Ref, process, Pid, Reason}`},
	{0, `list_to_atom("hello world")`, `list_to_atom("hello world")`},
	{0, `atom_to_list('hello world')`, `atom_to_list('hello world')`},
	{0, `[$a|"bc"]`, `[$a | "bc"]`},
	{0, `"abc" ++ "def"`, `"abc" ++ "def"`},
	{0, `"abc" "def"`, `"abcdef"`},
	{0, `'\n'`, `'\n'`},
	{0, `'\''`, `'\''`},
	{0, `$'`, `$'`},
	{0, `$\t`, `$\t`},
	{0, `$\e`, `$\e`},
	{0, `$\0`, `$\000`},
	{0, `"\e\d\v\b\f\r"`, `"\e\d\v\b\f\r"`},
	{0, `'_'`, `'_'`},
	{0, `_`, `_`},
	{0, `_X`, `_X`},
	{0, `X1`, `X1`},
	{0, `1.0e-10`, `1.0e-10`},
	{0, `100.0`, `100.0`},
	{0, `1.0e15`, `1.0e15`},
	{0, `1.0e16`, `1.0e16`},
	{0, `123.456e78`, `1.23456e80`},
	{0, `2#1010`, `10`},
	{0, `36#zz`, `1295`},
	{0, `$\x{100}`, `$Ā`},
	{0, `"Ā"`, `"Ā"`},
}
