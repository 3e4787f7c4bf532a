#!/bin/sh
# compare.sh runs issue 8's workloads in erl and in goerl, interleaved,
# RUNS times each (default 3), and prints the median times and erl/goerl
# (above 1: goerl is faster). Usage: bench/compare.sh [RUNS]
#
# erl times each workload with timer:tc inside one erl -noshell. goerl
# reads the commands from a pipe, where its clock is virtual, so a goerl
# sample is the wall time of a run doing setup and workload minus that of
# a run doing the setup only (start-up, c/1). Both sides compile their
# modules first: erlc for erl (bench/erl/*.erl), c/1 for goerl
# (bench/testdata/modules/*.go). A goerl run taking more than LIMIT seconds
# (default 120) ends the row with "did not finish".
set -eu
RUNS=${1:-3}
LIMIT=${LIMIT:-120} # seconds a goerl run may take
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v erl >/dev/null 2>&1; then
	echo "compare.sh: erl is not installed" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$here/.." && go build -o "$work/goerl" .)
cp "$here"/testdata/modules/*.go "$work"/
erlc -o "$work" "$here"/erl/*.erl

now() { date +%s%N; }

# goerl_run SETUP [WORK]: wall time in ns of one goerl session.
goerl_run() {
	t0=$(now)
	if [ $# -gt 1 ]; then
		printf '%s\n%s\nq().\n' "$1" "$2" | (cd "$work" && timeout "$LIMIT" ./goerl) >"$work/out" 2>&1 || { echo -1; return; }
	else
		printf '%s\nq().\n' "$1" | (cd "$work" && ./goerl) >"$work/out" 2>&1
	fi
	t1=$(now)
	if grep -q 'exception\|rror' "$work/out"; then
		echo "goerl failed:" >&2
		cat "$work/out" >&2
		exit 1
	fi
	echo $(((t1 - t0) / 1000))
}

# erl_run EXPR: microseconds EXPR takes in erl.
erl_run() {
	(cd "$work" && erl -noshell -pa . -eval "{T, _} = timer:tc(fun() -> $1 end), io:format(\"~p~n\", [T]), halt().")
}

median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# row NAME SETUP EXPR: one line of the table.
row() {
	e=""
	g=""
	i=0
	while [ $i -lt "$RUNS" ]; do
		e="$e $(erl_run "${3%.}")"
		base=$(goerl_run "$2")
		full=$(goerl_run "$2" "$3")
		if [ "$full" -lt 0 ]; then
			echo "| $1 | did not finish in ${LIMIT} s | $(echo $e | median | awk '{printf "%.3f s", $1/1e6}') | - |"
			return
		fi
		d=$((full - base))
		[ $d -lt 1 ] && d=1
		g="$g $d"
		i=$((i + 1))
	done
	em=$(echo $e | median)
	gm=$(echo $g | median)
	awk -v n="$1" -v e="$em" -v g="$gm" 'BEGIN {printf "| %s | %.3f s | %.3f s | %.2f |\n", n, g/1e6, e/1e6, e/g}'
}

echo "| work | goerl | erl | erl/goerl |"
echo "| --- | --- | --- | --- |"
row "lists:foldl cons, 10k, at the prompt" "ok." "length(lists:foldl(fun(X, A) -> [X|A] end, [], lists:seq(1, 10000)))."
row "lists:foldl cons, 1M, at the prompt" "ok." "length(lists:foldl(fun(X, A) -> [X|A] end, [], lists:seq(1, 1000000)))."
row "ping-pong between module processes, 300k round trips" "c(pp)." "pp:run(300000)."
row "spawn 100k waiting processes from a module" "c(many)." "many:start(100000)."
row "100k spawn(fun() -> receive stop -> ok end end) at the prompt" "ok." "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 100000)], ok."
row "fib(27) in a module" "c(fib)." "fib:fib(27)."
row "selective-receive server, 1M messages" "c(sel)." "sel:run(1000000)."
