package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// The rewrite makes every process killable and every recursion guarded
// without forking yaegi (notes/killability.md): it inserts a call to
// erl.Check at the entry of every function body and function literal, a
// sampled countdown that calls it in every loop body, and a call before
// every goto (a backward goto is a loop). Text is inserted at byte
// offsets of the original source, never reprinted, and each insertion is
// followed by a /*line file:L:C*/ directive that gives the next original
// character its original position, so yaegi's compile errors and panic
// lines still point into the user's file.
//
// Other passes share the walk: go statements become erl.Go calls, so
// goroutines belong to their process (goroutines.go); make, growing
// appends, string concatenations and math/big's Exp and Lsh are checked
// against the memory and host-work budgets (budget.go).
const (
	// erlAlias is the name under which the rewrite imports package erl.
	// Identifiers with the reservedPrefix are rejected by Check, so user
	// code can neither shadow it nor collide with the countdown variable.
	erlAlias       = "__erl"
	reservedPrefix = "__erl"
	countdownVar   = "__erlc"
	// termAlias stands for erl.Term in the rewritten source: yaegi v0.16.1
	// loses values returned into an imported interface type (`func F(z
	// int) erl.Term { return z + 1 }` returns nil), but handles its own
	// interface{} well. erl.Term is an alias of interface{}, so the
	// replacement changes no meaning, and it has erl.Term's length.
	termAlias = "__erlAny"
	// checkPeriod is how many loop iterations pass between two checks:
	// the countdown costs ~17 ns per iteration against ~80 ns for a full
	// host call, and 1024 iterations still take well under a millisecond.
	checkPeriod = 1024
)

// insertion is text to insert before the byte at offset, replacing the
// skip bytes that start there.
type insertion struct {
	offset int
	text   string
	skip   int
}

// rewriter collects the insertions for one parsed file.
type rewriter struct {
	fset     *token.FileSet
	file     *token.File
	fileName string // the name written in line directives
	src      []byte
	inserts  []insertion
	// importsBig and ownMethods serve bigCall (budget.go).
	importsBig bool
	ownMethods map[string]bool
	// prechecked are makes checked before their statement (budget.go).
	prechecked map[*ast.CallExpr]bool
	typed      *typed       // the module's types, for lower_go122.go; may be nil
	diags      []Diagnostic // what a rewrite could not do
}

// rewrite returns src with kill checks inserted. f must have been parsed
// from src with fset; fileName must be the name yaegi parses the result
// under, because yaegi keys file-scoped imports by the directive's name.
func rewrite(fset *token.FileSet, f *ast.File, src []byte, fileName string) []byte {
	out, _ := rewriteTyped(fset, f, src, fileName, nil)
	return out
}

// rewriteTyped is rewrite plus the lowerings that need the module's
// types (lower_go122.go), when ty is not nil; their diagnostics name
// what cannot be lowered.
func rewriteTyped(fset *token.FileSet, f *ast.File, src []byte, fileName string, ty *typed) ([]byte, []Diagnostic) {
	r := &rewriter{fset: fset, file: fset.File(f.Package), fileName: fileName, src: src, typed: ty}
	r.noteFile(f)
	// The import goes on the package clause's line so that no line moves.
	// The alias must follow every import: after the last import
	// declaration, on its line, or with our import when there is none.
	alias := fmt.Sprintf("type %s = interface{};", termAlias)
	var lastImport *ast.GenDecl
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			lastImport = g
		}
	}
	if lastImport == nil {
		r.insertAt(f.Name.End(), fmt.Sprintf(";import %s %q;%s", erlAlias, "erl", alias))
	} else {
		r.insertAt(f.Name.End(), fmt.Sprintf(";import %s %q;", erlAlias, "erl"))
		r.insertAt(lastImport.End(), ";"+alias)
	}
	if name := erlImportName(f); name != "" {
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Term" {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == name {
					r.replace(sel.Pos(), sel.End(), termAlias)
				}
			}
			return true
		})
	}
	r.perIterationLoopVars(f)
	r.lowerGo122(f)
	for _, decl := range f.Decls {
		ast.Inspect(decl, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body != nil {
					r.tailCalls(n) // before function: its entry check goes inside the loop
					r.function(n.Body)
				}
				return false
			case *ast.FuncLit: // in package-level var initialisers
				r.function(n.Body)
				return false
			case *ast.CallExpr:
				if isBuiltin(n.Fun, "make") {
					r.makeCall(n)
				}
			}
			return true
		})
	}
	return r.apply(src), r.diags
}

