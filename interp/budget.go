package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Memory budgets reach module code through the rewrite: before the
// runtime allocates for module code, erl checks the allocation against
// the limits of process.Runtime.Alloc (one allocation, the node's heap),
// raising error:system_limit in the process that asked.
//
//   - make(T, n) becomes make(T, __erl.Grow((T)(nil), int(n))), and
//     make(T, n, c) checks c the same way: Grow returns its argument.
//   - An assignment whose right side appends to a variable or field,
//     `s = append(s, x, y)` or `s = append(s, xs...)`, is preceded by
//     `if cap(s)-len(s) < 2 {__erl.GrowAppend(s, 2)};`: the host is
//     called only when append is about to grow the array.
//   - strings.Repeat and bytes.Repeat check their result's size (see
//     stdExports).
//
//   - `s += t` and `s = s + t` on a variable declared as a string, with
//     variables, fields and literals as operands (see concatCheck).
//
// Not reached: other string concatenations (their operands' types are
// unknown to the rewrite), appends in other positions, strings.Builder and
// bytes.Buffer growth, conversions. They allocate in Go and count
// towards the heap the next check sees.

// makeCall checks the size argument of a call of the builtin make.
func (r *rewriter) makeCall(call *ast.CallExpr) {
	if len(call.Args) < 2 || isTypeParam(call.Args[0]) || r.prechecked[call] {
		return
	}
	size := call.Args[len(call.Args)-1]
	if lit, ok := size.(*ast.BasicLit); ok && lit.Kind == token.INT && len(lit.Value) < 7 {
		return // a small constant size (under a million) needs no check
	}
	r.insertAt(size.Pos(), fmt.Sprintf("%s.Grow((%s)(nil), int(", erlAlias, r.text(call.Args[0])))
	r.insertAt(size.End(), "))")
}

// makePrechecks checks, before a statement of a list, the makes in it
// whose size is a variable or field: `if int(n) >= 1<<16
// {__erl.Grow((T)(nil), int(n))};` calls the host only for big sizes
// (a host call costs more than a small make). Makes in loop headers
// and func literals are left to makeCall.
func (r *rewriter) makePrechecks(list []ast.Stmt) {
	for _, st := range list {
		var roots []ast.Node
		switch st := st.(type) {
		case *ast.AssignStmt, *ast.ExprStmt, *ast.DeclStmt, *ast.ReturnStmt, *ast.SendStmt:
			roots = []ast.Node{st}
		case *ast.IfStmt:
			if st.Init != nil {
				roots = append(roots, st.Init)
			}
			roots = append(roots, st.Cond)
		}
		for _, root := range roots {
			ast.Inspect(root, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit, *ast.BlockStmt:
					return false
				case *ast.CallExpr:
					if !isBuiltin(n.Fun, "make") || len(n.Args) < 2 || isTypeParam(n.Args[0]) {
						return true
					}
					size := n.Args[len(n.Args)-1]
					if !pure(size) {
						return true
					}
					if r.prechecked == nil {
						r.prechecked = map[*ast.CallExpr]bool{}
					}
					r.prechecked[n] = true
					sz := r.text(size)
					r.insertAt(st.Pos(), fmt.Sprintf("if int(%[1]s) >= %[2]d {%[3]s.Grow((%[4]s)(nil), int(%[1]s))};", sz, 1<<16, erlAlias, r.text(n.Args[0])))
				}
				return true
			})
		}
	}
}

// appendChecks checks the appends of the assignments in a statement list.
func (r *rewriter) appendChecks(list []ast.Stmt) {
	r.makePrechecks(list)
	for _, st := range list {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			continue
		}
		r.concatCheck(as)
		call, ok := as.Rhs[0].(*ast.CallExpr)
		if !ok || !isBuiltin(call.Fun, "append") || len(call.Args) < 2 || !pure(call.Args[0]) {
			continue
		}
		k := fmt.Sprint(len(call.Args) - 1)
		if call.Ellipsis.IsValid() {
			if !pure(call.Args[1]) {
				continue
			}
			k = "len(" + r.text(call.Args[1]) + ")"
		}
		s := r.text(call.Args[0])
		r.insertAt(as.Pos(), fmt.Sprintf("if cap(%[1]s)-len(%[1]s) < %[2]s {%[3]s.GrowAppend(%[1]s, %[2]s)};", s, k, erlAlias))
	}
}

// isBuiltin reports whether fun names the builtin name (not shadowed).
func isBuiltin(fun ast.Expr, name string) bool {
	id, ok := fun.(*ast.Ident)
	return ok && id.Name == name && id.Obj == nil
}

// pure reports whether e is a variable or a field path (a.b.c): reading
// it again has no effect and gives the same value.
func pure(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name != "_"
	case *ast.SelectorExpr:
		return pure(e.X)
	case *ast.ParenExpr:
		return pure(e.X)
	}
	return false
}

