#!/usr/bin/env escript
%% Regenerates pretty_golden.txt from pretty_cases.txt with a real erl
%% (OTP 25): escript golden.escript pretty_cases.txt > pretty_golden.txt
%% Each case line is "MODE COLUMN TERM"; MODE is shell (the shell's value
%% printing), p (io:format ~p at COLUMN) or w (~tw).
-mode(compile).

main([Cases]) ->
    {ok, Bin} = file:read_file(Cases),
    Lines = [L || L <- string:split(unicode:characters_to_list(Bin), "\n", all), L =/= "", hd(L) =/= $%],
    ok = io:setopts(standard_io, [{encoding, unicode}]),
    lists:foreach(fun one/1, Lines).

one(Line) ->
    [Mode, Rest] = string:split(Line, " "),
    [ColS, Text] = string:split(Rest, " "),
    run(Mode, list_to_integer(ColS), Text, Line).

run(Mode, Col, Text, Line) ->
    Expr = re:replace(Text, "<0\\.([0-9]+)\\.0>", "list_to_pid(\"<0.\\1.0>\")", [global, {return, list}, unicode]),
    {ok, Toks, _} = erl_scan:string(Expr ++ "."),
    E = case erl_parse:parse_exprs(Toks) of
            {ok, [E0]} -> E0;
            Error -> io:format(standard_error, "~ts: ~tp~n", [Line, Error]), halt(1)
        end,
    {value, V, _} = erl_eval:expr(E, []),
    Out = case Mode of
              "shell" -> io_lib_pretty:print(V, [{column, Col}, {line_length, 80}, {depth, 30},
                                                 {line_max_chars, 60}, {strings, true},
                                                 {record_print_fun, fun(_, _) -> no end},
                                                 {encoding, unicode}]);
              "p" -> io_lib_pretty:print(V, [{column, Col}, {line_length, 80}, {depth, -1},
                                             {encoding, latin1}, {strings, true}]);
              "w" -> io_lib:write(V, [{encoding, unicode}]);
              "f" -> format(V, Col)
          end,
    io:put_chars(standard_io, ["### ", Line, "\n", Out, "\n"]).

format({Fmt, Args}, Col) ->
    try lists:nthtail(Col, lists:flatten(io_lib:format(lists:duplicate(Col, $x) ++ Fmt, Args)))
    catch error:badarg ->
        try io:format(Fmt, Args) of _ -> "!no error"
        catch error:badarg:St ->
            Map = erl_stdlib_errors:format_error(badarg, St),
            lists:join("\n", [io_lib:format("!error ~w: ~ts", [K, unicode:characters_to_list(M)])
                              || {K, M} <- lists:sort(maps:to_list(Map))])
        end
    end.
