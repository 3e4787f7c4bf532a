package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// allowedImports is the dependency direction of ARCHITECTURE.md: each package
// may import only the goerl packages below it and the third-party
// packages listed for it. The standard library is always allowed.
var allowedImports = map[string][]string{
	"term":       {},
	"process":    {"goerl/term", "goerl/events", "github.com/petermattis/goid"},
	"syntax":     {"goerl/term"},
	"eval":       {"goerl/term", "goerl/process", "goerl/syntax", "goerl/exception"},
	"erl":        {"goerl/term", "goerl/process"},
	"exception":  {"goerl/term"},
	"events":     {"goerl/term"},
	"observer":   {"goerl/term", "goerl/process", "goerl/events"},
	"interp":     {"goerl/term", "goerl/process", "github.com/traefik/yaegi"},
	"codeserver": {"goerl/term", "goerl/events", "goerl/process", "goerl/erl", "goerl/interp"},
	"builtins":   {"goerl/term", "goerl/process", "goerl/exception", "goerl/codeserver", "golang.org/x/text"},
	"node":       {"goerl/term", "goerl/events", "goerl/process", "goerl/codeserver", "goerl/builtins"},
	"terminal":   {"goerl/term", "goerl/node", "github.com/chzyer/readline", "github.com/fatih/color", "golang.org/x/term"},
	"shell":      {"goerl/term", "goerl/process", "goerl/syntax", "goerl/eval", "goerl/exception", "goerl/node", "goerl/terminal"},
	"lesson":     {"goerl/shell", "goerl/node"},
	"examples":   {},
	"bench":      {}, // only its tests import goerl (the shell, a node)
}

// TestImportDirection keeps the package graph one-way: a package that
// reaches up (process importing interp, say) or pulls yaegi or readline
// into the wrong layer fails here.
func TestImportDirection(t *testing.T) {
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, d := range dirs {
		if !d.IsDir() || strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "third_party" {
			// third_party holds other modules (the patched yaegi), not goerl packages.
			continue
		}
		allowed, known := allowedImports[d.Name()]
		if !known {
			t.Errorf("package %s is not in allowedImports: add it with its place in the graph", d.Name())
			continue
		}
		seen++
		for _, imp := range packageImports(t, d.Name()) {
			if !isAllowed(imp, allowed) {
				t.Errorf("%s imports %s, which is not below it (allowed: %v)", d.Name(), imp, allowed)
			}
		}
	}
	if seen < 8 {
		t.Errorf("checked only %d packages", seen)
	}
}

func isAllowed(imp string, allowed []string) bool {
	first := strings.SplitN(imp, "/", 2)[0]
	if !strings.Contains(first, ".") && first != "goerl" {
		return true // standard library
	}
	for _, a := range allowed {
		if imp == a || strings.HasPrefix(imp, a+"/") {
			return true
		}
	}
	return false
}

// packageImports lists the imports of a directory's non-test Go files.
func packageImports(t *testing.T, dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	set := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			set[strings.Trim(imp.Path.Value, `"`)] = true
		}
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
