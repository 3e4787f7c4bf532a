package interp

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"goerl/term"
)

// The differential Go conformance suite (issue 5): every program in
// testdata/conformance is built with the real Go toolchain and run
// through goerl, and the two outputs must be equal. A program is a
// module-style file NAME.go, package NAME, with an exported func Main
// that prints with fmt. What a program prints, and the first line of a
// panic that escapes Main, is its outcome.

const conformanceDir = "testdata/conformance"

// conformanceTimeout bounds one program's run through goerl: a program
// that deadlocks or loops under the interpreter fails instead of hanging
// the test.
const conformanceTimeout = 10 * time.Second

// TestGoConformance runs the suite. Programs listed in KNOWN_FAILURES
// may fail (logged); a listed program that passes fails the test, so the
// list stays true.
func TestGoConformance(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH: the conformance suite needs the real toolchain")
	}
	progs := conformancePrograms(t)
	known := readKnownFailures(t, progs)
	bin := buildConformance(t, goTool, progs)

	var mu sync.Mutex
	var passed, knownFailed []string
	t.Run("prog", func(t *testing.T) {
		for _, p := range progs {
			t.Run(p.name, func(t *testing.T) {
				t.Parallel()
				want := runNative(t, bin, p.name)
				have := runGoerl(p)
				diff := outcomeDiff(have, want)
				reason, isKnown := known[p.name]
				mu.Lock()
				defer mu.Unlock()
				switch {
				case diff == "" && isKnown:
					t.Errorf("%s matches go run now: remove it from KNOWN_FAILURES (listed as: %s)", p.name, reason)
				case diff == "":
					passed = append(passed, p.name)
				case isKnown:
					knownFailed = append(knownFailed, p.name)
					t.Logf("known failure (%s): %s", reason, diff)
				default:
					t.Errorf("goerl differs from go run: %s", diff)
				}
			})
		}
	})
	t.Logf("%d of %d programs match go run (%d known failures)", len(passed), len(progs), len(knownFailed))
}

// conformanceProgram is one program of the suite.
type conformanceProgram struct {
	name string // file name without .go, also the package name
	src  []byte
}

func conformancePrograms(t *testing.T) []conformanceProgram {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	pkgClause := regexp.MustCompile(`(?m)^package (\w+)`)
	var progs []conformanceProgram
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		if m := pkgClause.FindSubmatch(src); m == nil || string(m[1]) != name {
			t.Fatalf("%s: the package must be named %s, after the file", f, name)
		}
		progs = append(progs, conformanceProgram{name: name, src: src})
	}
	if len(progs) == 0 {
		t.Fatalf("no programs in %s", conformanceDir)
	}
	return progs
}

// readKnownFailures reads KNOWN_FAILURES: one program per line, its name
// and then the reason; blank lines and # comments are ignored.
func readKnownFailures(t *testing.T, progs []conformanceProgram) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(conformanceDir, "KNOWN_FAILURES"))
	if err != nil {
		t.Fatal(err)
	}
	exists := map[string]bool{}
	for _, p := range progs {
		exists[p.name] = true
	}
	known := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		reason = strings.TrimSpace(reason)
		switch {
		case !exists[name]:
			t.Errorf("KNOWN_FAILURES:%d: no program %s", n, name)
		case reason == "":
			t.Errorf("KNOWN_FAILURES:%d: %s has no reason", n, name)
		case known[name] != "":
			t.Errorf("KNOWN_FAILURES:%d: %s listed twice", n, name)
		}
		known[name] = reason
	}
	return known
}

// The stand-in for package erl the real toolchain builds against: the
// term types goerl's erl provides, as plain Go types of the same names.
const standInErl = `// Package erl stands in for goerl's erl in the conformance build.
package erl

type Term = any
type Atom string
type Tuple []Term
type List []Term
`

// buildConformance builds every program with the real toolchain in one
// go build: a module named erl (so that import "erl" is its root
// package, the stand-in), each program its own package under p/, and
// one main that runs the program named by its argument.
func buildConformance(t *testing.T, goTool string, progs []conformanceProgram) string {
	t.Helper()
	dir := t.TempDir()
	write := func(rel string, data []byte) {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", []byte("module erl\n\ngo 1.26\n"))
	write("erl.go", []byte(standInErl))
	var main strings.Builder
	main.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n")
	for _, p := range progs {
		write(filepath.Join("p", p.name, p.name+".go"), p.src)
		fmt.Fprintf(&main, "\t%s %q\n", p.name, "erl/p/"+p.name)
	}
	main.WriteString(")\n\nvar programs = map[string]func(){\n")
	for _, p := range progs {
		fmt.Fprintf(&main, "\t%q: %s.Main,\n", p.name, p.name)
	}
	main.WriteString("}\n\nfunc main() {\n\tf, ok := programs[os.Args[1]]\n\tif !ok {\n\t\tfmt.Fprintln(os.Stderr, \"no program\", os.Args[1])\n\t\tos.Exit(3)\n\t}\n\tf()\n}\n")
	write(filepath.Join("cmd", "conformance", "main.go"), []byte(main.String()))

	bin := filepath.Join(dir, "conformance")
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/conformance")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the conformance programs: %v\n%s", err, out)
	}
	return bin
}

