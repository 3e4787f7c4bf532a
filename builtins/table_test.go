package builtins

import (
	"bytes"
	"testing"
	"time"

	"goerl/exception"
	"goerl/process"
	"goerl/term"
)

func TestStandardTableIsWellFormed(t *testing.T) {
	seen := map[funKey]bool{}
	for _, e := range Standard() {
		k := funKey{e.Module, e.Name, e.Arity}
		if seen[k] {
			t.Errorf("%s:%s/%d listed twice", e.Module, e.Name, e.Arity)
		}
		seen[k] = true
		if e.Fn == nil || e.Help == "" {
			t.Errorf("%s:%s/%d lacks Fn or Help", e.Module, e.Name, e.Arity)
		}
		if e.Module != "erlang" && e.AutoImported {
			t.Errorf("%s:%s/%d auto-imported outside erlang", e.Module, e.Name, e.Arity)
		}
	}
}

func TestPureBIFs(t *testing.T) {
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	a := func(s string) term.Atom { return term.Atom(s) }
	tests := []struct {
		mod, fun string
		args     []term.Term
		want     string
	}{
		{"lists", "seq", []term.Term{1, 5}, "[1,2,3,4,5]"},
		{"lists", "seq", []term.Term{1, 0}, "[]"},
		{"lists", "seq", []term.Term{10, 1, -3}, "[10,7,4,1]"},
		{"lists", "reverse", []term.Term{term.List{1, 2, 3}}, "[3,2,1]"},
		{"lists", "sum", []term.Term{term.List{1, 2.5}}, "3.5"},
		{"lists", "sort", []term.Term{term.List{3, a("a"), 1}}, "[1,3,a]"},
		{"lists", "usort", []term.Term{term.List{3, 1, 3, 1}}, "[1,3]"},
		{"lists", "keyfind", []term.Term{2, 1, term.List{term.Tuple{1, a("a")}, term.Tuple{2, a("b")}}}, "{2,b}"},
		{"lists", "flatten", []term.Term{term.List{1, term.List{2, term.List{3}}}}, "[1,2,3]"},
		{"lists", "subtract", []term.Term{term.List{1, 2, 1}, term.List{1}}, "[2,1]"},
		{"lists", "zip", []term.Term{term.List{1, 2}, term.List{a("a"), a("b")}}, "[{1,a},{2,b}]"},
		{"lists", "split", []term.Term{1, term.List{1, 2}}, "{[1],[2]}"},
		{"lists", "sublist", []term.Term{term.List{1, 2, 3}, 2, 5}, "[2,3]"},
		{"math", "pow", []term.Term{2, 10}, "1024.0"},
		{"erlang", "element", []term.Term{2, term.Tuple{a("a"), a("b")}}, "b"},
		{"erlang", "integer_to_list", []term.Term{255, 16}, "[70,70]"},
		{"erlang", "list_to_integer", []term.Term{str("-12")}, "-12"},
		{"erlang", "float_to_list", []term.Term{1.0}, term.Sprint(str("1.00000000000000000000e+00"))},
		{"erlang", "round", []term.Term{2.5}, "3"},
		{"erlang", "trunc", []term.Term{-2.5}, "-2"},
		{"erlang", "abs", []term.Term{-3}, "3"},
		{"erlang", "list_to_tuple", []term.Term{term.List{1, 2}}, "{1,2}"},
		{"erlang", "is_function", []term.Term{&term.Fun{Arity: 2}, 2}, "true"},
		{"erlang", "pid_to_list", []term.Term{term.Pid{ID: 82}}, term.Sprint(str("<0.82.0>"))},
		{"erlang", "list_to_pid", []term.Term{str("<0.5.0>")}, "<0.5.0>"},
		// erl's deep list: [[34,104,105,34],45,[120],10]
		{"io_lib", "format", []term.Term{str("~p-~w~n"), term.List{str("hi"), a("x")}}, "[[34,104,105,34],45,[120],10]"},
		{"io_lib", "format", []term.Term{str("~p ~s ~.2f~c~~"), term.List{a("abc"), a("abc"), 1.0, 120}}, "[[97,98,99],32,97,98,99,32,49,46,48,48,120,126]"},
		{"maps", "put", []term.Term{a("k"), 1, term.NewMap(nil, nil)}, "#{k => 1}"},
		{"proplists", "get_value", []term.Term{a("b"), term.List{term.Tuple{a("b"), 2}}}, "2"},
		{"proplists", "get_keys", []term.Term{term.List{term.Tuple{a("a"), 1}, a("b"), term.Tuple{a("a"), 2}}}, "[a,b]"},
		{"string", "tokens", []term.Term{str("a b"), str(" ")}, term.Sprint(term.List{str("a"), str("b")})},
		{"string", "to_upper", []term.Term{str("ab")}, term.Sprint(str("AB"))},
	}
	for _, tt := range tests {
		if got := term.Sprint(d.CallMFA(nil, term.Atom(tt.mod), term.Atom(tt.fun), tt.args)); got != tt.want {
			t.Errorf("%s:%s%s = %s, want %s", tt.mod, tt.fun, term.Sprint(term.List(tt.args)), got, tt.want)
		}
	}
}

