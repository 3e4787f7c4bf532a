// Package builtins owns goerl's built-in functions (BIFs): explicit tables
// of erlang:, lists:, math:, io:, io_lib:, timer:, string:, maps:,
// proplists: and code: functions with their help texts; the Dispatcher
// that resolves Mod:Fun(Args) to a BIF, then to a Go module through the
// code server. The text erl prints for exceptions and crashed processes
// is package exception's.
//
// Files follow Erlang's modules: lists.go, maps.go, proplists.go,
// string.go, io.go, timer.go, os.go, calendar.go, file.go, rand.go,
// binary.go, math.go, code.go; erlang's own BIFs, too many for one file,
// by concept in erlang_process.go, erlang_terms.go, erlang_convert.go,
// erlang_system.go and erlang_dictionary.go. The entry constructors
// (erlangBIF, modBIF, ...) live with the Table in table.go; tests are
// named after the file they test.
//
// Errors raised by BIFs carry erl's stack frame
// {Module,Function,Args,[{error_info,#{module => ...,cause => ...}}]}, so
// that both a caught exception and a crash report print as in erl, and
// exception.Format can explain each bad argument the way OTP's
// erl_erts_errors and erl_stdlib_errors do (exception/errorinfo.go).
package builtins
