package builtins

import (
	"testing"

	"goerl/term"
)

func TestBinaryBIFs(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	b := func(s string) term.Binary { return term.Binary(s) }
	runCalls(t, []call{
		{"binary", "split", []term.Term{b("a,b,c"), b(",")}, term.Sprint(term.List{b("a"), b("b,c")})},
		{"binary", "split", []term.Term{b("a,b,,c,"), term.List{b(",")}, term.List{a("global"), a("trim_all")}},
			term.Sprint(term.List{b("a"), b("b"), b("c")})},
		{"binary", "part", []term.Term{b("hello"), 1, 3}, term.Sprint(b("ell"))},
		{"binary", "part", []term.Term{b("hello"), term.Tuple{5, -2}}, term.Sprint(b("lo"))},
		{"binary", "copy", []term.Term{b("abc"), 3}, term.Sprint(b("abcabcabc"))},
		{"binary", "bin_to_list", []term.Term{b("abcde"), 1, 3}, term.Sprint(term.String("bcd"))},
		{"binary", "match", []term.Term{b("abcde"), term.List{b("x"), b("d")}}, "{3,1}"},
		{"binary", "matches", []term.Term{b("abcabc"), b("bc")}, "[{1,2},{4,2}]"},
		{"binary", "replace", []term.Term{b("a,b"), b(","), b("[]"), term.List{a("global"), term.Tuple{a("insert_replaced"), 1}}}, term.Sprint(b("a[,]b"))},
		{"binary", "longest_common_suffix", []term.Term{term.List{b("xcd"), b("abcd")}}, "2"},
		{"binary", "encode_unsigned", []term.Term{256, a("little")}, "<<0,1>>"},
		{"binary", "decode_unsigned", []term.Term{term.Binary{1, 0}}, "256"},
		{"binary", "encode_hex", []term.Term{b("abc")}, term.Sprint(b("616263"))},
		{"erlang", "split_binary", []term.Term{b("abcd"), 1}, term.Sprint(term.Tuple{b("a"), b("bcd")})},
	})
}
