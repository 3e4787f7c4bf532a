-module(pp).
-export([run/1]).

echo() -> receive {From, X} -> From ! X, echo() end.

run(N) ->
    E = spawn(fun echo/0),
    loop(E, N, N).

loop(E, 0, N) -> exit(E, kill), N;
loop(E, I, N) -> E ! {self(), I}, receive _ -> ok end, loop(E, I - 1, N).