// outcome is what a program did: its standard output and, if a panic
// escaped Main, the panic's first line as Go prints it ("panic: ...").
type outcome struct {
	stdout string
	panic  string
}

func (o outcome) String() string {
	if o.panic == "" {
		return o.stdout
	}
	return o.stdout + "[" + o.panic + "]\n"
}

func runNative(t *testing.T, bin, name string) outcome {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, name)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	o := outcome{stdout: stdout.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && exit.ExitCode() == 2 && strings.HasPrefix(stderr.String(), "panic: "):
		first, _, _ := strings.Cut(stderr.String(), "\n")
		o.panic = strings.TrimSuffix(first, " [recovered]")
	default:
		t.Fatalf("the go-built %s: %v\n%s", name, err, stderr.String())
	}
	return o
}

// lockedBuffer is a Stdout safe for goroutines of the program.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// conformanceErl is package erl for the goerl side: the fake's Check
// and the same term types the stand-in offers the real build.
func conformanceErl() map[string]reflect.Value {
	syms := newFakeErl().symbols()
	syms["Term"] = reflect.ValueOf((*term.Term)(nil))
	syms["Atom"] = reflect.ValueOf((*term.Atom)(nil))
	syms["Tuple"] = reflect.ValueOf((*term.Tuple)(nil))
	syms["List"] = reflect.ValueOf((*term.List)(nil))
	return syms
}

// runGoerl loads the program as module NAME and calls its Main on a
// goroutine of its own, as a process would.
func runGoerl(p conformanceProgram) outcome {
	var stdout lockedBuffer
	v, diags, err := Load(Source{Module: p.name, File: p.name + ".go", Text: p.src}, Options{Erl: conformanceErl(), Stdout: &stdout})
	switch {
	case err != nil:
		return outcome{stdout: "goerl: " + err.Error() + "\n"}
	case diags != nil:
		var b strings.Builder
		for _, d := range diags {
			b.WriteString("goerl compile: " + d.String() + "\n")
		}
		return outcome{stdout: b.String()}
	}
	defer v.Stop()
	main, ok := v.Func("Main")
	if !ok || main.Type.NumIn() != 0 {
		return outcome{stdout: "goerl: no func Main()\n"}
	}
	done := make(chan string, 1)
	go func() {
		panicked := true
		defer func() {
			if panicked {
				done <- "panic: " + goPanicText(recover())
			}
		}()
		main.Value.Call(nil)
		panicked = false
		done <- ""
	}()
	ctx, cancel := context.WithTimeout(context.Background(), conformanceTimeout)
	defer cancel()
	select {
	case pan := <-done:
		return outcome{stdout: stdout.String(), panic: pan}
	case <-ctx.Done():
		return outcome{stdout: stdout.String(), panic: fmt.Sprintf("goerl: Main still running after %v", conformanceTimeout)}
	}
}

// yaegiErrorPosition is the "file:line:col: " prefix yaegi gives the errors it
// raises itself; Go's message has none.
var yaegiErrorPosition = regexp.MustCompile(`^[\w.]+:\d+:\d+: `)

// goPanicText is the text Go's runtime prints after "panic: " for a
// recovered value: an error's Error(), a Stringer's String(), a plain
// value's %v, and for a value of a named non-error type Go's
// "main.T(v)" form is approximated by %v in parentheses after %T.
func goPanicText(r any) string {
	if rv, ok := r.(reflect.Value); ok {
		if !rv.IsValid() || !rv.CanInterface() {
			return fmt.Sprintf("%v", r)
		}
		r = rv.Interface()
	}
	switch x := r.(type) {
	case nil:
		return "panic called with nil argument (use runtime.PanicNilError)"
	case runtime.Error:
		return x.Error()
	case error:
		return yaegiErrorPosition.ReplaceAllString(x.Error(), "")
	case fmt.Stringer:
		return x.String()
	case string:
		return x
	}
	return printPanicValue(r)
}

// printPanicValue prints a non-error, non-Stringer panic value as Go's
// printpanicval does: basic kinds as themselves (named ones wrapped as
// T(v)), anything else as (T) followed by an address, which no
// program's output can match.
func printPanicValue(r any) string {
	rv := reflect.ValueOf(r)
	var s string
	switch rv.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s = fmt.Sprint(r)
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		s = fmt.Sprintf("%e", r)
	case reflect.String:
		s = fmt.Sprintf("%q", r)
	default:
		return fmt.Sprintf("(%T) %p", r, &r)
	}
	if rv.Type().PkgPath() != "" || rv.Type().Name() != rv.Kind().String() {
		return fmt.Sprintf("%s(%s)", rv.Type(), s)
	}
	return s
}

// outcomeDiff describes the first difference between have (goerl) and
// want (go run), or is empty.
func outcomeDiff(have, want outcome) string {
	if have == want {
		return ""
	}
	h, w := strings.Split(have.String(), "\n"), strings.Split(want.String(), "\n")
	for i := 0; i < len(h) || i < len(w); i++ {
		var hl, wl string
		if i < len(h) {
			hl = h[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if hl != wl {
			return fmt.Sprintf("line %d:\n  goerl:  %q\n  go run: %q\ngoerl's whole output:\n%s\ngo run's:\n%s", i+1, hl, wl, have, want)
		}
	}
	return fmt.Sprintf("outputs differ:\n%s\nvs\n%s", have, want)
}
