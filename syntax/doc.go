// Package syntax owns the Erlang expression language as a person types it
// at erl's prompt: splitting input into dot-terminated forms, scanning and
// parsing a form into positioned expressions, and reproducing erl's
// scanner and parser error messages ("syntax error before: '.'"), and
// printing expressions back as erl_pp does (the shell's h() listing).
// It knows nothing about evaluation.
package syntax
