package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestExamplesStayOutOfGoPackages: `goerl examples` typed inside a Go
// module (as in `go run . examples` in this repository) must leave the
// module's go vet green, and a DIR inside a package is refused.
func TestExamplesStayOutOfGoPackages(t *testing.T) {
	mod := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module scratch\n\ngo 1.21\n")
	write("main.go", "package main\n\nfunc main() {}\n")
	t.Chdir(mod)
	cases := []struct {
		args  []string
		code  int
		wrote string // a file that must exist afterwards ("" for none)
	}{
		{[]string{"examples"}, 0, "goerl-examples/t.go"},
		{[]string{"examples"}, 1, ""}, // already there: not overwritten
		{[]string{"examples", "."}, 1, ""},
		{[]string{"examples", "sub/dir"}, 1, ""},
		{[]string{"examples", "_mine"}, 0, "_mine/m.go"},
		{[]string{"examples", "testdata/x"}, 0, "testdata/x/t.go"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if code := run(c.args, nil, &out, &errb); code != c.code {
			t.Errorf("goerl %v: exit %d, want %d\n%s%s", c.args, code, c.code, out.String(), errb.String())
		}
		if c.wrote != "" {
			if _, err := os.Stat(c.wrote); err != nil {
				t.Errorf("goerl %v: %v", c.args, err)
			}
		}
	}
	for _, stray := range []string{"t.go", "sub"} {
		if _, err := os.Stat(stray); err == nil {
			t.Errorf("%s was written into the module's package", stray)
		}
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("go vet ./... after goerl examples: %v\n%s", err, out)
	}
}

// TestExamplesOutsideAModule writes the default folder without a go.mod.
func TestExamplesOutsideAModule(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	if code := run([]string{"examples"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "goerl-examples", "go.mod")); err == nil {
		t.Error("a go.mod was written outside any module")
	}
	if _, err := os.Stat(filepath.Join(dir, "goerl-examples", "t.go")); err != nil {
		t.Error(err)
	}
}
