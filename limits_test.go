package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestHostileInput types what a student might type to take the shell
// down (very deep nesting, a flat sum of a million terms, ten thousand
// bindings in one command, memory bombs): each gets its answer or an
// erl-style error, and the shell answers the next command.
func TestHostileInput(t *testing.T) {
	nest := func(open, close string, n int, inner string) string {
		return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
	}
	bindings := func(n int) string {
		var sb strings.Builder
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&sb, "A%d = %d, ", i, i)
		}
		return sb.String() + "A" + fmt.Sprint(n)
	}
	tooDeep := "system_limit: expression nested more than 100000 levels deep\n"
	tests := []struct {
		name, input, want string
	}{
		{"lists", "length(" + nest("[", "]", 300000, "") + ").", tooDeep},
		{"tuples", "X = " + nest("{", "}", 300000, "") + ", ok.", tooDeep},
		{"parentheses", nest("(", ")", 300000, "1") + ".", tooDeep},
		{"blocks", nest("begin ", " end", 300000, "1") + ".", tooDeep},
		{"appends", strings.Repeat("[1] ++ ", 300000) + "[].", tooDeep},
		{"negations", strings.Repeat("- ", 300000) + "1.", tooDeep},
		{"deep but allowed", "length(" + nest("[", "]", 50000, "") + ").", "\n1\n"},
		{"sum of a million", strings.Repeat("1+", 999999) + "1.", "\n1000000\n"},
		{"ten thousand bindings", bindings(10000) + ".", "\n10000\n"},
		{"deep term", "X = lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 200000)), X = X, self() ! X, byte_size(term_to_binary(X)).", "\n1200002\n"},
		{"deep term written", "io_lib:write(lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 200000))).", "** exception error: a system limit has been reached\n"},
		{"long append", strings.Repeat("[1] ++ ", 50000) + "[2] == lists:duplicate(50000, 1) ++ [2].", "\ntrue\n"},
		{"big integer", "1 bsl 99999999999.", "** exception error: a system limit has been reached\n"},
		{"big binary", "<<0:99999999999>>.", "** exception error: a system limit has been reached\n"},
		{"lists:duplicate", "lists:duplicate(1 bsl 40, a).", "** exception error: a system limit has been reached\n"},
		{"io:format", `io:format("~*c~n", [1 bsl 40, $a]).`, "** exception error: a system limit has been reached\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.NewReader(tc.input + "\n1 + 1.\n")
			var out, errb bytes.Buffer
			if code := run(nil, in, &out, &errb); code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errb.String())
			}
			got := out.String()
			if !strings.Contains(got, tc.want) {
				t.Errorf("output does not contain %q:\n%.600s", tc.want, tail(got, 600))
			}
			if !answered.MatchString(got) {
				t.Errorf("the shell did not answer afterwards:\n%s", tail(got, 300))
			}
		})
	}
}

// answered matches the end of a session whose last command was 1 + 1.
var answered = regexp.MustCompile(`> 1 \+ 1\.\n2\n\d+> \n$`)

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}
