package interp

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// yaegi v0.16.1 gets some of Go's constant and assignment rules wrong
// where go/types knows the answer, so the typed rewrite spells it out:
//
//   - an untyped constant takes the type its context gives it (`var f
//     float32 = Pi2`; `uint64(1) << n`), but yaegi gives a named untyped
//     constant, or the constant left operand of a shift, its default
//     type: the rewrite writes the conversion `float32(Pi2)`;
//   - a const group's implicit repetition of a line with two names and
//     iota ("constant definition loop") is written out;
//   - `for k, v = range x` assigns existing variables; yaegi declared new
//     ones: the rewrite ranges into hidden variables and assigns them;
//   - `f(ys)` with ys a []any for `f(xs ...any)` passes ys as one
//     argument; yaegi spread it: the rewrite writes `f([]any{ys}...)`;
//   - `r.Value = i * i` into an interface field of a compiled struct
//     (container/ring) silently ended the function in yaegi: the value
//     is converted first, `r.Value = any(i * i)`;
//   - arrays compare element by element; yaegi panicked (Value.Int on
//     array Value): the rewrite calls a helper that compares them.
func (g *go122) consts(f *ast.File) {
	sels := map[*ast.Ident]bool{} // handled with their selector
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				g.constRepetition(n)
				return false // constant expressions stay untyped
			}
		case *ast.SelectorExpr:
			g.convertConst(n, n.Sel)
			sels[n.Sel] = true
		case *ast.Ident:
			if !sels[n] {
				g.convertConst(n, n)
			}
		case *ast.BinaryExpr:
			switch n.Op {
			case token.SHL, token.SHR:
				g.convertShifted(n)
			case token.EQL, token.NEQ:
				g.arrayEquality(n)
			}
		case *ast.RangeStmt:
			g.rangeAssign(n)
		case *ast.AssignStmt:
			g.hostInterfaceField(n)
		case *ast.CallExpr:
			g.variadicSlice(n)
		}
		return true
	})
}

// convertConst converts a use of an untyped named constant to the type
// its context gives it, when that is not its default type.
func (g *go122) convertConst(e ast.Expr, id *ast.Ident) {
	c, ok := g.t.info.Uses[id].(*types.Const)
	if !ok {
		return
	}
	b, ok := c.Type().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped == 0 {
		return
	}
	tv, ok := g.t.info.Types[e]
	if !ok || tv.Type == nil || types.Identical(tv.Type, types.Default(b)) {
		return
	}
	if tb, ok := tv.Type.(*types.Basic); ok && tb.Info()&types.IsUntyped != 0 {
		return
	}
	if _, ok := tv.Type.Underlying().(*types.Basic); !ok {
		return // an interface: the default type is right
	}
	// The constant's value, not its name: yaegi converts some named
	// constants wrongly (float32(Pi2) is 0 when Pi2 = math.Pi * 2).
	if tv.Value == nil || !fits64(tv.Value) {
		return // a part of a larger constant expression, which Go evaluates exactly
	}
	lit, ok := constLiteral(tv.Value)
	ts, named := g.t.typeString(tv.Type, false)
	if !ok || !named {
		return
	}
	g.r.replace(e.Pos(), e.End(), ts+"("+lit+")")
}

// convertShifted gives a constant shifted by a non-constant amount the
// type of its context (Go's rule), which yaegi left at int.
func (g *go122) convertShifted(b *ast.BinaryExpr) {
	if tv := g.t.info.Types[b]; tv.Value != nil {
		return // a constant shift
	}
	tv, ok := g.t.info.Types[b.X]
	if !ok || tv.Value == nil || tv.Type == nil {
		return
	}
	if tb, ok := tv.Type.(*types.Basic); !ok || tb.Info()&types.IsUntyped != 0 || tb.Kind() == types.Int {
		return
	}
	if _, isConv := b.X.(*ast.CallExpr); isConv {
		return // already a conversion
	}
	g.convert(b.X, tv.Type)
}

func (g *go122) convert(e ast.Expr, t types.Type) {
	ts, ok := g.t.typeString(t, false)
	if !ok {
		return
	}
	g.r.insertAt(e.Pos(), ts+"(")
	g.r.insertAt(e.End(), ")")
}

// constRepetition writes out the implicit repetitions of a const group
// and spells iota as its value in each line: yaegi counts iota wrongly
// after a line of two names (`e, f = iota, iota + 100` then `g, h`).
func (g *go122) constRepetition(d *ast.GenDecl) {
	var last *ast.ValueSpec
	for i, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		if len(vs.Values) > 0 {
			last = vs
			for _, id := range g.iotas(vs) {
				g.r.replace(id.Pos(), id.End(), strconv.Itoa(i))
			}
			continue
		}
		if last == nil || vs.Type != nil {
			continue
		}
		text := " "
		if last.Type != nil {
			text += g.r.text(last.Type) + " "
		}
		text += "= " + g.valuesWithIota(last, i)
		g.r.insertAt(vs.Names[len(vs.Names)-1].End(), text)
	}
}

// iotas returns the uses of iota in a spec's values.
func (g *go122) iotas(vs *ast.ValueSpec) []*ast.Ident {
	var ids []*ast.Ident
	for _, v := range vs.Values {
		ast.Inspect(v, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "iota" {
				if c, ok := g.t.info.Uses[id].(*types.Const); ok && c.Pkg() == nil {
					ids = append(ids, id)
				}
			}
			return true
		})
	}
	return ids
}

