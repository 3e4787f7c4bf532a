package interp

import (
	"strings"
	"testing"
)

// TestDiagnostics loads broken modules and compares the first diagnostic
// as Go tools print it. Errors yaegi finds on lines where the rewrite
// inserted text must keep the user's column.
func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name, module, text string
		want               string
	}{
		{"syntax error keeps go/parser's message", "t",
			"package t\n\nfunc F() int { return 1 + }\n",
			"t.go:3:27: expected operand, found '}'"},
		{"syntax error at the brief's position", "t",
			"package t\n\nfunc f() int { x := }\n",
			"t.go:3:21: expected operand, found '}'"},
		{"undefined name after an inserted check keeps its column", "t",
			"package t\n\nfunc F() int {\n\treturn 1\n}\nfunc G() int { for { return y } }\n",
			"t.go:6:29: undefined: y"},
		{"undefined name on its own line", "t",
			"package t\n\nfunc F() int {\n\treturn y\n}\n",
			"t.go:4:9: undefined: y"},
		{"type error inside a loop", "t",
			"package t\n\nfunc F() int { s := 0; for i := 0; i < 3; i++ { s += \"x\" }; return s }\n",
			"t.go:3:"},
		{"package name differs from the module", "t",
			"package foo\n\nfunc F() {}\n",
			"t.go:1:9: package name 'foo' does not match file name 't'"},
		{"defer in a range-over-func body", "t",
			"package t\n\nfunc F(seq func(func(int) bool)) {\n\tfor x := range seq {\n\t\tdefer println(x)\n\t}\n}\n",
			"t.go:5:3: defer in the body of a range-over-func loop is not supported"},
		{"goto out of a range-over-func body", "t",
			"package t\n\nfunc F(seq func(func(int) bool)) {\n\tfor x := range seq {\n\t\tif x > 0 {\n\t\t\tgoto out\n\t\t}\n\t}\nout:\n}\n",
			"t.go:6:4: goto out of a range-over-func loop is not supported"},
		{"generic type alias", "t",
			"package t\n\ntype L[T any] = []T\n",
			"t.go:3:6: generic type alias L is not supported"},
		{"reserved identifier", "t",
			"package t\n\nfunc F() int { __erlc := 1; return __erlc }\n",
			"t.go:3:16: identifier __erlc is reserved"},
		{"iter is too new", "t",
			"package t\n\nimport \"iter\"\n\nvar _ iter.Seq[int]\n",
			"t.go:3:8: package iter is not supported: goerl runs Go 1.22's standard library"},
		{"os is not allowed", "t",
			"package t\n\nimport \"os\"\n\nfunc F() { os.Exit(1) }\n",
			"t.go:3:8: package os is not allowed in goerl modules (allowed: erl and bytes,"},
		{"time.Sleep blocks unkillably", "t",
			"package t\n\nimport \"time\"\n\nfunc F() { time.Sleep(time.Second) }\n",
			"t.go:5:12: time.Sleep is not allowed: it blocks where no kill can reach; use erl.Sleep"},
		{"line directives would break positions", "t",
			"package t\n\n//line x.go:1\nfunc F() {}\n",
			"t.go:3:1: line directives are not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := Source{Module: tt.module, File: tt.module + ".go", Text: []byte(tt.text)}
			v, diags, err := Load(src, Options{Erl: newFakeErl().symbols()})
			if err != nil {
				t.Fatalf("Load: internal error %v", err)
			}
			if v != nil {
				v.Stop()
				t.Fatalf("Load succeeded, want diagnostic %q", tt.want)
			}
			if len(diags) == 0 || !strings.HasPrefix(diags[0].String(), tt.want) {
				t.Fatalf("Load diagnostics = %v, want first starting with %q", diags, tt.want)
			}
			if diags[0].Line > 0 && diags[0].SourceLine != sourceLine(src.Text, diags[0].Line) {
				t.Errorf("SourceLine = %q, want line %d of the source", diags[0].SourceLine, diags[0].Line)
			}
		})
	}
}

// TestCheckAcceptsValidModules: things that look like the rejected
// features but are fine must not be reported.
func TestCheckAcceptsValidModules(t *testing.T) {
	for name, text := range map[string]string{
		"own min function":  "package t\n\nfunc min(a, b int) int { if a < b { return a }; return b }\nfunc F() int { return min(1, 2) }\n",
		"range over slice":  "package t\n\nfunc F(xs []int) (s int) { for _, x := range xs { s += x }; return }\n",
		"time.Now is fine":  "package t\n\nimport \"time\"\n\nfunc F() int64 { return time.Now().Unix() }\n",
		"aliased erl":       "package t\n\nimport e \"erl\"\n\nfunc F() any { return e.Receive() }\n",
		"non-generic alias": "package t\n\ntype L = []int\n",
	} {
		t.Run(name, func(t *testing.T) {
			if diags := Check(Source{Module: "t", File: "t.go", Text: []byte(text)}); diags != nil {
				t.Fatalf("Check = %v, want none", diags)
			}
		})
	}
}
