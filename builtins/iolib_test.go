package builtins

import (
	"testing"

	"goerl/term"
)

// TestIolibBIFs checks io_lib against what a real erl 25 printed (~w
// of the same terms).
func TestIolibBIFs(t *testing.T) {
	s := term.String
	a := func(x string) term.Atom { return term.Atom(x) }
	runCalls(t, []call{
		{"io_lib", "write", []term.Term{term.Tuple{a("a"), s("b"), term.List{1}}}, "[123,[[97],44,[91,[[57,56]],93],44,[91,[[49]],93]],125]"},
		{"io_lib", "write", []term.Term{term.List{1, 2, 3}, 2}, "[91,[[49],124,46,46,46],93]"},
		{"io_lib", "write", []term.Term{term.Binary{1, 2, 3, 4, 5}, 3}, "[60,60,[[49],44,[50],44,[46,46,46]],62,62]"},
		{"io_lib", "format", []term.Term{s("~p"), term.List{term.Improper{Elems: []term.Term{a("a")}, Tail: a("b")}}}, "[[91,[[97],124,98],93]]"},
		{"io_lib", "format", []term.Term{s("~s"), term.List{term.List{term.Binary("ab"), s("c")}}}, "[[[97,98],[99]]]"},
		{"io_lib", "fread", []term.Term{s("~d~s"), s("12 abc")}, "{ok,[12,[97,98,99]],[]}"},
		{"io_lib", "fread", []term.Term{s("~d~d"), s("12")}, "{more,[126,100],2,[12]}"},
		{"io_lib", "fread", []term.Term{s("~f"), s("1")}, "{error,{fread,float}}"},
		{"io_lib", "fread", []term.Term{s("~3d"), s("12345")}, "{ok,[123],[52,53]}"},
		{"io_lib", "unscan_format", []term.Term{term.List{int('x')}}, "{[120],[]}"},
		{"io_lib", "write_string", []term.Term{s("a\"b")}, term.Sprint(s(`"a\"b"`))},
		{"io_lib", "write_char", []term.Term{int('\n')}, term.Sprint(s(`$\n`))},
		{"io_lib", "printable_unicode_list", []term.Term{term.List{1024}}, "true"},
		{"io_lib", "latin1_char_list", []term.Term{term.List{1024}}, "false"},
		{"io_lib", "format", []term.Term{s("~-8s|~8s"), term.List{s("ab"), s("cd")}}, "[[[97,98],[32,32,32],32,32,32],124,[[[32,32,32],32,32,32],99,100]]"},
		{"io_lib", "format", []term.Term{s("~5s|"), term.List{a("abc")}}, "[32,32,97,98,99,124]"},
		{"io_lib", "format", []term.Term{s("~.10s|"), term.List{s("abc")}}, "[[[97,98,99],32,[32,32,32],32,32,32],124]"},
		{"io", "printable_range", nil, "latin1"},
	})
}
