package interp

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// A method value with a value receiver, `f := a.Total`, copies a when
// it is evaluated (Go spec, "Method values"); yaegi v0.16.1 bound the
// variable itself, so f saw later changes to a. The rewrite evaluates
// the copy explicitly:
//
//	a.Total  ->  func() func() int { __erlmv := a; return __erlmv.Total }()
//
// Calls (a.Total()), pointer receivers and promoted methods are left
// alone.
func (g *go122) methodValues(f *ast.File) {
	called := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			called[ast.Unparen(n.Fun)] = true
		case *ast.SelectorExpr:
			if !called[n] {
				g.methodValue(n)
			}
		}
		return true
	})
}

func (g *go122) methodValue(sel *ast.SelectorExpr) {
	s, ok := g.t.info.Selections[sel]
	if ok && s.Kind() == types.MethodExpr {
		g.methodExpr(sel, s)
		return
	}
	if !ok || s.Kind() != types.MethodVal {
		return
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return
	}
	if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
		return
	}
	if _, iface := sig.Recv().Type().Underlying().(*types.Interface); iface {
		return
	}
	if len(s.Index()) > 1 {
		return // promoted through embedding: which part to copy depends on the path
	}
	mt, ok := g.t.typeString(s.Type(), false)
	if !ok {
		return
	}
	copyOf := ""
	if s.Indirect() {
		copyOf = "*" // p.Total with p a pointer copies *p
	}
	g.r.insertAt(sel.Pos(), "func() "+mt+" { __erlmv := "+copyOf)
	g.r.replace(sel.X.End(), sel.Sel.Pos(), "; return __erlmv.")
	g.r.insertAt(sel.End(), " }()")
}

// methodExpr spells a method expression, T.M or (*T).M, as the function
// literal it stands for, whose type yaegi got wrong in composite
// literals ([]func(Point) int{Point.Dist}):
//
//	Point.Dist  ->  func(r Point, a0 Point) int { return r.Dist(a0) }
func (g *go122) methodExpr(sel *ast.SelectorExpr, s *types.Selection) {
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.Params().Len() == 0 || len(s.Index()) > 1 {
		return
	}
	var params, args []string
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		prefix := ""
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t = t.(*types.Slice).Elem()
			prefix = "..."
		}
		ts, ok := g.t.typeString(t, false)
		if !ok {
			return
		}
		name := fmt.Sprintf("__erla%d", i)
		params = append(params, name+" "+prefix+ts)
		if i > 0 {
			args = append(args, name+prefix)
		}
	}
	results := ""
	if sig.Results().Len() > 0 {
		rs, ok := g.t.typeString(sig.Results(), false)
		if !ok {
			return
		}
		results = " " + rs
	}
	ret := "return "
	if sig.Results().Len() == 0 {
		ret = ""
	}
	g.r.replace(sel.Pos(), sel.End(), fmt.Sprintf("func(%s)%s { %s__erla0.%s(%s) }",
		strings.Join(params, ", "), results, ret, sel.Sel.Name, strings.Join(args, ", ")))
}