// valuesWithIota is the text of a spec's values with iota as index.
func (g *go122) valuesWithIota(vs *ast.ValueSpec, index int) string {
	start, end := vs.Values[0].Pos(), vs.Values[len(vs.Values)-1].End()
	var b strings.Builder
	last := start
	for _, id := range g.iotas(vs) {
		b.WriteString(g.r.span(last, id.Pos()))
		b.WriteString(strconv.Itoa(index))
		last = id.End()
	}
	b.WriteString(g.r.span(last, end))
	return b.String()
}

// span returns the user's source from pos to end.
func (r *rewriter) span(pos, end token.Pos) string {
	return string(r.src[r.file.Offset(pos):r.file.Offset(end)])
}

// rangeAssign makes `for k, v = range x` range into hidden variables.
func (g *go122) rangeAssign(rs *ast.RangeStmt) {
	if rs.Tok != token.ASSIGN || g.t.rangeKind(rs) != rangeNative || rs.Key == nil {
		return
	}
	g.n++
	hidden := []string{fmt.Sprintf("__erlak%d", g.n)}
	targets := []string{g.r.text(rs.Key)}
	if rs.Value != nil {
		hidden = append(hidden, fmt.Sprintf("__erlav%d", g.n))
		targets = append(targets, g.r.text(rs.Value))
	}
	var decl, lhs, rhs string
	for i := range hidden {
		sep := ""
		if i > 0 {
			sep = ", "
		}
		name := hidden[i]
		if targets[i] == "_" {
			name = "_"
		} else {
			lhs += sep + targets[i]
			rhs += sep + hidden[i]
		}
		decl += sep + name
	}
	if lhs == "" {
		return // for _ = range x: nothing assigned
	}
	// lhs and rhs may begin with ", " when the key is blank.
	lhs, rhs = trimSep(lhs), trimSep(rhs)
	g.r.replace(rs.Key.Pos(), rs.TokPos+2, decl+" :=")
	g.r.insertAt(rs.Body.Lbrace+1, lhs+" = "+rhs+"; ")
}

func trimSep(s string) string {
	if len(s) > 2 && s[:2] == ", " {
		return s[2:]
	}
	return s
}

// variadicSlice passes a slice given as the only variadic argument as
// one element, when it is itself assignable to the element type.
func (g *go122) variadicSlice(call *ast.CallExpr) {
	if call.Ellipsis.IsValid() {
		return
	}
	sig, ok := g.t.typeOf(call.Fun).(*types.Signature)
	if !ok || !sig.Variadic() || len(call.Args) != sig.Params().Len() {
		return
	}
	arg := call.Args[len(call.Args)-1]
	at := g.t.typeOf(arg)
	st, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if at == nil || !ok {
		return
	}
	if _, isSlice := at.Underlying().(*types.Slice); !isSlice || !types.AssignableTo(at, st) || !types.AssignableTo(at, st.Elem()) {
		return // only a slice that could be either is ambiguous to yaegi
	}
	ts, ok := g.t.typeString(st, false)
	if !ok {
		return
	}
	g.r.insertAt(arg.Pos(), ts+"{")
	g.r.insertAt(arg.End(), "}...")
}

// fits64 reports whether an integer constant fits in 64 bits (any other
// constant is fine).
func fits64(v constant.Value) bool {
	if v.Kind() != constant.Int {
		return true
	}
	_, exact := constant.Int64Val(v)
	_, uexact := constant.Uint64Val(v)
	return exact || uexact
}

// arrayEquality lowers a == b and a != b on arrays to a helper call.
func (g *go122) arrayEquality(b *ast.BinaryExpr) {
	if tv := g.t.info.Types[b]; tv.Value != nil {
		return
	}
	t := g.t.typeOf(b.X)
	if t == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Array); !ok {
		return
	}
	if yt := g.t.typeOf(b.Y); yt == nil || !types.Identical(t, yt) {
		return // mixed operand types: left to yaegi's type errors
	}
	body := "{ for i := range x { if x[i] != y[i] { return false } }; return true }"
	var fn string
	if ts, ok := g.t.typeString(t, true); ok {
		key := "eq " + ts
		h, done := g.helpers[key]
		if !done {
			h = fmt.Sprintf("__erleq%d", len(g.helpers)+1)
			g.helpers[key] = h
			g.defs = append(g.defs, fmt.Sprintf("func %s(x, y %s) bool %s", h, ts, body))
		}
		fn = h
	} else if ts, ok := g.t.typeString(t, false); ok {
		fn = fmt.Sprintf("func(x, y %s) bool %s", ts, body)
	} else {
		return
	}
	if b.Op == token.NEQ {
		fn = "!" + fn
	}
	g.r.insertAt(b.X.Pos(), fn+"(")
	g.r.replace(b.X.End(), b.Y.Pos(), ", ")
	g.r.insertAt(b.Y.End(), ")")
}

// hostInterfaceField converts a value assigned to an interface-typed
// field of a compiled (standard library) struct to the field's type.
func (g *go122) hostInterfaceField(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := lhs.(*ast.SelectorExpr)
		if !ok {
			continue
		}
		s, ok := g.t.info.Selections[sel]
		if !ok || s.Kind() != types.FieldVal || !compiledStruct(s.Recv(), g.t.pkg) {
			continue
		}
		ft := s.Obj().Type()
		if _, ok := ft.Underlying().(*types.Interface); !ok {
			continue
		}
		rt := g.t.typeOf(as.Rhs[i])
		if rt == nil {
			continue
		}
		if _, ok := rt.Underlying().(*types.Interface); ok {
			continue
		}
		g.convert(as.Rhs[i], ft)
	}
}

// compiledStruct reports whether t (or what it points to) is a named
// type of another package, which yaegi runs compiled.
func compiledStruct(t types.Type, pkg *types.Package) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != pkg
}
