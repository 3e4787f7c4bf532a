package syntax

// erlPrintCasesLong continue erlPrintCases with long and nested
// expressions that erl_pp breaks over lines.
var erlPrintCasesLong = []struct {
	indent    int
	src, want string
}{
	{4, `fun(X) when is_integer(X), X > 0, X < 100000000000, X =/= 42, X =/= 43, X =/= 44, X =/= 45 -> X end`, `fun(X)
           when
               is_integer(X),
               X > 0,
               X < 100000000000,
               X =/= 42,
               X =/= 43,
               X =/= 44,
               X =/= 45 ->
           X
    end`},
	{4, `case X of Y when Y > 100000000000000000000000; Y < -100000000000000000000000; Y =:= 0 -> big end`, `case X of
        Y
            when
                Y > 100000000000000000000000;
                Y < -100000000000000000000000;
                Y =:= 0 ->
            big
    end`},
	{4, `LongVariableName = fun(A, B) -> A + B end`, `LongVariableName =
        fun(A, B) ->
               A + B
        end`},
	{4, `Result = lists:map(fun(X) -> X * 2 end, lists:filter(fun(X) -> X rem 2 =:= 0 end, lists:seq(1, 100)))`, `Result =
        lists:map(fun(X) ->
                         X * 2
                  end,
                  lists:filter(fun(X) ->
                                      X rem 2 =:= 0
                               end,
                               lists:seq(1, 100)))`},
	{4, `X = {ok, #{name => "a name", age => 42, address => #{street => "a street", city => "a city"}}}`, `X = {ok,
         #{name => "a name",
           age => 42,
           address => #{street => "a street", city => "a city"}}}`},
	{4, `gen_server:call(Pid, {do_something, WithArgumentOne, WithArgumentTwo, WithArgumentThree}, infinity)`, `gen_server:call(Pid,
                    {do_something, WithArgumentOne, WithArgumentTwo,
                     WithArgumentThree},
                    infinity)`},
	{4, `A = B = C = D = E = F = G = H = I = J = K = L = M = N = O = P = Q = R = S = T = U = V = W = X`, `A = B = C = D = E = F = G = H = I = J = K = L = M = N = O = P = Q = R = S = T = U = V = W = X`},
	{4, `[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]`, `[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]`},
	{4, `f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)`, `f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)`},
	{4, `{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, [1,2,3,4,5,6,7,8,9,10,11,12,13]}`, `{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
     [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}`},
	{4, `io:format("~s~n", ["a string argument that is long enough to wrap the line by itself"])`, `io:format("~s~n",
              ["a string argument that is long enough to wrap the line "
               "by itself"])`},
	{4, `receive {tcp, Socket, Data} -> gen_tcp:send(Socket, Data), loop(Socket); {tcp_closed, Socket} -> ok end`, `receive
        {tcp, Socket, Data} ->
            gen_tcp:send(Socket, Data),
            loop(Socket);
        {tcp_closed, Socket} ->
            ok
    end`},
	{4, `try dangerous_operation(WithSomeArgument, AndAnotherOne) catch Class:Reason:Stacktrace -> {Class, Reason, Stacktrace} end`, `try
        dangerous_operation(WithSomeArgument, AndAnotherOne)
    catch
        Class:Reason:Stacktrace ->
            {Class, Reason, Stacktrace}
    end`},
	{4, `x(fun() -> a end, fun() -> b end)`, `x(fun() ->
             a
      end,
      fun() ->
             b
      end)`},
	{4, `fun() -> fun() -> fun() -> ok end end end`, `fun() ->
           fun() ->
                  fun() ->
                         ok
                  end
           end
    end`},
	{4, `1 + fun() -> 1 end()`, `1
    +
    fun() ->
           1
    end()`},
	{4, `[X || {X, Y} <- L, Y > 0 andalso X < 10]`, `[ 
     X ||
         {X, Y} <- L,
         Y > 0
         andalso
         X < 10
    ]`},
	{4, `if A > B andalso B > C -> a; true -> b end`, `if
        A > B
        andalso
        B > C ->
            a;
        true ->
            b
    end`},
	{4, `(X + Y) * (Z - W) / (A rem B) div (C band D)`, `(X + Y) * (Z - W) / (A rem B) div (C band D)`},
	{4, `X = (1 + 2) * 3, Y = X - 1, Z = Y div 2, W = Z rem 3, V = W bsl 2, U = V bor 1, T = U`, `X = (1 + 2) * 3,
    Y = X - 1,
    Z = Y div 2,
    W = Z rem 3,
    V = W bsl 2,
    U = V bor 1,
    T = U`},
	{4, `#{a => 1} =:= #{a => 1}`, `#{a => 1} =:= #{a => 1}`},
	{4, `#{} #{}`, `(#{})#{}`},
	{4, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    "aaaaaaaaaaaaaaaaa"`},
	{4, `"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"`, `"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
    "\n\n\n\n\n\n\n\n\n\n\n"`},
	{4, `["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]`, `["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
     "aaaaaaaaaaaaaaaaaaaaaa"]`},
	{4, `"αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψω"`, `"αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρσ"
    "τυφχψωαβγδεζηθικλμνξοπρστυφχψω"`},
	{4, `X = 1, Y = 2`, `X = 1, Y = 2`},
	{4, `begin X = 1, Y = 2 end, Z = 3`, `begin
        X = 1,
        Y = 2
    end,
    Z = 3`},
	{10, `fun(X) when is_integer(X), X > 0, X < 100000000000, X =/= 42, X =/= 43, X =/= 44, X =/= 45 -> X end`, `fun(X)
                 when
                     is_integer(X),
                     X > 0,
                     X < 100000000000,
                     X =/= 42,
                     X =/= 43,
                     X =/= 44,
                     X =/= 45 ->
                 X
          end`},
	{10, `case X of Y when Y > 100000000000000000000000; Y < -100000000000000000000000; Y =:= 0 -> big end`, `case X of
              Y
                  when
                      Y > 100000000000000000000000;
                      Y < -100000000000000000000000;
                      Y =:= 0 ->
                  big
          end`},
	{10, `LongVariableName = fun(A, B) -> A + B end`, `LongVariableName =
              fun(A, B) ->
                     A + B
              end`},
	{10, `Result = lists:map(fun(X) -> X * 2 end, lists:filter(fun(X) -> X rem 2 =:= 0 end, lists:seq(1, 100)))`, `Result =
              lists:map(fun(X) ->
                               X * 2
                        end,
                        lists:filter(fun(X) ->
                                            X rem 2 =:= 0
                                     end,
                                     lists:seq(1, 100)))`},
	{10, `X = {ok, #{name => "a name", age => 42, address => #{street => "a street", city => "a city"}}}`, `X = {ok,
               #{name => "a name",
                 age => 42,
                 address => #{street => "a street", city => "a city"}}}`},
	{10, `gen_server:call(Pid, {do_something, WithArgumentOne, WithArgumentTwo, WithArgumentThree}, infinity)`, `gen_server:call(Pid,
                          {do_something, WithArgumentOne,
                           WithArgumentTwo, WithArgumentThree},
                          infinity)`},
	{10, `A = B = C = D = E = F = G = H = I = J = K = L = M = N = O = P = Q = R = S = T = U = V = W = X`, `A = B = C = D = E = F = G = H = I = J = K = L = M = N = O = P = Q = R = S = T = U = V = W = X`},
	{10, `[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]`, `[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]`},
	{10, `f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)`, `f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)`},
	{10, `{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, [1,2,3,4,5,6,7,8,9,10,11,12,13]}`, `{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
           [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}`},
	{10, `io:format("~s~n", ["a string argument that is long enough to wrap the line by itself"])`, `io:format("~s~n",
                    ["a string argument that is long enough to wrap the"
                     " line by itself"])`},
	{10, `receive {tcp, Socket, Data} -> gen_tcp:send(Socket, Data), loop(Socket); {tcp_closed, Socket} -> ok end`, `receive
              {tcp, Socket, Data} ->
                  gen_tcp:send(Socket, Data),
                  loop(Socket);
              {tcp_closed, Socket} ->
                  ok
          end`},
	{10, `try dangerous_operation(WithSomeArgument, AndAnotherOne) catch Class:Reason:Stacktrace -> {Class, Reason, Stacktrace} end`, `try
              dangerous_operation(WithSomeArgument, AndAnotherOne)
          catch
              Class:Reason:Stacktrace ->
                  {Class, Reason, Stacktrace}
          end`},
	{10, `x(fun() -> a end, fun() -> b end)`, `x(fun() ->
                   a
            end,
            fun() ->
                   b
            end)`},
	{10, `fun() -> fun() -> fun() -> ok end end end`, `fun() ->
                 fun() ->
                        fun() ->
                               ok
                        end
                 end
          end`},
	{10, `1 + fun() -> 1 end()`, `1
          +
          fun() ->
                 1
          end()`},
	{10, `[X || {X, Y} <- L, Y > 0 andalso X < 10]`, `[ 
           X ||
               {X, Y} <- L,
               Y > 0
               andalso
               X < 10
          ]`},
	{10, `if A > B andalso B > C -> a; true -> b end`, `if
              A > B
              andalso
              B > C ->
                  a;
              true ->
                  b
          end`},
	{10, `(X + Y) * (Z - W) / (A rem B) div (C band D)`, `(X + Y) * (Z - W) / (A rem B) div (C band D)`},
	{10, `X = (1 + 2) * 3, Y = X - 1, Z = Y div 2, W = Z rem 3, V = W bsl 2, U = V bor 1, T = U`, `X = (1 + 2) * 3,
          Y = X - 1,
          Z = Y div 2,
          W = Z rem 3,
          V = W bsl 2,
          U = V bor 1,
          T = U`},
	{10, `#{a => 1} =:= #{a => 1}`, `#{a => 1} =:= #{a => 1}`},
	{10, `#{} #{}`, `(#{})#{}`},
	{10, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`},
	{10, `"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"`, `"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
          "\n\n\n\n\n\n\n\n\n\n\n\n\n\n"`},
	{10, `["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]`, `["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
           "aaaaaaaaaaaaaaaaaaaaaaaaaaaa"]`},
	{10, `"αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψω"`, `"αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμ"
          "νξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψω"`},
	{10, `X = 1, Y = 2`, `X = 1, Y = 2`},
	{10, `begin X = 1, Y = 2 end, Z = 3`, `begin
              X = 1,
              Y = 2
          end,
          Z = 3`},
	{0, `fun(X) when is_integer(X), X > 0, X < 100000000000, X =/= 42, X =/= 43, X =/= 44, X =/= 45 -> X end`, `fun(X)
       when
           is_integer(X),
           X > 0,
           X < 100000000000,
           X =/= 42,
           X =/= 43,
           X =/= 44,
           X =/= 45 ->
       X
end`},
	{0, `case X of Y when Y > 100000000000000000000000; Y < -100000000000000000000000; Y =:= 0 -> big end`, `case X of
    Y
        when
            Y > 100000000000000000000000;
            Y < -100000000000000000000000;
            Y =:= 0 ->
        big
end`},
	{0, `LongVariableName = fun(A, B) -> A + B end`, `LongVariableName =
    fun(A, B) ->
           A + B
    end`},
	{0, `Result = lists:map(fun(X) -> X * 2 end, lists:filter(fun(X) -> X rem 2 =:= 0 end, lists:seq(1, 100)))`, `Result =
    lists:map(fun(X) ->
                     X * 2
              end,
              lists:filter(fun(X) ->
                                  X rem 2 =:= 0
                           end,
                           lists:seq(1, 100)))`},
	{0, `X = {ok, #{name => "a name", age => 42, address => #{street => "a street", city => "a city"}}}`, `X = {ok,
     #{name => "a name",
       age => 42,
       address => #{street => "a street", city => "a city"}}}`},
	{0, `gen_server:call(Pid, {do_something, WithArgumentOne, WithArgumentTwo, WithArgumentThree}, infinity)`, `gen_server:call(Pid,
                {do_something, WithArgumentOne, WithArgumentTwo,
                 WithArgumentThree},
                infinity)`},
	{0, `A = B = C = D = E = F = G = H = I = J = K = L = M = N = O = P = Q = R = S = T = U = V = W = X`, `A = B = C = D = E = F = G = H = I = J = K = L = M = N = O = P = Q = R = S = T = U = V = W = X`},
	{0, `[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]`, `[aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa]`},
	{0, `f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)`, `f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)`},
	{0, `{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, [1,2,3,4,5,6,7,8,9,10,11,12,13]}`, `{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,
 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}`},
	{0, `io:format("~s~n", ["a string argument that is long enough to wrap the line by itself"])`, `io:format("~s~n",
          ["a string argument that is long enough to wrap the line by i"
           "tself"])`},
	{0, `receive {tcp, Socket, Data} -> gen_tcp:send(Socket, Data), loop(Socket); {tcp_closed, Socket} -> ok end`, `receive
    {tcp, Socket, Data} ->
        gen_tcp:send(Socket, Data),
        loop(Socket);
    {tcp_closed, Socket} ->
        ok
end`},
	{0, `try dangerous_operation(WithSomeArgument, AndAnotherOne) catch Class:Reason:Stacktrace -> {Class, Reason, Stacktrace} end`, `try
    dangerous_operation(WithSomeArgument, AndAnotherOne)
catch
    Class:Reason:Stacktrace ->
        {Class, Reason, Stacktrace}
end`},
	{0, `x(fun() -> a end, fun() -> b end)`, `x(fun() ->
         a
  end,
  fun() ->
         b
  end)`},
	{0, `fun() -> fun() -> fun() -> ok end end end`, `fun() ->
       fun() ->
              fun() ->
                     ok
              end
       end
end`},
	{0, `1 + fun() -> 1 end()`, `1
+
fun() ->
       1
end()`},
	{0, `[X || {X, Y} <- L, Y > 0 andalso X < 10]`, `[ 
 X ||
     {X, Y} <- L,
     Y > 0
     andalso
     X < 10
]`},
	{0, `if A > B andalso B > C -> a; true -> b end`, `if
    A > B
    andalso
    B > C ->
        a;
    true ->
        b
end`},
	{0, `(X + Y) * (Z - W) / (A rem B) div (C band D)`, `(X + Y) * (Z - W) / (A rem B) div (C band D)`},
	{0, `X = (1 + 2) * 3, Y = X - 1, Z = Y div 2, W = Z rem 3, V = W bsl 2, U = V bor 1, T = U`, `X = (1 + 2) * 3,
Y = X - 1,
Z = Y div 2,
W = Z rem 3,
V = W bsl 2,
U = V bor 1,
T = U`},
	{0, `#{a => 1} =:= #{a => 1}`, `#{a => 1} =:= #{a => 1}`},
	{0, `#{} #{}`, `(#{})#{}`},
	{0, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
"aaaaaaaaa"`},
	{0, `"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"`, `"\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
"\n\n\n\n\n\n\n\n\n"`},
	{0, `["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]`, `["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
 "aaaaaaaaaaaaaaaaaa"]`},
	{0, `"αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψω"`, `"αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχ"
"ψωαβγδεζηθικλμνξοπρστυφχψω"`},
	{0, `X = 1, Y = 2`, `X = 1, Y = 2`},
	{0, `begin X = 1, Y = 2 end, Z = 3`, `begin
    X = 1,
    Y = 2
end,
Z = 3`},
}
