// Package interp owns everything that touches yaegi: it checks a Go
// module's source for what yaegi v0.16.1 cannot run, rewrites it so that
// every function entry and loop calls erl.Check (the per-process kill and
// stack-guard hook), and loads each module version into its own
// interpreter, which can later be stopped as a whole when the code server
// purges that version.
//
// The lifecycle of a Version follows notes/yaegi-spike.md: every Eval and
// Execute on an interpreter happens inside Load, before any process can
// run the version's code (yaegi races otherwise); the last one is a
// "kill switch" Execute that blocks until Stop cancels its context, which
// is the only way to reach yaegi's interpreter-wide stop.
package interp
