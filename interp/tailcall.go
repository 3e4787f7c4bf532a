package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Self tail calls in constant stack. Go has no tail calls, and a server
// is a function that calls itself last for ever:
//
//	func loop(n int) { msg := erl.Receive(); ...; loop(n + 1) }
//
// Each such call costs a Go frame (~600 B under yaegi), so the process
// reaches the stack guard after a few hundred thousand messages. The
// rewrite turns a function whose body calls itself in tail position into
// a loop that reassigns the parameters and starts again:
//
//	func loop(n int) {
//		__erltc_n := n
//		__erltc: for { n := __erltc_n; _ = n; {
//			msg := erl.Receive(); ...; {__erltc_n = n + 1; continue __erltc}
//		}; return }
//	}
//
// Every iteration declares its own copies of the parameters (so a closure
// made in one call keeps that call's values, as it would with real
// calls), the arguments are evaluated before any parameter changes (one
// parallel assignment), and the kill and stack check at the function's
// entry (rewrite.go) comes inside the loop, once per "call".
//
// A tail call is a `return f(args)` anywhere in f (not in a function
// literal), or, in a function without results, a statement `f(args)`
// that is the last statement of the body, or last in a block, an if or
// else branch, a switch or select clause that is itself last, or that is
// followed by a bare return. A method's tail call is one on its own
// receiver variable (s.loop(x)), which stays as it is. Functions that the
// rewrite leaves alone: generic functions and methods of generic types,
// variadic functions, functions with named results
// (their results would carry over between calls) and functions with a
// defer (its deferred calls would wait for the last call instead of
// running at the end of each).
const tailLabel = "__erltc"

