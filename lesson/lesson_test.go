package lesson

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSections(t *testing.T) {
	src := "# comment\n1> c(t).\n{ok,t}\n2>\n-- t.go --\npackage t\n-- t.go @ 7 --\npackage t // v2\n"
	f, err := Parse("x.lesson", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Comment) != 1 || len(f.Transcript) != 3 || f.transcriptStart != 2 {
		t.Errorf("comment %q transcript %q start %d", f.Comment, f.Transcript, f.transcriptStart)
	}
	if len(f.Files) != 2 || f.Files[0].Before != 0 || f.Files[1].Before != 7 ||
		string(f.Files[1].Text) != "package t // v2\n" {
		t.Errorf("files %+v", f.Files)
	}
	if got := string(f.Format(f.Transcript)); got != src {
		t.Errorf("Format does not give the file back:\n%s\nwant\n%s", got, src)
	}
}

// A prompt that follows a line with two forms shows the rest of that
// line; a transcript claiming another input there is refused rather than
// silently losing the input on -update.
func TestInputsRefuseAWrongRestLine(t *testing.T) {
	f, err := Parse("x.lesson", []byte("1> 1. 2.\n1\n2> 3.\n2\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = newInputs(f, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "x.lesson:3:") {
		t.Fatalf("newInputs = %v, want an error at x.lesson:3", err)
	}
}

func TestInputsSkipEchoedRestAndFinalPrompt(t *testing.T) {
	f, err := Parse("x.lesson", []byte("1> 1. 2.\n1\n2> 2.\n2\n3> X =\n3> 4.\n4\n4>\n"))
	if err != nil {
		t.Fatal(err)
	}
	in, err := newInputs(f, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var typed []string
	for {
		l, err := in.NextLine()
		if err != nil {
			break
		}
		typed = append(typed, l)
	}
	if strings.Join(typed, "|") != "1. 2.|X =|4." {
		t.Errorf("typed lines %q", typed)
	}
}

func TestCompareReportsFirstDifference(t *testing.T) {
	f, _ := Parse("x.lesson", []byte("# c\n1> a.\na\n2>\n"))
	if d := compare(f, []string{"1> a.", "a", "2> "}); d != nil {
		t.Errorf("trailing spaces should not matter: %v", d)
	}
	d := compare(f, []string{"1> a.", "b", "2>"})
	if d == nil || d.Line != 3 || d.Have != "b" || d.Want != "a" {
		t.Errorf("compare = %+v, want line 3 have b want a", d)
	}
}

// A directory argument stands for its *.lesson files in name order; other
// files in it are not lessons.
func TestExpandDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.lesson", "a.lesson", "README.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Expand([]string{dir, filepath.Join(dir, "README.md")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.lesson"), filepath.Join(dir, "b.lesson"), filepath.Join(dir, "README.md")}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Expand = %q, want %q", got, want)
	}
	if _, err := Expand([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("Expand of a missing path: no error")
	}
}
