package syntax

import (
	"errors"
	"testing"
)

func TestSplitForm(t *testing.T) {
	tests := []struct {
		in, form, rest string
		complete       bool
	}{
		{"1.", "1.", "", true},
		{"1.\n", "1.\n", "", true},
		{"1. 2.", "1. ", "2.", true},
		{"1.   foo(.", "1. ", "  foo(.", true},
		{"1.%c\n", "1.", "%c\n", true},
		{"X = {a,", "", "X = {a,", false},
		{"1.5", "", "1.5", false},
		{"a.b.", "a.b.", "", true},
		{`"a. b".`, `"a. b".`, "", true},
		{`"a. b`, "", `"a. b`, false},
		{`'a. b'. x`, `'a. b'. `, "x", true},
		{"$. .", "$. .", "", true},
		{`$\". x.`, `$\". `, "x.", true},
		{"% a. b\n1.", "% a. b\n1.", "", true},
		{"x ... .", "x ... .", "", true},
		{"x ...\n", "", "x ...\n", false},
		{"fun() -> 1 end.\n2.", "fun() -> 1 end.\n", "2.", true},
	}
	for _, tt := range tests {
		form, rest, complete := SplitForm(tt.in)
		if form != tt.form || rest != tt.rest || complete != tt.complete {
			t.Errorf("SplitForm(%q) = %q, %q, %v; want %q, %q, %v",
				tt.in, form, rest, complete, tt.form, tt.rest, tt.complete)
		}
	}
}

// FuzzParse checks that splitting and parsing never panic and that every
// error has a position inside the form.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"X = 1, X + 1.", "{a, }.", `"abc`, "fun F(0) -> 1; F(N) -> N end.",
		"<<X:8, R/binary>> = B.", "try a catch C:R:S -> S after b end.",
		"#{a => 1}#{a := 2}.", "[X || X <- L, X > 1].", "$", "16#ff.", "1.0e400.",
		"receive X when X > 1 -> X after 10 -> t end.", "#r{a=1}.", "a... .",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		form, _, complete := SplitForm(text)
		if !complete {
			form = text
		}
		_, err := ParseForm(form)
		if err == nil {
			return
		}
		var se *Error
		if !errors.As(err, &se) {
			t.Fatalf("ParseForm(%q): error %T is not *Error", form, err)
		}
		if se.Line < 1 || se.Col < 1 {
			t.Fatalf("ParseForm(%q): error without position: %v", form, se)
		}
	})
}
