package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Go 1.22 gave every iteration of a loop its own copy of the variables
// the loop declares; yaegi v0.16.1 has one variable per loop, as Go 1.21
// had. The difference shows only when a variable outlives its iteration:
// a function literal that refers to it, or its address taken. Only such
// loops are rewritten, so other loops cost nothing.
//
// A range loop re-declares the captured variables at the top of its body
// (the body moves into an inner block, where its own declarations may
// shadow them as before):
//
//	for i, x := range xs { body }
//	for i, x := range xs { i, x := i, x; { body } }
//
// A three-clause loop also carries each iteration's value into the next,
// where the post statement updates it, so the loop's own variable gets a
// reserved name and the copy is written back at the end of the body and
// before every continue of this loop (through a pointer when the body
// declares the same name somewhere, which could shadow it there):
//
//	for i := 0; i < n; i++ { body }
//	for __erlv1_i := 0; __erlv1_i < n; __erlv1_i++ {
//		i := __erlv1_i; __erlp1_i := &i; { body }; __erlv1_i = *__erlp1_i }
//
// The names carry a per-file loop number, so that a continue of an outer
// loop inside an inner loop over the same name writes back the right one.

// loopVarState numbers the loops that need the rewrite within one file.
type loopVarState struct {
	r      *rewriter
	n      int
	labels map[ast.Stmt]string // loop statement -> its label
}

// perIterationLoopVars rewrites every loop of the file whose variables
// outlive an iteration.
func (r *rewriter) perIterationLoopVars(f *ast.File) {
	s := &loopVarState{r: r, labels: map[ast.Stmt]string{}}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			s.labels[n.Stmt] = n.Label.Name
		case *ast.RangeStmt:
			s.rangeLoop(n)
		case *ast.ForStmt:
			s.forLoop(n)
		}
		return true
	})
}

func (s *loopVarState) rangeLoop(rs *ast.RangeStmt) {
	if rs.Tok != token.DEFINE || s.r.typed.rangeKind(rs) != rangeNative {
		return // lower_go122.go gives those loops fresh variables
	}
	var names []string
	for _, e := range []ast.Expr{rs.Key, rs.Value} {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" && id.Obj != nil && captured(rs.Body, id.Obj) {
			names = append(names, id.Name)
		}
	}
	if len(names) == 0 {
		return
	}
	list := strings.Join(names, ", ")
	s.r.insertAt(rs.Body.Lbrace+1, fmt.Sprintf("%s := %s; {", list, list))
	s.r.insertAt(rs.Body.Rbrace, "}")
}

func (s *loopVarState) forLoop(fs *ast.ForStmt) {
	init, ok := fs.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE {
		return
	}
	var vars []*ast.Ident
	for _, e := range init.Lhs {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" && id.Obj != nil && captured(fs.Body, id.Obj) {
			vars = append(vars, id)
		}
	}
	if len(vars) == 0 {
		return
	}
	s.n++
	loopName := func(id *ast.Ident) string { return fmt.Sprintf("__erlv%d_%s", s.n, id.Name) }
	ptrName := func(id *ast.Ident) string { return fmt.Sprintf("__erlp%d_%s", s.n, id.Name) }

	// The loop's own variables, in the init, condition and post statements.
	objs := map[*ast.Object]*ast.Ident{}
	for _, id := range vars {
		objs[id.Obj] = id
	}
	for _, clause := range []ast.Node{fs.Init, fs.Cond, fs.Post} {
		if clause == nil {
			continue
		}
		ast.Inspect(clause, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Obj != nil && objs[id.Obj] != nil {
				s.r.replace(id.Pos(), id.End(), loopName(objs[id.Obj]))
			}
			return true
		})
	}

	var enter, back strings.Builder
	for _, id := range vars {
		if shadowed(fs.Body, id) {
			fmt.Fprintf(&enter, "%s := %s; %s := &%s; ", id.Name, loopName(id), ptrName(id), id.Name)
			fmt.Fprintf(&back, "%s = *%s; ", loopName(id), ptrName(id))
		} else { // cheaper: yaegi's pointers cost ~100 ns per iteration
			fmt.Fprintf(&enter, "%s := %s; ", id.Name, loopName(id))
			fmt.Fprintf(&back, "%s = %s; ", loopName(id), id.Name)
		}
	}
	s.r.insertAt(fs.Body.Lbrace+1, enter.String()+"{")
	s.r.insertAt(fs.Body.Rbrace, "}; "+back.String())
	for _, c := range continuesOf(fs, s.labels[fs]) {
		s.r.insertAt(c.Pos(), back.String())
	}
}

// shadowed reports whether body declares another variable named like id.
func shadowed(body *ast.BlockStmt, id *ast.Ident) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if x, ok := n.(*ast.Ident); ok && x.Name == id.Name && x.Obj != id.Obj {
			found = true
		}
		return !found
	})
	return found
}

// captured reports whether the variable obj is referred to by a function
// literal in body or has its address taken there (&v, &v.f, &v[i], v[:]).
func captured(body *ast.BlockStmt, obj *ast.Object) bool {
	found := false
	var walk func(n ast.Node, inFunc bool)
	walk = func(n ast.Node, inFunc bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				walk(n.Body, true)
				return false
			case *ast.Ident:
				found = inFunc && n.Obj == obj
			case *ast.UnaryExpr:
				found = n.Op == token.AND && rootIs(n.X, obj)
			case *ast.SliceExpr:
				found = rootIs(n.X, obj)
			}
			return !found
		})
	}
	walk(body, false)
	return found
}

// rootIs reports whether the addressable expression e is (a field or
// element of) the variable obj.
func rootIs(e ast.Expr, obj *ast.Object) bool {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x.Obj == obj
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return false
		}
	}
}

// continuesOf returns the continue statements in loop's body that go to
// the next iteration of loop: unlabeled ones not inside an inner loop,
// and those naming its label; none inside function literals.
func continuesOf(loop *ast.ForStmt, label string) []*ast.BranchStmt {
	var out []*ast.BranchStmt
	var walk func(n ast.Node, inner bool)
	walk = func(n ast.Node, inner bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				walk(n.Body, true)
				return false
			case *ast.RangeStmt:
				walk(n.Body, true)
				return false
			case *ast.BranchStmt:
				if n.Tok == token.CONTINUE && (n.Label == nil && !inner || n.Label != nil && n.Label.Name == label) {
					out = append(out, n)
				}
			}
			return true
		})
	}
	walk(loop.Body, false)
	return out
}
