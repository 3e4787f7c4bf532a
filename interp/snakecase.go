package interp

import "goerl/term"

// SnakeCase turns an exported Go name into the Erlang function name the
// shell uses (DoLoop → do_loop); see term.SnakeCase, which struct field
// names share.
func SnakeCase(goName string) string { return term.SnakeCase(goName) }
