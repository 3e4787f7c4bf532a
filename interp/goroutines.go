package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Goroutines belong to the process that starts them. The rewrite turns
// every go statement into a call of erl.Go, which starts the goroutine
// as one the calling process owns (process.Runtime.Go): it dies with the
// process, its panic is the process's crash, and a purge or Ctrl-C
// reaches it. Go evaluates the function value and the arguments of a go
// statement before the goroutine starts; the rewrite keeps that order by
// assigning them to temporaries in place, then hands erl.Go a closure
// that makes the call:
//
//	go f(a, g(b), 3)   =>   {__erlg0, __erlg1 := a, g(b); __erl.Go(func() { f(__erlg0, __erlg1, 3) })}
//
// Only what has an effect or a changing value is moved into temporaries:
// constants and nil stay in the call (a temporary would give an untyped
// constant its default type, and nil none at all), as do names of
// functions, builtins and imported packages' members. The text of the
// moved expressions stays where it was, so their compile errors keep
// their positions. `go func() {...}()` becomes erl.Go(func() {...}).

// goTemp is the prefix of the temporaries; it has the reserved prefix.
const goTemp = "__erlg"

// goStmt rewrites one go statement.
func (r *rewriter) goStmt(g *ast.GoStmt) {
	call := g.Call
	if lit, ok := call.Fun.(*ast.FuncLit); ok && len(call.Args) == 0 && lit.Type.Params.NumFields() == 0 {
		r.replace(g.Go, lit.Pos(), erlAlias+".Go(")
		r.replace(lit.End(), call.Rparen+1, ")")
		return
	}
	parts := append([]ast.Expr{call.Fun}, call.Args...)
	var hoisted []ast.Expr
	uses := make([]string, len(parts)) // what the closure's call says for each part
	for k, e := range parts {
		if stays(e) {
			uses[k] = r.text(e)
			continue
		}
		uses[k] = fmt.Sprintf("%s%d", goTemp, len(hoisted))
		hoisted = append(hoisted, e)
	}
	inner := uses[0] + "(" + strings.Join(uses[1:], ", ")
	if call.Ellipsis.IsValid() {
		inner += "..."
	}
	inner += ")"
	if len(hoisted) == 0 {
		// Nothing to evaluate first: the call stays where it is.
		r.replace(g.Go, call.Pos(), erlAlias+".Go(func(){")
		r.insertAt(call.End(), "})")
		return
	}
	names := make([]string, len(hoisted))
	for k := range hoisted {
		names[k] = fmt.Sprintf("%s%d", goTemp, k)
	}
	r.replace(g.Go, hoisted[0].Pos(), "{"+strings.Join(names, ", ")+" := ")
	for k := 1; k < len(hoisted); k++ {
		r.replace(hoisted[k-1].End(), hoisted[k].Pos(), ", ")
	}
	r.replace(hoisted[len(hoisted)-1].End(), call.Rparen+1,
		fmt.Sprintf("; %s.Go(func(){ %s })}", erlAlias, inner))
}

// stays reports whether e can be evaluated in the goroutine instead of
// before it without a difference: a constant, nil, or the name of a
// function, builtin or imported package member.
func stays(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return stays(e.X)
	case *ast.Ident:
		if e.Obj == nil {
			return true // a builtin, nil, true, iota or an import
		}
		return e.Obj.Kind == ast.Con || e.Obj.Kind == ast.Fun
	}
	return isConst(e) // a constant expression: the rest read no variable
}

// isConst reports whether e is evidently a constant expression.
func isConst(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return isConst(e.X)
	case *ast.Ident:
		return e.Obj != nil && e.Obj.Kind == ast.Con || e.Obj == nil && (e.Name == "true" || e.Name == "false" || e.Name == "iota")
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && e.Op != token.AND && isConst(e.X)
	case *ast.BinaryExpr:
		return isConst(e.X) && isConst(e.Y)
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		return ok && x.Obj == nil // pkg.Const, as far as we can tell
	}
	return false
}

// text is the source text of e.
func (r *rewriter) text(e ast.Expr) string {
	return string(r.src[r.file.Offset(e.Pos()):r.file.Offset(e.End())])
}