func TestUnknownFunctionIsUndef(t *testing.T) {
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	exc := catchException(t, func() { d.CallMFA(nil, "lists", "nope", []term.Term{1}) })
	if got, want := exception.Format(exc.Class, exc.Reason, exc.Stack), "** exception error: undefined function lists:nope/1"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, ok := d.CallLocal(nil, "send", []term.Term{1, 2}); ok {
		t.Errorf("send/2 must not be auto-imported")
	}
	if r, ok := d.CallLocal(nil, "element", []term.Term{1, term.Tuple{term.Atom("a")}}); !ok || r != term.Atom("a") {
		t.Errorf("element/2 auto-imported = %v, %v", r, ok)
	}
}

func TestCrashReport(t *testing.T) {
	at := time.Date(2026, 11, 25, 15, 31, 14, 468562000, time.UTC)
	exit := term.Tuple{atomBadarith, term.List{Frame("erlang", "/", []term.Term{1, 0}, nil)}}
	want := "=ERROR REPORT==== 25-Nov-2026::15:31:14.468562 ===\n" +
		"Error in process <0.84.0> with exit value:\n" +
		"{badarith,[{erlang,'/',[1,0],[{error_info,#{module => erl_erts_errors}}]}]}\n\n"
	if got := exception.CrashReport(term.Pid{ID: 84}, exit, at); got != want {
		t.Errorf("CrashReport =\n%q\nwant\n%q", got, want)
	}
}

// runIn runs body in a process of a fresh runtime and returns what it
// raised (nil if nothing) and what was printed.
func runIn(t *testing.T, body func(d *Dispatcher, p *process.Proc)) (exc *term.Exception, out string) {
	t.Helper()
	var buf bytes.Buffer
	rt := process.New(process.Options{Output: &buf, VirtualTime: true})
	d := NewDispatcher(NewTable(Standard()), nil, rt)
	done := make(chan *term.Exception, 1)
	rt.Spawn(nil, process.SpawnOptions{}, func(p *process.Proc) {
		defer func() {
			e, _ := recover().(*term.Exception)
			done <- e
		}()
		body(d, p)
	})
	// Virtual time moves only when the runtime settles.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case e := <-done:
			return e, buf.String()
		default:
			rt.Settle(time.Second, 50*time.Millisecond)
		}
	}
	t.Fatal("process did not finish")
	return nil, ""
}

func TestProcessBIFs(t *testing.T) {
	exc, out := runIn(t, func(d *Dispatcher, p *process.Proc) {
		self := d.CallMFA(p, "erlang", "self", nil)
		if r := d.CallMFA(p, "erlang", "register", []term.Term{term.Atom("foo"), self}); r != term.True {
			t.Errorf("register = %v", r)
		}
		if r := d.CallMFA(p, "erlang", "whereis", []term.Term{term.Atom("foo")}); r != self {
			t.Errorf("whereis = %v, want %v", r, self)
		}
		d.CallMFA(p, "erlang", "!", []term.Term{term.Atom("foo"), term.Atom("hi")})
		d.CallMFA(p, "io", "format", []term.Term{str("got ~p~n"), term.List{term.List(p.Mailbox())}})
		d.CallMFA(p, "timer", "sleep", []term.Term{10})
		d.CallMFA(p, "erlang", "register", []term.Term{term.Atom("bar"), self})
	})
	if out != "got [hi]\n" {
		t.Errorf("output %q", out)
	}
	if exc == nil {
		t.Fatal("second register did not fail")
	}
	want := lines("** exception error: bad argument",
		"     in function  register/2",
		"        called as register(bar,"+term.Sprint(exc.Stack.(term.List)[0].(term.Tuple)[2].(term.List)[1])+")",
		"        *** argument 2: this process or port already has a name")
	if got := exception.Format(exc.Class, exc.Reason, exc.Stack); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// call is one BIF call in a sequence and the ~w text it must return.
type call struct {
	mod, fun string
	args     []term.Term
	want     string
}

// runCalls runs calls in order in one process, so that they share its
// dictionary and the runtime's counters.
func runCalls(t *testing.T, calls []call) string {
	t.Helper()
	exc, out := runIn(t, func(d *Dispatcher, p *process.Proc) {
		for _, c := range calls {
			if got := term.Sprint(d.CallMFA(p, term.Atom(c.mod), term.Atom(c.fun), c.args)); got != c.want {
				t.Errorf("%s:%s%s = %s, want %s", c.mod, c.fun, term.Sprint(term.List(c.args)), got, c.want)
			}
		}
	})
	if exc != nil {
		t.Fatalf("raised %v", exc)
	}
	return out
}

// errorText is a BIF call that raises and the text erl prints for it.
type errorText struct {
	mod, fun string
	args     []term.Term
	want     string
}

// checkErrorTexts calls each BIF outside any process and compares the
// formatted exception with erl's.
func checkErrorTexts(t *testing.T, tests []errorText) {
	t.Helper()
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	for _, tt := range tests {
		exc := catchException(t, func() { d.CallMFA(nil, term.Atom(tt.mod), term.Atom(tt.fun), tt.args) })
		if got := exception.Format(exc.Class, exc.Reason, exc.Stack); got != tt.want {
			t.Errorf("%s:%s: got\n%s\nwant\n%s", tt.mod, tt.fun, got, tt.want)
		}
	}
}