// erlImportName is the name the file imports package erl under, "" if
// it does not import it by name.
func erlImportName(f *ast.File) string {
	for _, imp := range f.Imports {
		if imp.Path.Value != `"erl"` {
			continue
		}
		if imp.Name == nil {
			return "erl"
		}
		if imp.Name.Name != "_" && imp.Name.Name != "." {
			return imp.Name.Name
		}
	}
	return ""
}

// function instruments one function body, then the loops, gotos and
// nested function literals it contains. Each function gets its own
// countdown variable so that nothing is shared between goroutines.
func (r *rewriter) function(body *ast.BlockStmt) {
	entry := erlAlias + ".Check();"
	if containsLoop(body) {
		entry += fmt.Sprintf("%s := %d;", countdownVar, checkPeriod)
	}
	// Registered before the body's own insertions so that, at equal
	// offsets (`{goto L}`), the entry check comes first.
	r.insertAt(body.Lbrace+1, entry)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			r.function(n.Body)
			return false
		case *ast.ForStmt:
			r.loopBody(n.Body)
		case *ast.RangeStmt:
			r.loopBody(n.Body)
		case *ast.ReturnStmt:
			r.parenthesizeBools(n)
		case *ast.GoStmt:
			r.goStmt(n)
		case *ast.SwitchStmt:
			r.lowerSwitch(n)
		case *ast.CallExpr:
			if isBuiltin(n.Fun, "make") {
				r.makeCall(n)
			}
			r.bigCall(n)
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			r.appendChecks(statementLists(n))
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				// A goto is always a statement of a statement list (or
				// of a labeled statement), so a call can precede it.
				r.insertAt(n.Pos(), erlAlias+".Check();")
			}
		}
		return true
	})
}

// parenthesizeBools wraps returned comparisons and negations in
// parentheses: yaegi v0.16.1 panics ("SetBool on interface Value") when a
// function returning an interface (erl.Term) returns `a == b` or `!ok`
// directly, but not `(a == b)`. Parentheses keep the expression's type.
func (r *rewriter) parenthesizeBools(ret *ast.ReturnStmt) {
	for _, e := range ret.Results {
		if isBoolOp(e) {
			r.insertAt(e.Pos(), "(")
			r.insertAt(e.End(), ")")
		}
	}
}

func isBoolOp(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return true
		}
	case *ast.UnaryExpr:
		return e.Op == token.NOT
	}
	return false
}

func (r *rewriter) loopBody(body *ast.BlockStmt) {
	r.insertAt(body.Lbrace+1, fmt.Sprintf("%[1]s--;if %[1]s==0{%[1]s=%[2]d;%[3]s.Check()};",
		countdownVar, checkPeriod, erlAlias))
}

// containsLoop reports whether body has a for or range statement of its
// own, not counting those inside nested function literals.
func containsLoop(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			found = true
		}
		return !found
	})
	return found
}

// insertAt inserts text before pos, followed by a directive restoring
// pos's own line and column.
func (r *rewriter) insertAt(pos token.Pos, text string) {
	p := r.fset.PositionFor(pos, true) // true: through monomorph.go's directives
	r.inserts = append(r.inserts, insertion{
		offset: r.file.Offset(pos),
		text:   fmt.Sprintf("%s/*line %s:%d:%d*/", text, r.fileName, p.Line, p.Column),
	})
}

// replace replaces the source from pos to end by text, followed by a
// directive restoring end's line and column.
func (r *rewriter) replace(pos, end token.Pos, text string) {
	p := r.fset.PositionFor(end, true)
	r.inserts = append(r.inserts, insertion{
		offset: r.file.Offset(pos),
		text:   fmt.Sprintf("%s/*line %s:%d:%d*/", text, r.fileName, p.Line, p.Column),
		skip:   r.file.Offset(end) - r.file.Offset(pos),
	})
}

func (r *rewriter) apply(src []byte) []byte {
	// At equal offsets, insertions go before a replacement that starts
	// there, which would otherwise skip past them.
	sort.SliceStable(r.inserts, func(i, j int) bool {
		a, b := r.inserts[i], r.inserts[j]
		return a.offset < b.offset || a.offset == b.offset && a.skip == 0 && b.skip != 0
	})
	var b strings.Builder
	b.Grow(len(src) + 64*len(r.inserts))
	last := 0
	for _, ins := range r.inserts {
		b.Write(src[last:ins.offset])
		b.WriteString(ins.text)
		last = ins.offset + ins.skip
	}
	b.Write(src[last:])
	return []byte(b.String())
}
