package exception

import (
	"strconv"
	"time"

	"goerl/term"
)

// crashFormat is the message erts hands the logger when a process ends
// with an exception of class error; the logger's default formatter runs
// it through io_lib:format unchanged (no depth or size limit).
const crashFormat = "Error in process ~p with exit value:~n~p~n"

// CrashReport is the =ERROR REPORT==== block erl's logger prints when a
// process ends with an exception of class error. exitValue is the
// process's exit reason, {Reason,Stack}. The text ends with the empty
// line erl prints after the report.
func CrashReport(pid term.Pid, exitValue term.Term, at time.Time) string {
	body, err := term.Format(crashFormat, []term.Term{pid, exitValue}, 0)
	if err != nil { // cannot happen: ~p takes any term
		body = "Error in process " + term.Sprint(pid) + " with exit value:\n" + term.Sprint(exitValue) + "\n"
	}
	return ErrorReport(at, body)
}

// ErrorReport frames body (which ends with a newline) as an
// =ERROR REPORT==== block stamped at, followed by an empty line, as erl's
// logger prints it (also for "Loading of ... failed: not_purged").
func ErrorReport(at time.Time, body string) string {
	return "=ERROR REPORT==== " + legacyTimestamp(at) + " ===\n" + body + "\n"
}

// legacyTimestamp is logger_formatter's legacy header time,
// "~w-~s-~4w::~2..0w:~2..0w:~2..0w.~6..0w": the day is not zero-padded
// (5-Dec-2026), the rest is.
func legacyTimestamp(at time.Time) string {
	return strconv.Itoa(at.Day()) + at.Format("-Jan-2006::15:04:05.000000")
}