// tailCalls rewrites fd's self tail calls, if it has any.
func (r *rewriter) tailCalls(fd *ast.FuncDecl) {
	if fd.Body == nil || fd.Type.TypeParams != nil {
		return
	}
	// isSelfFun tells a call of this function (or, for a method, of this
	// method on the same receiver variable: s.loop(x) in
	// func (s *server) loop(x int)) from any other.
	var isSelfFun func(fun ast.Expr) bool
	switch {
	case fd.Recv == nil && fd.Name.Obj != nil:
		isSelfFun = func(fun ast.Expr) bool {
			id, ok := fun.(*ast.Ident)
			return ok && id.Obj == fd.Name.Obj
		}
	case fd.Recv != nil && len(fd.Recv.List) == 1 && len(fd.Recv.List[0].Names) == 1 && !isGenericRecv(fd.Recv.List[0].Type):
		recv := fd.Recv.List[0].Names[0]
		if recv.Name == "_" || recv.Obj == nil {
			return
		}
		isSelfFun = func(fun ast.Expr) bool {
			sel, ok := fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != fd.Name.Name {
				return false
			}
			id, ok := sel.X.(*ast.Ident)
			return ok && id.Obj == recv.Obj
		}
	default:
		return
	}
	results := fd.Type.Results != nil && len(fd.Type.Results.List) > 0
	if results && len(fd.Type.Results.List[0].Names) > 0 {
		return // named results
	}
	var params, targets []string // names to copy, assignment targets
	for _, f := range fd.Type.Params.List {
		if _, variadic := f.Type.(*ast.Ellipsis); variadic {
			return
		}
		if len(f.Names) == 0 {
			targets = append(targets, "_")
		}
		for _, id := range f.Names {
			if id.Name == "_" {
				targets = append(targets, "_")
				continue
			}
			params = append(params, id.Name)
			targets = append(targets, tailLabel+"_"+id.Name)
		}
	}
	isSelf := func(e ast.Expr) (*ast.CallExpr, bool) {
		call, ok := e.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || len(call.Args) != len(targets) {
			return nil, false // f(g()) with a multi-valued g stays a call
		}
		return call, isSelfFun(call.Fun)
	}

	type site struct {
		from token.Pos // where the replaced text starts (the return or the call)
		call *ast.CallExpr
	}
	var sites []site
	hasDefer := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			hasDefer = true
		case *ast.ReturnStmt:
			if results && len(n.Results) == 1 {
				if call, ok := isSelf(n.Results[0]); ok {
					sites = append(sites, site{n.Pos(), call})
				}
			}
		}
		return true
	})
	if !results {
		var tail func(list []ast.Stmt)
		var last func(s ast.Stmt)
		last = func(s ast.Stmt) {
			switch s := s.(type) {
			case *ast.ExprStmt:
				if call, ok := isSelf(s.X); ok {
					sites = append(sites, site{call.Pos(), call})
				}
			case *ast.BlockStmt:
				tail(s.List)
			case *ast.IfStmt:
				tail(s.Body.List)
				if s.Else != nil {
					last(s.Else)
				}
			case *ast.SwitchStmt:
				tail(s.Body.List)
			case *ast.TypeSwitchStmt:
				tail(s.Body.List)
			case *ast.SelectStmt:
				tail(s.Body.List)
			case *ast.CaseClause:
				tail(s.Body)
			case *ast.CommClause:
				tail(s.Body)
			case *ast.LabeledStmt:
				last(s.Stmt)
			}
		}
		tail = func(list []ast.Stmt) {
			for i, s := range list {
				if i == len(list)-1 {
					last(s)
					break
				}
				if ret, ok := list[i+1].(*ast.ReturnStmt); ok && len(ret.Results) == 0 {
					if es, ok := s.(*ast.ExprStmt); ok {
						last(es)
					}
				}
			}
		}
		tail(fd.Body.List)
	}
	if hasDefer || len(sites) == 0 {
		return
	}

	var head strings.Builder
	if len(params) > 0 {
		copies := make([]string, len(params))
		for i, p := range params {
			copies[i] = tailLabel + "_" + p
		}
		fmt.Fprintf(&head, "%s := %s;", strings.Join(copies, ", "), strings.Join(params, ", "))
		fmt.Fprintf(&head, "%s: for { %s := %s; %s = %s; {", tailLabel,
			strings.Join(params, ", "), strings.Join(copies, ", "),
			strings.Repeat("_, ", len(params)-1)+"_", strings.Join(params, ", "))
	} else {
		fmt.Fprintf(&head, "%s: for { {", tailLabel)
	}
	// Registered before the entry check (rewrite.go's function), which
	// therefore lands inside the loop: one check per iteration.
	r.insertAt(fd.Body.Lbrace+1, head.String())
	if results {
		r.insertAt(fd.Body.Rbrace, "} }")
	} else {
		r.insertAt(fd.Body.Rbrace, "}; return }")
	}
	for _, s := range sites {
		r.tailSite(s.from, s.call, targets)
	}
}

// tailSite replaces one tail call by the assignment of its arguments to
// the parameters' carriers and a continue. Each argument goes to a
// temporary first, one statement each (yaegi v0.16.1 miscompiles a
// parallel assignment such as `a, b = n-1, append(fs, x)`), so every
// argument is evaluated before any parameter changes, as in a call:
//
//	return f(e0, e1)  →  {__erltc0 := e0; __erltc1 := e1; __erltc_a = __erltc0; __erltc_b = __erltc1; continue __erltc}
func (r *rewriter) tailSite(from token.Pos, call *ast.CallExpr, targets []string) {
	args := call.Args
	if len(args) == 0 {
		r.replace(from, call.End(), "{continue "+tailLabel+"}")
		return
	}
	tmp := func(i int) string { return fmt.Sprintf("%s%d", tailLabel, i) }
	r.replace(from, args[0].Pos(), "{"+tmp(0)+" := ")
	for i := 1; i < len(args); i++ {
		r.replace(args[i-1].End(), args[i].Pos(), "; "+tmp(i)+" := ")
	}
	var tail strings.Builder
	for i, t := range targets {
		fmt.Fprintf(&tail, "; %s = %s", t, tmp(i))
	}
	fmt.Fprintf(&tail, "; continue %s}", tailLabel)
	r.replace(args[len(args)-1].End(), call.End(), tail.String())
}

// isGenericRecv reports whether a receiver type is a generic type's
// (T[P] or *T[P]).
func isGenericRecv(e ast.Expr) bool {
	if st, ok := e.(*ast.StarExpr); ok {
		e = st.X
	}
	switch e.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}