// isTypeParam reports whether t is the name of a type parameter, which
// nil cannot always be converted to.
func isTypeParam(t ast.Expr) bool {
	id, ok := t.(*ast.Ident)
	if !ok || id.Obj == nil {
		return false
	}
	_, isField := id.Obj.Decl.(*ast.Field)
	return isField && id.Obj.Kind == ast.Typ
}

// statementLists is the statement list of a block-like node, or nil.
func statementLists(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// bigMethods are the math/big methods whose arguments are checked (see
// erl.ExpArgs): name, number of arguments, the erl function.
var bigMethods = map[string]struct {
	args  int
	check string
}{
	"Exp": {3, "ExpArgs"},
	"Lsh": {2, "LshArgs"},
}

// bigCall checks the arguments of x.Exp(a, b, c) and x.Lsh(a, n) in a
// file that imports math/big and declares no method of that name: the
// call becomes x.Exp(__erl.ExpArgs(a, b, c)).
func (r *rewriter) bigCall(call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !r.importsBig || call.Ellipsis.IsValid() {
		return
	}
	m, ok := bigMethods[sel.Sel.Name]
	if !ok || len(call.Args) != m.args || r.ownMethods[sel.Sel.Name] {
		return
	}
	r.insertAt(call.Args[0].Pos(), erlAlias+"."+m.check+"(")
	r.insertAt(call.Args[len(call.Args)-1].End(), ")")
}

// noteFile records what bigCall needs to know about the file.
func (r *rewriter) noteFile(f *ast.File) {
	r.ownMethods = map[string]bool{}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"math/big"` {
			r.importsBig = true
		}
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
			r.ownMethods[fd.Name.Name] = true
		}
	}
}

// concatCheck checks `s += t` and `s = a + b + ...` where s is a variable
// declared as a string (`var s string`, `s := "..."`, a string
// parameter) and every operand is a variable, field or literal: before
// the statement, `if len(s)+len(t) >= 1<<20 {__erl.GrowString(...)};`.
// A loop doubling a string (s += s) thus stops at the budget instead of
// running the machine out of memory. Other concatenations are not
// reached: their operands' types are unknown to the rewrite.
func (r *rewriter) concatCheck(as *ast.AssignStmt) {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	lhs, ok := as.Lhs[0].(*ast.Ident)
	if !ok || !declaredString(lhs) {
		return
	}
	var operands []ast.Expr
	switch as.Tok {
	case token.ADD_ASSIGN:
		operands = append([]ast.Expr{lhs}, sumOperands(as.Rhs[0])...)
	case token.ASSIGN:
		operands = sumOperands(as.Rhs[0])
		if len(operands) < 2 {
			return
		}
	default:
		return
	}
	lens := make([]string, 0, len(operands))
	for _, e := range operands {
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			continue // a literal is small
		}
		if !pure(e) {
			return
		}
		lens = append(lens, "len("+r.text(e)+")")
	}
	if len(lens) == 0 {
		return
	}
	n := strings.Join(lens, "+")
	r.insertAt(as.Pos(), fmt.Sprintf("if %[1]s >= %[2]d {%[3]s.GrowString(%[1]s)};", n, 1<<20, erlAlias))
}

// sumOperands flattens a + b + c (parentheses included) into its
// operands; any other expression is its own single operand.
func sumOperands(e ast.Expr) []ast.Expr {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return sumOperands(x.X)
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			return append(sumOperands(x.X), sumOperands(x.Y)...)
		}
	}
	return []ast.Expr{e}
}

// declaredString reports whether id's declaration makes it a string:
// `var s string`, `var s = "..."`, `s := "..."` or a parameter `s string`.
func declaredString(id *ast.Ident) bool {
	if id.Obj == nil || id.Obj.Kind != ast.Var {
		return false
	}
	isString := func(e ast.Expr) bool {
		t, ok := e.(*ast.Ident)
		return ok && t.Name == "string" && t.Obj == nil
	}
	isLit := func(e ast.Expr) bool {
		l, ok := e.(*ast.BasicLit)
		return ok && l.Kind == token.STRING
	}
	switch d := id.Obj.Decl.(type) {
	case *ast.Field:
		return isString(d.Type)
	case *ast.ValueSpec:
		if d.Type != nil {
			return isString(d.Type)
		}
		for k, name := range d.Names {
			if name.Name == id.Name && k < len(d.Values) {
				return isLit(d.Values[k])
			}
		}
	case *ast.AssignStmt:
		for k, l := range d.Lhs {
			if l, ok := l.(*ast.Ident); ok && l.Name == id.Name && k < len(d.Rhs) && len(d.Lhs) == len(d.Rhs) {
				return isLit(d.Rhs[k])
			}
		}
	}
	return false
}
