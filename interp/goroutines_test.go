package interp

import (
	"strings"
	"testing"
)

// TestRewriteGoStatements pins how go statements become erl.Go calls:
// what has an effect or a changing value is evaluated first, in place
// (the statement starts at column 40).
func TestRewriteGoStatements(t *testing.T) {
	tests := []struct{ stmt, want string }{
		{"go func() { x++ }()", "__erl.Go(/*line t.go:4:43*/func() {__erl.Check();/*line t.go:4:51*/ x++ })/*line t.go:4:59*/"},
		{"go g(1, N, nil)", "__erl.Go(func(){/*line t.go:4:43*/g(1, N, nil)})/*line t.go:4:55*/"},
		{"go g(x, N, h(x))", "{__erlg0, __erlg1 := /*line t.go:4:45*/x, /*line t.go:4:51*/h(x); __erl.Go(func(){ g(__erlg0, N, __erlg1) })}/*line t.go:4:56*/"},
		{"go f(x)", "{__erlg0, __erlg1 := /*line t.go:4:43*/f, /*line t.go:4:45*/x; __erl.Go(func(){ __erlg0(__erlg1) })}/*line t.go:4:47*/"},
		{"go g(xs...)", "{__erlg0 := /*line t.go:4:45*/xs; __erl.Go(func(){ g(__erlg0...) })}/*line t.go:4:51*/"},
	}
	for _, tt := range tests {
		src := "package t\n\nconst N = 2\nfunc F(x int, xs []int, f func(int)) { " + tt.stmt + " }\nfunc g(...int) {}\nfunc h(int) int { return 0 }\n"
		src = strings.Replace(src, "func g(...int)", "func g(a ...interface{})", 1)
		c, diags := check(Source{Module: "t", File: "t.go", Text: []byte(src)})
		if diags != nil {
			t.Fatal(diags)
		}
		got := string(rewrite(c.fset, c.file, []byte(src), "t.go"))
		line := strings.Split(got, "\n")[3]
		body := line[strings.Index(line, "/*line t.go:4:")+len("/*line t.go:4:38*/ "):]
		body = strings.TrimSuffix(body, " }")
		if body != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.stmt, body, tt.want)
		}
	}
}
