package builtins

import (
	"testing"

	"goerl/term"
)

// TestUnicodeBIFs checks against values a real erl 25 printed (~w).
func TestUnicodeBIFs(t *testing.T) {
	a := func(s string) term.Atom { return term.Atom(s) }
	b := func(x ...byte) term.Binary { return term.Binary(x) }
	runCalls(t, []call{
		{"unicode", "characters_to_binary", []term.Term{term.List{97, term.List{98, -1, 99}, 100}}, "{error,<<97,98>>,[[-1,99],100]}"},
		{"unicode", "characters_to_list", []term.Term{term.List{b(97, 255, 98), 99}}, "{error,[97],[<<255,98>>,99]}"},
		{"unicode", "characters_to_binary", []term.Term{term.List{97, term.List{98, 256, 99}, 100}, a("unicode"), a("latin1")}, "{error,<<97,98>>,[[[256],99],100]}"},
		{"unicode", "characters_to_binary", []term.Term{b(97, 195)}, "{incomplete,<<97>>,<<195>>}"},
		{"unicode", "characters_to_binary", []term.Term{term.List{b(97, 195), b(165)}}, "<<97,195,165>>"},
		{"unicode", "characters_to_binary", []term.Term{term.List{1024}, a("unicode"), term.Tuple{a("utf16"), a("little")}}, "<<0,4>>"},
		{"unicode", "characters_to_list", []term.Term{b(0, 97, 0), a("utf16")}, "{incomplete,[97],<<0>>}"},
		{"unicode", "characters_to_nfd_list", []term.Term{term.List{246, 252, 241}}, "[111,776,117,776,110,771]"},
		{"unicode", "characters_to_nfc_list", []term.Term{term.List{97, 778}}, "[229]"},
		{"unicode", "characters_to_nfkc_list", []term.Term{term.List{64257}}, "[102,105]"},
		{"unicode", "bom_to_encoding", []term.Term{b(0xff, 0xfe, 97)}, "{{utf16,little},2}"},
	})
}
