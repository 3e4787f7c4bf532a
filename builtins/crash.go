package builtins

import (
	"time"

	"goerl/term"
)

// CrashReport is the =ERROR REPORT==== block erl's logger prints when a
// process ends with an exception of class error. exitValue is the
// process's exit reason, {Reason,Stack}. The text ends with the empty
// line erl prints after the report.
func CrashReport(pid term.Pid, exitValue term.Term, at time.Time) string {
	return ErrorReport(at, "Error in process "+term.Sprint(pid)+" with exit value:\n"+ppFull(exitValue, 1)+"\n")
}

// ErrorReport frames body (which ends with a newline) as an
// =ERROR REPORT==== block stamped at, followed by an empty line, as erl's
// logger prints it (also for "Loading of ... failed: not_purged").
func ErrorReport(at time.Time, body string) string {
	return "=ERROR REPORT==== " + at.Format("02-Jan-2006::15:04:05.000000") + " ===\n" + body + "\n"
}
