#!/usr/bin/env escript
%% Regenerates erl_pp_golden.txt from erl_pp_cases.txt with a real erl
%% (OTP 25): escript erl_pp.escript erl_pp_cases.txt > erl_pp_golden.txt
%% Each case line is "INDENTS SOURCE": the source as typed at the prompt
%% (without its final dot) and the comma-separated indentations to print
%% it at with erl_pp:exprs(Exprs, Indent, [{encoding, unicode}]), the call
%% shell.erl makes for h() (indent 0 is also erl_pp:expr/2's layout).
-mode(compile).

main([Cases]) ->
    {ok, Bin} = file:read_file(Cases),
    Lines = [L || L <- string:split(unicode:characters_to_list(Bin), "\n", all), L =/= "", hd(L) =/= $%],
    ok = io:setopts(standard_io, [{encoding, unicode}]),
    lists:foreach(fun one/1, Lines).

one(Line) ->
    [IndentsS, Src] = string:split(Line, " "),
    {ok, Toks, _} = erl_scan:string(Src ++ "."),
    Exprs = case erl_parse:parse_exprs(Toks) of
                {ok, Es} -> Es;
                Error -> io:format(standard_error, "~ts: ~tp~n", [Line, Error]), halt(1)
            end,
    lists:foreach(
      fun(IndentS) ->
              Out = erl_pp:exprs(Exprs, list_to_integer(IndentS), [{encoding, unicode}]),
              io:put_chars(standard_io, ["### ", IndentS, " ", Src, "\n", Out, "\n"])
      end, string:split(IndentsS, ",", all)).
