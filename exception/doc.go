// Package exception is goerl's port of the text erl prints for errors:
// OTP's erl_error:format_exception (the shell's "** exception error: ..."
// with each bad argument explained, as erl_erts_errors and
// erl_stdlib_errors do) and the logger's crash and error reports
// (=ERROR REPORT====). It needs only terms: builtins raises exceptions
// whose frames carry error_info, the shell prints them through Format.
package exception

// The modules erl names in error_info maps: they explain the arguments of
// erlang BIFs and of stdlib functions respectively. goerl implements both
// explanations itself (errorinfo.go) but keeps erl's names so that caught
// exceptions and crash reports print exactly as in erl.
const (
	ErtsErrors   = "erl_erts_errors"
	StdlibErrors = "erl_stdlib_errors"
)
