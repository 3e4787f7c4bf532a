package eval

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"goerl/syntax"
	"goerl/term"
)

// recordSession runs commands as the shell does (check, evaluate, keep
// the bindings of a command that succeeded) and returns what erl would
// show for each: the value printed with the record table, the check's
// "* L:C: message", or "** CLASS: REASON" (the reason printed with the
// records, the way erl's shell prints it; the words erl puts in front of
// known reasons are the shell's business, not eval's).
func recordSession(t *testing.T, commands []string) []string {
	t.Helper()
	ev := New(fakeEnv{})
	b := NewBindings()
	var out []string
	for _, cmd := range commands {
		exprs, err := syntax.ParseForm(cmd)
		if err != nil {
			t.Fatalf("%s: %v", cmd, err)
		}
		if err := ev.Check(exprs, b); err != nil {
			var se *syntax.Error
			if !errors.As(err, &se) {
				t.Fatalf("%s: %v", cmd, err)
			}
			out = append(out, fmt.Sprintf("* %d:%d: %s", se.Line, se.Col, se.Msg))
			continue
		}
		out = append(out, func() (text string) {
			defer func() {
				if x := recover(); x != nil {
					ex, ok := x.(*term.Exception)
					if !ok {
						panic(x)
					}
					text = "** " + string(ex.Class) + ": " + ev.Records().ShellPrint(ex.Reason)
				}
			}()
			v, nb := ev.Eval(nil, exprs, b)
			b = nb
			return ev.Records().ShellPrint(v)
		}())
	}
	return out
}

// TestRecordSessions replays sessions typed into erl (OTP 25); the wanted
// output is erl's, character for character.
func TestRecordSessions(t *testing.T) {
	sessions := []struct {
		name string
		io   [][2]string // command, output
	}{
		{"define, build, read, update, match", [][2]string{
			{`rd(person, {name, age = 0}).`, `person`},
			{`#person{}.`, `#person{name = undefined,age = 0}`},
			{`#person{name = "Bo"}.`, `#person{name = "Bo",age = 0}`},
			{`P = #person{name = "Bo", age = 3}.`, `#person{name = "Bo",age = 3}`},
			{`P#person.name.`, `"Bo"`},
			{`P#person{age = 1}.`, `#person{name = "Bo",age = 1}`},
			{`#person.age.`, `3`},
			{`#person{name = N} = P.`, `#person{name = "Bo",age = 3}`},
			{`N.`, `"Bo"`},
			{`is_record(P, person).`, `true`},
			{`{person, 1, 2}.`, `#person{name = 1,age = 2}`},
			{`{person, 1}.`, `{person,1}`},
			{`X = 1, X#person.name.`, `** error: {badrecord,1}`},
			{`#person{foo = 1}.`, `* 1:9: field foo undefined in record person`},
			{`#nope{}.`, `* 1:1: record nope undefined`},
			{`P#person.foo.`, `* 1:10: field foo undefined in record person`},
			{`record_info(fields, person).`, `[name,age]`},
			{`1 + record_info(size, person).`, `4`},
			{`record_info(bad, person).`, `* 1:13: illegal record info`},
			{`X = person, record_info(fields, X).`, `* 1:13: illegal record info`},
			{`record_info(fields, nope).`, `* 1:1: record nope undefined`},
		}},
		{"defaults, guards, patterns", [][2]string{
			{`rd(a, {x = 1 + 2, y = [1,2], z}).`, `a`},
			{`#a{_ = 7}.`, `#a{x = 7,y = 7,z = 7}`},
			{`#a{x = 0, _ = 7}.`, `#a{x = 0,y = 7,z = 7}`},
			{`Q = #a{}.`, `#a{x = 3,y = [1,2],z = undefined}`},
			{`case Q of #a{x = X} when X > 1 -> big; _ -> small end.`, `big`},
			{`case Q of _ when Q#a.x > 1 -> big end.`, `big`},
			{`{a, 1}#a.x.`, `** error: {badrecord,{a,1}}`},
			{`Q#a{x = 1, z = 2}.`, `#a{x = 1,y = [1,2],z = 2}`},
			{`fun(R) when R#a.x > 1 -> big; (_) -> small end(foo).`, `small`},
			{`is_record({a, 1}, a).`, `false`},
			{`case {a, 1} of V when is_record(V, a) -> y; _ -> n end.`, `n`},
			{`case {a, 1, 2} of #a{} -> y; _ -> n end.`, `n`},
			{`[X || #a{x = X} <- [#a{x = 1}, #a{x = 2}, foo]].`, `[1,2]`},
			{`#a{_ = 1, x = 2}.`, `#a{x = 2,y = 1,z = 1}`},
			{`#a.z + 1.`, `5`},
			{`#a{x = 1, x = 2}.`, `* 1:11: field x already defined in record a`},
			{`#a{x = Y}.`, `* 1:8: variable 'Y' is unbound`},
		}},
		{"rd in the command that uses it, and its errors", [][2]string{
			{`rd(p, {a, b = 2}), #p{}.`, `#p{a = undefined,b = 2}`},
			{`rd(q, {a = X}).`, `* 1:12: variable 'X' is unbound`},
			{`rd('Hi there', {a}), #'Hi there'{}.`, `#'Hi there'{a = undefined}`},
			{`rd(b, {1}).`, `** exit: "bad record field"`},
			{`rd(b, x).`, `** exit: "bad record declaration"`},
			{`rd(b, {a, a}).`, `** exit: "field a already defined in record b"`},
			{`catch rd(1, {a}).`, `{'EXIT',{function_clause,[{shell,rd,2,[]}]}}`},
			{`Z = 1.`, `1`},
			{`Z#zz.a.`, `* 1:2: record zz undefined`},
		}},
	}
	for _, s := range sessions {
		t.Run(s.name, func(t *testing.T) {
			cmds := make([]string, len(s.io))
			for i, c := range s.io {
				cmds[i] = c[0]
			}
			got := recordSession(t, cmds)
			for i, c := range s.io {
				if got[i] != c[1] {
					t.Errorf("%s\n got %s\nwant %s", c[0], got[i], c[1])
				}
			}
		})
	}
}

