package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Range over a function (Go 1.23) is lowered to a call of the iterator
// with the loop body as its yield function:
//
//	for k, v := range seq { body }
//	{__erlf1 := 0; _ = __erlf1; seq(func(k K, v V) bool {{ body' }; return true}); after}
//
// In body', control flow that leaves the body becomes a return from the
// yield function: continue is `return true`, break is `return false`.
// A return from the enclosing function, or a break or continue of a
// statement outside the loop, stores the results in hidden variables
// (declared before the call), sets the loop's flag to a code, and
// returns false; after the call, `after` tests the flag and does the
// real return or branch, or, when the loop is itself in the body of a
// range-over-func loop, passes the code on to that loop's flag.
//
// defer in the body (Go defers it to the enclosing function) and goto
// out of the body are reported as unsupported.

// rfLoop is one range-over-func loop being lowered.
type rfLoop struct {
	rs      *ast.RangeStmt
	id      int
	parent  *rfLoop // the innermost range-over-func loop around it, in the same function
	label   string
	fn      *types.Signature
	results []string        // hidden result variables, if a return needs them
	after   []string        // the tests after the call
	codes   map[string]bool // codes already tested in after
	labels  map[string]bool // labels defined in the body
}

// rfLabel is a label in scope: the statement it labels, and the
// innermost range-over-func loop whose body holds it.
type rfLabel struct {
	stmt  ast.Stmt
	owner *rfLoop
}

// rfCtx is where a statement is: its function, the innermost
// range-over-func loop around it, and how many statements that capture
// an unlabeled break or continue lie between them.
type rfCtx struct {
	fn          *types.Signature
	loop        *rfLoop
	breakDepth  int
	contDepth   int
	labels      map[string]rfLabel
	codeCounter *int
}

// lowerRangeFuncs lowers the range-over-func loops of one function body.
func (g *go122) lowerRangeFuncs(body *ast.BlockStmt, sig *types.Signature) {
	var loops []*rfLoop
	ctx := rfCtx{fn: sig, labels: map[string]rfLabel{}, codeCounter: new(int)}
	g.rfWalk(body, ctx, &loops)
	for _, l := range loops {
		g.emitLoop(l)
	}
}

func (g *go122) rfWalk(n ast.Node, ctx rfCtx, loops *[]*rfLoop) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // lowered as a function of its own
		case *ast.LabeledStmt:
			labels := make(map[string]rfLabel, len(ctx.labels)+1)
			for k, v := range ctx.labels {
				labels[k] = v
			}
			labels[n.Label.Name] = rfLabel{stmt: n.Stmt, owner: ctx.loop}
			inner := ctx
			inner.labels = labels
			if rs, ok := n.Stmt.(*ast.RangeStmt); ok && g.t.rangeKind(rs) == rangeFunc {
				g.rfLoopStmt(rs, n.Label.Name, inner, loops)
			} else {
				g.rfWalk(n.Stmt, inner, loops)
			}
			return false
		case *ast.RangeStmt:
			if g.t.rangeKind(n) == rangeFunc {
				g.rfLoopStmt(n, "", ctx, loops)
				return false
			}
			g.rfWalk(n.X, ctx, loops)
			inner := ctx
			inner.breakDepth++
			inner.contDepth++
			g.rfWalk(n.Body, inner, loops)
			return false
		case *ast.ForStmt:
			for _, c := range []ast.Node{n.Init, n.Cond, n.Post} {
				if c != nil {
					g.rfWalk(c, ctx, loops)
				}
			}
			inner := ctx
			inner.breakDepth++
			inner.contDepth++
			g.rfWalk(n.Body, inner, loops)
			return false
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			inner := ctx
			inner.breakDepth++
			var body *ast.BlockStmt
			switch s := n.(type) {
			case *ast.SwitchStmt:
				if s.Init != nil {
					g.rfWalk(s.Init, ctx, loops)
				}
				if s.Tag != nil {
					g.rfWalk(s.Tag, ctx, loops)
				}
				body = s.Body
			case *ast.TypeSwitchStmt:
				if s.Init != nil {
					g.rfWalk(s.Init, ctx, loops)
				}
				g.rfWalk(s.Assign, ctx, loops)
				body = s.Body
			case *ast.SelectStmt:
				body = s.Body
			}
			g.rfWalk(body, inner, loops)
			return false
		}
		if ctx.loop == nil {
			return true
		}
		switch n := n.(type) {
		case *ast.DeferStmt:
			g.errorf(n.Pos(), "defer in the body of a range-over-func loop is not supported (Go defers it to the enclosing function)")
		case *ast.ReturnStmt:
			g.rfReturn(n, ctx)
		case *ast.BranchStmt:
			g.rfBranch(n, ctx)
		}
		return true
	})
}

