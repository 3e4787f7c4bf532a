package eval

import (
	"strings"
	"testing"

	"goerl/term"
)

// TestLimits: constructs that would build a term beyond erl's bignum
// limit or the allocation budget raise system_limit as erl does (or where
// erl itself runs out of memory); below the limits they work, and
// deep or long commands are bounded or linear.
func TestLimits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1 bsl 99999999999.", "error: system_limit"},
		{"1 bsl 33554368.", "error: system_limit"},
		{"(1 bsl 33554367) bsr 33554367.", "1"},
		{"X = 1 bsl 33554367, X bsl 1.", "error: system_limit"},
		{"X = 1 bsl 33554367, X + X.", "error: system_limit"},
		{"X = 1 bsl 20000000, X * X.", "error: system_limit"},
		{"X = 1 bsl 16000000, (X * X) bsr 32000000.", "1"},
		{"0 bsl 99999999999.", "0"},
		{"1 bsr 99999999999.", "0"},
		{"-1 bsr 99999999999.", "-1"},
		{"<<0:99999999999>>.", "error: system_limit"},
		{"<<0:8000000001/unit:8>>.", "error: system_limit"},
		{"<<X:8, _/binary>> = <<1:80000000>>, X.", "0"},
		{"<<-1:16, -300:16/little, 5:4, 6:4>>.", "<<255,255,212,254,86>>"},
		{"B = <<1,2,3>>, <<1:4, B/binary, 3:4>>.", "<<16,16,32,51>>"},
		{"1" + strings.Repeat("0", 11000000) + ".", "* 1:1: system_limit: integer literal of more than 33554368 bits"},
		{"16#1" + strings.Repeat("0", 8388608) + ".", "* 1:1: system_limit: integer literal of more than 33554368 bits"},
		{"X = 1" + strings.Repeat("0", 100000) + ", X rem 7.", term.Sprint(int(bigRem("1"+strings.Repeat("0", 100000), 7)))},
		{"[" + strings.Repeat("[", 100000) + strings.Repeat("]", 100001) + ".", "* 1:100001: system_limit: expression nested more than 100000 levels deep"},
		{strings.Repeat("1 - ", 200000) + "1.", "-199999"},
		{"X = " + strings.Repeat("1 * ", 200000) + "2, X.", "2"},
		// andalso is right-associative: each one nests.
		{"true " + strings.Repeat("andalso true ", 50000) + ".", "true"},
	}
	for _, tc := range tests {
		if got := newSession(t).run(tc.in); got != tc.want {
			t.Errorf("%.60s = %.200s, want %s", tc.in, got, tc.want)
		}
	}
}

func bigRem(digits string, m int64) int64 {
	var r int64
	for _, c := range digits {
		r = (r*10 + int64(c-'0')) % m
	}
	return r
}

// TestAppendChain: a chain of ++ is joined in one pass, with erl's
// results and errors.
func TestAppendChain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[1] ++ [2] ++ [3].", "[1,2,3]"},
		{"[] ++ [] ++ [].", "[]"},
		{`"ab" ++ [] ++ "c" ++ d.`, "[97,98,99|d]"},
		{"[1] ++ [2] ++ 3.", "[1,2|3]"},
		{"[1] ++ x ++ [3].", "error: badarg"},
		{"try [1] ++ [2|x] ++ [3] ++ [4] catch error:R:S -> [F | _] = S, {R, F} end.", "{badarg,{erlang,'++',[[2|x],[3,4]],[{error_info,#{module => erl_erts_errors}}]}}"},
		{"X = [1], X ++ X ++ X.", "[1,1,1]"},
		{"length(" + strings.Repeat("[1] ++ ", 50000) + "[]).", "50000"},
	}
	for _, tc := range tests {
		if got := newSession(t).run(tc.in); got != tc.want {
			t.Errorf("%.60s = %.300s, want %s", tc.in, got, tc.want)
		}
	}
}
