package builtins

import (
	"bytes"
	"io/fs"
	"testing"
	"testing/fstest"
	"time"

	"goerl/codeserver"
	"goerl/exception"
	"goerl/process"
	"goerl/term"
)

// TestCodeServerErrorReports checks the reports erl's code server logs
// besides its return values (erl 25: "Loading of /lesson/t.beam failed:
// not_purged" with one empty line after it; "Module t must be purged
// before deleting" with two).
func TestCodeServerErrorReports(t *testing.T) {
	var out bytes.Buffer
	rt := process.New(process.Options{Output: &out, VirtualTime: true})
	src := fstest.MapFS{"t.go": {Data: []byte("package t\n\nfunc F() int { return 1 }\n")}}
	cs := codeserver.New(rt, codeserver.Options{Sources: []fs.FS{src}, SourceNames: []string{"/lesson"}})
	if _, found := cs.Compile("t"); !found {
		t.Fatal("t.go not found")
	}
	d := NewDispatcher(NewTable(Standard()), cs, rt)
	// The virtual clock starts at 2026-01-01 12:00 and no call sleeps.
	header := "=ERROR REPORT==== 1-Jan-2026::12:00:00.000000 ===\n"
	steps := []struct {
		mod, fun string
		arg      term.Atom
		want     string
		printed  string
	}{
		{"code", "load_file", "t", "{module,t}", ""},
		{"code", "load_file", "t", "{module,t}", ""},
		{"code", "load_file", "t", "{error,not_purged}", header + "Loading of " + cs.Which("t") + " failed: not_purged\n\n"},
		{"code", "delete", "t", "false", header + "Module t must be purged before deleting\n\n\n"},
		{"code", "delete", "nosuch", "false", ""},
		{"code", "purge", "t", "false", ""},
		{"code", "delete", "t", "true", ""},
	}
	for _, s := range steps {
		out.Reset()
		got := term.Sprint(d.CallMFA(nil, term.Atom(s.mod), term.Atom(s.fun), []term.Term{s.arg}))
		if got != s.want || out.String() != s.printed {
			t.Errorf("%s:%s(%s) = %s printing %q, want %s printing %q", s.mod, s.fun, s.arg, got, out.String(), s.want, s.printed)
		}
	}
}

// TestCrashReportWrapsLikeErl: the {Reason,Stack} of a crash report is
// io_lib:format's ~p at the start of a line (erl 25, the value of
// spawn(fun() -> error({bad, lists:seq(1,50)}) end)).
func TestCrashReportWrapsLikeErl(t *testing.T) {
	at := time.Date(2026, 11, 25, 17, 17, 15, 334657000, time.UTC)
	exit := term.Tuple{term.Tuple{term.Atom("bad"), seqList(1, 50)},
		term.List{SourceFrame("shell", "apply_fun", 3, "shell.erl", 912)}}
	want := lines(
		"=ERROR REPORT==== 25-Nov-2026::17:17:15.334657 ===",
		"Error in process <0.83.0> with exit value:",
		"{{bad,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,",
		"       27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,",
		"       50]},",
		` [{shell,apply_fun,3,[{file,"shell.erl"},{line,912}]}]}`,
		"", "")
	if got := exception.CrashReport(term.Pid{ID: 83}, exit, at); got != want {
		t.Errorf("CrashReport =\n%s\nwant\n%s", got, want)
	}
}

func seqList(from, to int) term.List {
	l := term.List{}
	for i := from; i <= to; i++ {
		l = append(l, i)
	}
	return l
}
