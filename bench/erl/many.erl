-module(many).
-export([start/1]).

start(N) -> start(N, N).

start(0, N) -> N;
start(I, N) -> spawn(fun() -> receive _ -> ok end end), start(I - 1, N).
