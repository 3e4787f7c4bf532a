package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"goerl/examples"
	"goerl/lesson"
)

var update = flag.Bool("update", false, "rewrite the expected output of lessons in testdata/lessons/")

// TestLessons replays every lesson transcript in testdata/lessons/ through the
// same path a pipe takes and compares it line by line.
func TestLessons(t *testing.T) {
	files, err := filepath.Glob("testdata/lessons/*.lesson")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no lessons in testdata/lessons/")
	}
	for _, file := range files {
		file := file
		t.Run(strings.TrimSuffix(filepath.Base(file), ".lesson"), func(t *testing.T) {
			t.Parallel()
			res, err := lesson.CheckFile(file, lesson.Options{Update: *update, Modules: examples.Modules()})
			if err != nil {
				t.Fatal(err)
			}
			if res.Diff != nil {
				t.Errorf("%s\n(run go test -run TestLessons -update . and read the diff)", res.Diff)
			}
		})
	}
}

// TestCheckUpdate checks that -update repairs a wrong transcript, touches
// only output lines, and that a second update changes nothing.
func TestCheckUpdate(t *testing.T) {
	src := "1> 1 + 1.\n3\n2> X = 5, X * 2.\nwrong\n3>\n-- t.go --\npackage t\n"
	path := filepath.Join(t.TempDir(), "x.lesson")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"check", path}, nil, &out, &errb); code != 1 {
		t.Fatalf("check of a wrong lesson: exit %d, want 1; out %q err %q", code, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "x.lesson:") {
		t.Errorf("check output does not name the file:line: %q", out.String())
	}
	if code := run([]string{"check", "-update", path}, nil, &out, &errb); code != 0 {
		t.Fatalf("update: exit %d: %s", code, errb.String())
	}
	first, _ := os.ReadFile(path)
	if !strings.Contains(string(first), "1> 1 + 1.\n2\n") || !strings.Contains(string(first), "\n10\n") {
		t.Errorf("updated lesson has wrong output:\n%s", first)
	}
	if !strings.HasSuffix(string(first), "-- t.go --\npackage t\n") {
		t.Errorf("update changed the module section:\n%s", first)
	}
	if code := run([]string{"check", "-update", path}, nil, &out, &errb); code != 0 {
		t.Fatalf("second update: exit %d", code)
	}
	second, _ := os.ReadFile(path)
	if !bytes.Equal(first, second) {
		t.Errorf("second update changed the file:\n%s\n---\n%s", first, second)
	}
}

// TestPipedSession drives the whole program as `goerl < input` does.
func TestPipedSession(t *testing.T) {
	in := strings.NewReader("X = 1 + 1.\nX * 3.\n")
	var out, errb bytes.Buffer
	code := run(nil, in, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	want := "1> X = 1 + 1.\n2\n2> X * 3.\n6\n3> \n"
	if !strings.HasSuffix(out.String(), want) {
		t.Errorf("output:\n%s\nwant it to end with:\n%s", out.String(), want)
	}
}

// BenchmarkStartToFirstPrompt is goerl's start-up: runtime, code server,
// evaluator process, banner and first prompt (target ≤ 30 ms; erl takes
// 0.31 s).
func BenchmarkStartToFirstPrompt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		if code := run(nil, strings.NewReader(""), &out, &out); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkSeedLesson replays the whole seed session (compile, spawn, two
// reloads, the kill, flush).
func BenchmarkSeedLesson(b *testing.B) {
	for i := 0; i < b.N; i++ {
		res, err := lesson.CheckFile("testdata/lessons/seed.lesson", lesson.Options{Modules: examples.Modules()})
		if err != nil || res.Diff != nil {
			b.Fatalf("%v %v", err, res.Diff)
		}
	}
}

// TestReadmeSession keeps the session shown in README.md true: its inputs
// are replayed and the output must read as the README says.
func TestReadmeSession(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "```\n1> c(t).")
	if start < 0 {
		t.Fatal("README.md has no session starting with 1> c(t).")
	}
	block := text[start+4:]
	block = block[:strings.Index(block, "```")]
	var inputs []string
	for _, line := range strings.Split(block, "\n") {
		if i := strings.Index(line, "> "); i > 0 && strings.Trim(line[:i], "0123456789") == "" {
			inputs = append(inputs, line[i+2:])
		}
	}
	var out, errb bytes.Buffer
	if code := run(nil, strings.NewReader(strings.Join(inputs, "\n")+"\n"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), block) {
		t.Errorf("README session differs from goerl's output:\n%s\nREADME says:\n%s", out.String(), block)
	}
}
