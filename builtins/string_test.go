package builtins

import (
	"testing"

	"goerl/term"
)

// TestStringFunctions compares with OTP 25 (values printed by erl's ~p,
// here as ~w of the same terms).
func TestStringFunctions(t *testing.T) {
	d := NewDispatcher(NewTable(Standard()), nil, nil)
	a := func(s string) term.Atom { return term.Atom(s) }
	w := func(x term.Term) string { return term.Sprint(x) }
	b := func(s string) term.Binary { return term.Binary(s) }
	tests := []struct {
		fun  string
		args []term.Term
		want string
	}{
		{"to_integer", []term.Term{str("12abc")}, w(term.Tuple{12, str("abc")})},
		{"to_integer", []term.Term{str("abc")}, "{error,no_integer}"},
		{"to_integer", []term.Term{b("-7 x")}, w(term.Tuple{-7, b(" x")})},
		{"to_integer", []term.Term{str("+5")}, "{5,[]}"},
		{"to_float", []term.Term{str("1.5e3x")}, w(term.Tuple{1500.0, str("x")})},
		{"to_float", []term.Term{str("1")}, "{error,no_float}"},
		{"to_float", []term.Term{str("1.0e")}, w(term.Tuple{1.0, str("e")})},
		{"pad", []term.Term{str("ab"), 5}, w(term.List{str("ab"), 32, 32, 32})},
		{"pad", []term.Term{str("ab"), 5, a("leading")}, w(term.List{str("   "), str("ab")})},
		{"pad", []term.Term{str("ab"), 5, a("both"), int('*')}, w(term.List{str("*"), str("ab"), str("*"), 42})},
		{"pad", []term.Term{str("ab"), 4, a("both")}, w(term.List{str(" "), str("ab"), str(" ")})},
		{"pad", []term.Term{str("abcdef"), 3}, w(term.List{str("abcdef")})},
		{"left", []term.Term{str("ab"), 5}, w(str("ab   "))},
		{"left", []term.Term{str("abcdef"), 3}, w(str("abc"))},
		{"right", []term.Term{str("ab"), 5, int('.')}, w(str("...ab"))},
		{"right", []term.Term{str("abcdef"), 3}, w(str("def"))},
		{"centre", []term.Term{str("ab"), 6}, w(str("  ab  "))},
		{"centre", []term.Term{str("ab"), 5}, w(str(" ab  "))},
		{"centre", []term.Term{str("abcdef"), 3}, w(str("bcd"))},
		{"copies", []term.Term{str("ab"), 3}, w(str("ababab"))},
		{"strip", []term.Term{str("  a b  ")}, w(str("a b"))},
		{"strip", []term.Term{str("xxaxx"), a("both"), int('x')}, w(str("a"))},
		{"strip", []term.Term{str("  a "), a("left")}, w(str("a "))},
		{"substr", []term.Term{str("hello"), 2}, w(str("ello"))},
		{"substr", []term.Term{str("hello"), 2, 3}, w(str("ell"))},
		{"substr", []term.Term{str("abc"), 4}, "[]"},
		{"sub_string", []term.Term{str("hello"), 2, 3}, w(str("el"))},
		{"str", []term.Term{str("hello"), str("ll")}, "3"},
		{"str", []term.Term{str("abc"), str("z")}, "0"},
		{"rstr", []term.Term{str("hellollo"), str("llo")}, "6"},
		{"chr", []term.Term{str("hello"), int('l')}, "3"},
		{"rchr", []term.Term{str("hello"), int('l')}, "4"},
		{"span", []term.Term{str("123abc"), str("0123456789")}, "3"},
		{"cspan", []term.Term{str("abc123"), str("0123456789")}, "3"},
		{"words", []term.Term{str("a  b c")}, "3"},
		{"words", []term.Term{str("a,b"), int(',')}, "2"},
		{"words", []term.Term{str("  ")}, "1"},
		{"words", []term.Term{str("")}, "1"},
		{"str", []term.Term{str("hello"), str("")}, "0"},
		{"rstr", []term.Term{str("hello"), str("")}, "0"},
		{"to_float", []term.Term{str("-1,53e1foo")}, w(term.Tuple{-15.3, str("foo")})},
		{"to_integer", []term.Term{a("23")}, "{error,badarg}"},
		{"length", []term.Term{term.Improper{Elems: []term.Term{str("abc")}, Tail: b("abc")}}, "6"},
		{"length", []term.Term{str("e\u0301")}, "1"},
		{"uppercase", []term.Term{str("ß")}, w(str("SS"))},
		{"casefold", []term.Term{str("ABCß")}, w(str("abcss"))},
		{"titlecase", []term.Term{b("xyz")}, w(b("Xyz"))},
		{"chomp", []term.Term{str("abc\r\n")}, w(str("abc"))},
		{"to_graphemes", []term.Term{str("e\u0301a")}, w(term.List{str("e\u0301"), 97})},
		{"next_grapheme", []term.Term{b("abc")}, w(term.Improper{Elems: []term.Term{97}, Tail: b("bc")})},
		{"take", []term.Term{str("abc123"), str("c21"), a("true"), a("trailing")}, w(term.Tuple{str("abc12"), str("3")})},
		{"equal", []term.Term{str("abc"), str("ABC"), a("true")}, "true"},
		{"equal", []term.Term{str("e\u0301"), str("é"), a("false"), a("nfc")}, "true"},
		{"chars", []term.Term{int('a'), 3, str("rgh")}, w(str("aaargh"))},
		{"sub_word", []term.Term{str("but hello there"), 2, int('e')}, w(str("llo th"))},
		{"sub_word", []term.Term{str("1 2 3"), 4}, "[]"}, // erl: one more than the runs of separators after stripping,
		{"replace", []term.Term{str("a,b,c"), str(","), str(";")}, w(term.List{str("a"), str(";"), str("b,c")})},
		{"replace", []term.Term{str("a,b,c"), str(","), str(";"), a("all")}, w(term.List{str("a"), str(";"), str("b"), str(";"), str("c")})},
		{"replace", []term.Term{b("a,b"), str(","), str(";"), a("all")}, w(term.List{b("a"), str(";"), b("b")})},
		{"lexemes", []term.Term{str("a  b,c"), str(" ,")}, w(term.List{str("a"), str("b"), str("c")})},
		{"lexemes", []term.Term{b("a b"), str(" ")}, w(term.List{b("a"), b("b")})},
		{"nth_lexeme", []term.Term{str("a b c"), 2, str(" ")}, w(str("b"))},
		{"nth_lexeme", []term.Term{str("a b c"), 5, str(" ")}, "[]"},
		{"slice", []term.Term{str("hello"), 1}, w(str("ello"))},
		{"slice", []term.Term{str("hello"), 1, 2}, w(str("el"))},
		{"slice", []term.Term{b("hello"), 1, 2}, w(b("el"))},
		{"slice", []term.Term{str("hello"), 10}, "[]"},
		{"prefix", []term.Term{str("hello"), str("he")}, w(str("llo"))},
		{"prefix", []term.Term{str("hello"), str("x")}, "nomatch"},
		{"casefold", []term.Term{str("HeLLo")}, w(str("hello"))},
		{"trim", []term.Term{str("xxabxx"), a("both"), str("x")}, w(str("ab"))},
		{"trim", []term.Term{str("  ab  "), a("leading")}, w(str("ab  "))},
		{"trim", []term.Term{b("  a  ")}, w(b("a"))},
		{"find", []term.Term{str("hello"), str("l"), a("trailing")}, w(str("lo"))},
		{"find", []term.Term{str("hello"), str("z")}, "nomatch"},
		{"to_upper", []term.Term{1}, "1"},
		{"to_lower", []term.Term{int('A')}, "97"},
		{"to_upper", []term.Term{b("ab")}, w(b("AB"))},
		{"reverse", []term.Term{b("abc")}, w(str("cba"))},
		{"join", []term.Term{term.List{str("a"), str("b")}, str(", ")}, w(str("a, b"))},
	}
	for _, tt := range tests {
		if got := w(d.CallMFA(nil, "string", term.Atom(tt.fun), tt.args)); got != tt.want {
			t.Errorf("string:%s%s = %s, want %s", tt.fun, w(term.List(tt.args)), got, tt.want)
		}
	}
}