func (g *go122) rfLoopStmt(rs *ast.RangeStmt, label string, ctx rfCtx, loops *[]*rfLoop) {
	g.n++
	l := &rfLoop{rs: rs, id: g.n, parent: ctx.loop, label: label, fn: ctx.fn, codes: map[string]bool{}, labels: map[string]bool{}}
	ast.Inspect(rs.Body, func(n ast.Node) bool {
		if ls, ok := n.(*ast.LabeledStmt); ok {
			l.labels[ls.Label.Name] = true
		}
		_, lit := n.(*ast.FuncLit)
		return !lit
	})
	*loops = append(*loops, l)
	g.rfWalk(rs.X, ctx, loops)
	inner := ctx
	inner.loop = l
	inner.breakDepth, inner.contDepth = 0, 0
	g.rfWalk(rs.Body, inner, loops)
}

func flagName(l *rfLoop) string { return fmt.Sprintf("__erlf%d", l.id) }

// exit makes the statement at [pos, end) leave loop l towards stop (a
// loop around l, or nil for the function), where final is done.
func (g *go122) exit(pos, end token.Pos, l, stop *rfLoop, code, final string) {
	g.r.replace(pos, end, fmt.Sprintf("{%s = %s; return false}", flagName(l), code))
	for c := l; c != stop; c = c.parent {
		if c.codes[code] {
			continue
		}
		c.codes[code] = true
		next := final
		if c.parent != stop {
			next = fmt.Sprintf("%s = %s; return false", flagName(c.parent), code)
		}
		c.after = append(c.after, fmt.Sprintf("if %s == %s { %s }", flagName(c), code, next))
	}
}

func (g *go122) rfReturn(ret *ast.ReturnStmt, ctx rfCtx) {
	top := ctx.loop
	for top.parent != nil {
		top = top.parent
	}
	if len(ret.Results) == 0 {
		g.exit(ret.Pos(), ret.End(), ctx.loop, nil, "-2", "return")
		return
	}
	if ctx.fn == nil {
		return // a type error; yaegi reports it
	}
	res := ctx.fn.Results()
	if top.results == nil {
		for i := 0; i < res.Len(); i++ {
			ts, ok := g.t.typeString(res.At(i).Type(), false)
			if !ok {
				g.errorf(ret.Pos(), "return of a %s from a range-over-func loop is not supported", res.At(i).Type())
				return
			}
			top.results = append(top.results, fmt.Sprintf("var __erlr%d_%d %s; ", top.id, i, ts))
		}
	}
	names := make([]string, res.Len())
	for i := range names {
		names[i] = fmt.Sprintf("__erlr%d_%d", top.id, i)
	}
	list := strings.Join(names, ", ")
	// Only the keyword is replaced: the results keep their text and the
	// other rewrites' insertions.
	g.r.replace(ret.Pos(), ret.Pos()+token.Pos(len("return")), "{"+list+" =")
	g.r.insertAt(ret.End(), fmt.Sprintf("; %s = -1; return false}", flagName(ctx.loop)))
	for c := ctx.loop; c != nil; c = c.parent {
		if c.codes["-1"] {
			continue
		}
		c.codes["-1"] = true
		next := "return " + list
		if c.parent != nil {
			next = fmt.Sprintf("%s = -1; return false", flagName(c.parent))
		}
		c.after = append(c.after, fmt.Sprintf("if %s == -1 { %s }", flagName(c), next))
	}
}