// TestRecordPrinting checks the record layout of io_lib_pretty against
// erl's output for values too long for one line.
func TestRecordPrinting(t *testing.T) {
	ev := New(fakeEnv{})
	define := `rd(person, {name, age = 0, address = "some long street name", phone, email = "nobody@example.com"}), rd(p, {a, b = 2}).`
	ev.Eval(nil, mustParse(t, define), NewBindings())
	recs := ev.Records()

	p := term.Tuple{term.Atom("person"), term.String("A very long name indeed"), 0,
		term.String("some long street name"), 12345678, term.String("nobody@example.com")}
	seq := make(term.List, 40)
	for i := range seq {
		seq[i] = i + 1
	}
	cases := []struct {
		name string
		v    term.Term
		rp   bool
		want string
	}{
		{"long record", p, false, `#person{name = "A very long name indeed",age = 0,
        address = "some long street name",phone = 12345678,
        email = "nobody@example.com"}`},
		{"list of records", term.List{p, p}, false, `[#person{name = "A very long name indeed",age = 0,
         address = "some long street name",phone = 12345678,
         email = "nobody@example.com"},
 #person{name = "A very long name indeed",age = 0,
         address = "some long street name",phone = 12345678,
         email = "nobody@example.com"}]`},
		{"tagged tuple around a record", term.Tuple{term.Atom("ok"), p}, false, `{ok,#person{name = "A very long name indeed",age = 0,
            address = "some long street name",phone = 12345678,
            email = "nobody@example.com"}}`},
		{"field cut at depth 30", term.Tuple{term.Atom("p"), seq, 2}, false, `#p{a = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,
        21,22,23,24,25,26,27|...],
   b = 2}`},
		{"nested", term.Tuple{term.Atom("p"), term.Tuple{term.Atom("p"), 1, 2}, 2}, false, `#p{a = #p{a = 1,b = 2},b = 2}`},
		{"rp has no depth limit", seq, true, `[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,
 23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40]`},
		{"rp of records", term.Tuple{term.Tuple{term.Atom("p"), 1, 2}, term.List{term.Tuple{term.Atom("p"), 1, 2}}}, true,
			`{#p{a = 1,b = 2},[#p{a = 1,b = 2}]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			print := recs.ShellPrint
			if c.rp {
				print = recs.PrintTerm
			}
			if got := print(c.v); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestRecordTable covers rl's attribute text and forgetting.
func TestRecordTable(t *testing.T) {
	ev := New(fakeEnv{})
	ev.Eval(nil, mustParse(t, `rd(person, {name, age = 0, address = "some long street name", phone, email = "nobody@example.com"}), rd(a, {x = 1 + 2, y = [1,2], z}).`), NewBindings())
	recs := ev.Records()
	if got := strings.Join(recs.Names(), ","); got != "a,person" {
		t.Fatalf("names %s", got)
	}
	want := map[string]string{
		"a": `-record(a,{x = 1 + 2, y = [1, 2], z}).`,
		"person": `-record(person,{name,
                age = 0,
                address = "some long street name",
                phone,
                email = "nobody@example.com"}).`,
	}
	for name, w := range want {
		def, _ := recs.Lookup(name)
		if got := def.Attribute(); got != w {
			t.Errorf("rl(%s):\n%s\nwant\n%s", name, got, w)
		}
	}
	recs.Forget("a", "nope")
	if got := strings.Join(recs.Names(), ","); got != "person" {
		t.Errorf("after Forget: %s", got)
	}
	if err := ev.Check(mustParse(t, "#a{}."), NewBindings()); err == nil || !strings.Contains(err.Error(), "record a undefined") {
		t.Errorf("forgotten record still known: %v", err)
	}
	recs.ForgetAll()
	if n := len(recs.Names()); n != 0 {
		t.Errorf("after ForgetAll: %d left", n)
	}
	// Without an evaluator's table, records are undefined as before.
	if err := CheckUnbound(mustParse(t, "#person{}."), NewBindings()); err == nil {
		t.Error("CheckUnbound knows a record")
	}
}

func mustParse(t *testing.T, s string) []syntax.Expr {
	t.Helper()
	e, err := syntax.ParseForm(s)
	if err != nil {
		t.Fatal(err)
	}
	return e
}
