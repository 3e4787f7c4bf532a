-module(sel).
-export([run/1]).

server(Client, N) ->
    receive
        {req, stop} -> Client ! N;
        {req, _} -> server(Client, N + 1)
    end.

run(N) ->
    Self = self(),
    S = spawn(fun() -> server(Self, 0) end),
    [S ! {req, I} || I <- lists:seq(1, N)],
    S ! {req, stop},
    receive C -> C end.