func (g *go122) rfBranch(br *ast.BranchStmt, ctx rfCtx) {
	l := ctx.loop
	switch br.Tok {
	case token.GOTO:
		if !l.labels[br.Label.Name] {
			g.errorf(br.Pos(), "goto out of a range-over-func loop is not supported")
		}
		return
	case token.FALLTHROUGH:
		return
	}
	yield := "return true" // what continue of a range-over-func loop does
	if br.Tok == token.BREAK {
		yield = "return false"
	}
	if br.Label == nil {
		if br.Tok == token.BREAK && ctx.breakDepth > 0 || br.Tok == token.CONTINUE && ctx.contDepth > 0 {
			return // an inner loop's, switch's or select's
		}
		g.r.replace(br.Pos(), br.End(), yield)
		return
	}
	target, ok := ctx.labels[br.Label.Name]
	if !ok {
		return // a label error; yaegi reports it
	}
	if rs, isLoop := target.stmt.(*ast.RangeStmt); isLoop && g.t.rangeKind(rs) == rangeFunc {
		// A range-over-func loop: l itself, or one around it.
		if rs == l.rs {
			g.r.replace(br.Pos(), br.End(), yield)
			return
		}
		var stop *rfLoop
		for c := l.parent; c != nil; c = c.parent {
			if c.rs == rs {
				stop = c
			}
		}
		*ctx.codeCounter++
		g.exit(br.Pos(), br.End(), l, stop, fmt.Sprint(*ctx.codeCounter), yield)
		return
	}
	if target.owner == l {
		return // a statement inside the body
	}
	*ctx.codeCounter++
	g.exit(br.Pos(), br.End(), l, target.owner, fmt.Sprint(*ctx.codeCounter), br.Tok.String()+" "+br.Label.Name)
}

// emitLoop writes the call replacing the loop's header and end.
func (g *go122) emitLoop(l *rfLoop) {
	rs := l.rs
	sig, _ := g.t.typeOf(rs.X).Underlying().(*types.Signature)
	var yieldSig *types.Signature
	if sig != nil && sig.Params().Len() == 1 {
		yieldSig, _ = sig.Params().At(0).Type().Underlying().(*types.Signature)
	}
	if yieldSig == nil || yieldSig.Params().Len() > 2 {
		g.errorf(rs.X.Pos(), "range over %s is not supported", g.t.typeOf(rs.X))
		return
	}
	vars := []ast.Expr{rs.Key, rs.Value}
	var params []string
	var assign []string
	var assignFrom []string
	for i := 0; i < yieldSig.Params().Len(); i++ {
		ts, ok := g.t.typeString(yieldSig.Params().At(i).Type(), false)
		if !ok {
			g.errorf(rs.X.Pos(), "range over %s is not supported", g.t.typeOf(rs.X))
			return
		}
		name := "_"
		if v := vars[i]; v != nil {
			text := string(g.r.src[g.r.file.Offset(v.Pos()):g.r.file.Offset(v.End())])
			if rs.Tok == token.DEFINE {
				name = text
			} else {
				name = fmt.Sprintf("__erla%d_%d", l.id, i)
				assign = append(assign, text)
				assignFrom = append(assignFrom, name)
			}
		}
		params = append(params, name+" "+ts)
	}
	enter := ""
	if len(assign) > 0 {
		enter = strings.Join(assign, ", ") + " = " + strings.Join(assignFrom, ", ") + "; "
	}
	x := "("
	if needsParens(rs.X) {
		x = ")("
	}
	open := "{" + strings.Join(l.results, "") + fmt.Sprintf("%[1]s := 0; _ = %[1]s; ", flagName(l))
	if needsParens(rs.X) {
		open += "("
	}
	g.r.replace(rs.For, rs.X.Pos(), open)
	g.r.replace(rs.X.End(), rs.Body.Lbrace+1, fmt.Sprintf("%sfunc(%s) bool {%s{", x, strings.Join(params, ", "), enter))
	g.r.replace(rs.Body.Rbrace, rs.Body.Rbrace+1, "}; return true}); "+strings.Join(l.after, "; ")+"}")
}

func needsParens(x ast.Expr) bool {
	switch x.(type) {
	case *ast.UnaryExpr, *ast.StarExpr, *ast.BinaryExpr:
		return true
	}
	return false
}
