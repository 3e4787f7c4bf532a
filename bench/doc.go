// Package bench holds goerl's benchmarks of issue 8's table, one per row,
// run through a real shell on a node, as a user would type them
// (bench_test.go), and compare.sh, which runs the same workloads in erl
// and in goerl side by side and prints erl/goerl ratios.
//
// The modules the workloads call are in testdata/modules/ (Go, for goerl) and
// erl/ (Erlang, for erl), written to do the same work.
package bench
