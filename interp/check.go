package interp

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// checked is a module that passed Check: its AST and what Load needs.
type checked struct {
	fset    *token.FileSet
	file    *ast.File
	imports []string // import paths, without "erl"
}

// Check checks a module's source without running it: Go syntax, the
// package name against the module name, the import allowlist, and the
// language features yaegi v0.16.1 mishandles (some of which would
// otherwise panic the host while compiling). Type errors are left to
// yaegi, in Load. The result is nil when nothing is wrong.
func Check(src Source) []Diagnostic {
	_, diags := check(src)
	return diags
}

func check(src Source) (*checked, []Diagnostic) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, src.File, src.Text, parser.DeclarationErrors|parser.ParseComments)
	if err != nil {
		return nil, syntaxDiagnostics(src, err)
	}
	c := &checked{fset: fset, file: f}
	d := &diagnoser{src: src, fset: fset}
	if f.Name.Name != src.Module {
		d.errorf(f.Name.Pos(), "package name '%s' does not match file name '%s'", f.Name.Name, src.Module)
	}
	c.imports = d.checkImports(f)
	d.checkReserved(f)
	d.checkSyntaxFeatures(f)
	d.checkDeniedSymbols(f)
	if len(d.diags) > 0 {
		sort.SliceStable(d.diags, func(i, j int) bool {
			a, b := d.diags[i], d.diags[j]
			return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
		})
		return nil, d.diags
	}
	return c, nil
}

// syntaxDiagnostics turns go/parser's errors into diagnostics, keeping
// its messages (`t.go:3:17: expected operand, found '}'`).
func syntaxDiagnostics(src Source, err error) []Diagnostic {
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return []Diagnostic{{File: src.File, Msg: err.Error()}}
	}
	diags := make([]Diagnostic, 0, len(list))
	for _, e := range list {
		diags = append(diags, Diagnostic{
			File: src.File, Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg,
			SourceLine: sourceLine(src.Text, e.Pos.Line),
		})
	}
	return diags
}

// diagnoser accumulates diagnostics for one source.
type diagnoser struct {
	src   Source
	fset  *token.FileSet
	diags []Diagnostic
}

func (d *diagnoser) errorf(pos token.Pos, format string, args ...any) {
	p := d.fset.Position(pos)
	d.diags = append(d.diags, Diagnostic{
		File: d.src.File, Line: p.Line, Col: p.Column, Msg: fmt.Sprintf(format, args...),
		SourceLine: sourceLine(d.src.Text, p.Line),
	})
}

func (d *diagnoser) checkImports(f *ast.File) []string {
	var paths []string
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue // the parser has already accepted it
		}
		switch {
		case p == "erl":
			continue
		case newerStd[p]:
			d.errorf(spec.Path.Pos(), "package %s is not supported: goerl runs Go 1.22's standard library", p)
		case !allowedStd[p]:
			d.errorf(spec.Path.Pos(), "package %s is not allowed in goerl modules (allowed: erl and %s)", p, allowedList())
		default:
			paths = append(paths, p)
		}
	}
	return paths
}

func allowedList() string {
	names := make([]string, 0, len(allowedStd))
	for p := range allowedStd {
		names = append(names, p)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// checkReserved rejects identifiers that could collide with the rewrite's.
func (d *diagnoser) checkReserved(f *ast.File) {
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && strings.HasPrefix(id.Name, reservedPrefix) {
			d.errorf(id.Pos(), "identifier %s is reserved: names starting with %s belong to goerl", id.Name, reservedPrefix)
		}
		return true
	})
}

// checkSyntaxFeatures rejects what is visible without types.
func (d *diagnoser) checkSyntaxFeatures(f *ast.File) {
	for _, c := range f.Comments {
		for _, cm := range c.List {
			if strings.HasPrefix(cm.Text, "//line ") || strings.HasPrefix(cm.Text, "/*line ") {
				d.errorf(cm.Pos(), "line directives are not allowed in goerl modules")
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok && ts.Assign.IsValid() && ts.TypeParams != nil {
			d.errorf(ts.Name.Pos(), "generic type alias %s is not supported (goerl's interpreter speaks Go 1.21)", ts.Name.Name)
		}
		return true
	})
}

// checkDeniedSymbols rejects blocking symbols of allowed packages.
func (d *diagnoser) checkDeniedSymbols(f *ast.File) {
	local := map[string]string{} // local package name -> import path
	for _, spec := range f.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || deniedSymbols[p] == nil {
			continue
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if spec.Name != nil {
			name = spec.Name.Name
		}
		local[name] = p
	}
	if len(local) == 0 {
		return
	}
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); ok && x.Obj == nil {
			if instead, denied := deniedSymbols[local[x.Name]][sel.Sel.Name]; denied {
				d.errorf(sel.Pos(), "%s.%s is not allowed: it blocks where no kill can reach; use %s", x.Name, sel.Sel.Name, instead)
			}
		}
		return true
	})
}

// sourceLine returns line n (1-based) of text, without its newline.
func sourceLine(text []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(text, '\n')
		if j < 0 {
			return ""
		}
		text = text[j+1:]
	}
	if j := bytes.IndexByte(text, '\n'); j >= 0 {
		text = text[:j]
	}
	return string(bytes.TrimSuffix(text, []byte("\r")))
}
