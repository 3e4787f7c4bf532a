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

// The Go 1.21 and 1.22 additions yaegi v0.16.1 lacks, lowered to what it
// runs, using the module's types (typeCheck):
//
//   - range over an integer becomes a three-clause loop over a hidden
//     counter, with the bound evaluated once and the variable a fresh
//     copy in each iteration, as the spec says:
//     for i := range n { body }  ->
//     for __erln1, __erli1 := n, T(0); __erli1 < __erln1; __erli1++ { i := __erli1; { body } }
//   - min and max become calls of helpers appended to the file, one per
//     type (or a function literal where the type has no name at the top
//     level); a constant call becomes its constant. NaN wins, as in Go.
//   - clear(m) deletes every key; clear(s) zeroes every element.
//   - range over a function is lowered in lower_rangefunc.go, one
//     function body at a time.
//
// What cannot be lowered is a diagnostic naming the construct.

// go122 is the state of the lowering of one file.
type go122 struct {
	r       *rewriter
	t       *typed
	n       int               // numbers the hidden names
	helpers map[string]string // "min int" -> helper name
	defs    []string          // helper declarations, by name
}

func (r *rewriter) lowerGo122(f *ast.File) {
	if r.typed == nil {
		return
	}
	g := &go122{r: r, t: r.typed, helpers: map[string]string{}}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if f, ok := g.t.info.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				g.lowerRangeFuncs(n.Body, f.Type().(*types.Signature))
			}
		case *ast.FuncLit:
			sig, _ := g.t.typeOf(n).(*types.Signature)
			g.lowerRangeFuncs(n.Body, sig)
		case *ast.RangeStmt:
			g.rangeStmt(n)
		case *ast.CallExpr:
			g.builtinCall(n)
		case *ast.BlockStmt:
			g.clearCalls(n.List)
		case *ast.CaseClause:
			g.clearCalls(n.Body)
		case *ast.CommClause:
			g.clearCalls(n.Body)
		}
		return true
	})
	g.consts(f)
	g.methodValues(f)
	if len(g.defs) > 0 {
		r.insertAt(r.file.Pos(len(r.src)), "\n"+strings.Join(g.defs, "\n")+"\n")
	}
}

func (g *go122) errorf(pos token.Pos, format string, args ...any) {
	p := g.r.fset.Position(pos)
	g.r.diags = append(g.r.diags, Diagnostic{
		File: g.r.fileName, Line: p.Line, Col: p.Column, Msg: fmt.Sprintf(format, args...),
		SourceLine: sourceLine(g.r.src, p.Line),
	})
}

// rangeKind is what a range statement ranges over, as far as lowering
// goes: 0 for what yaegi ranges over itself.
type rangeKind int

const (
	rangeNative rangeKind = iota
	rangeInt
	rangeFunc
	rangeArrayPtr // yaegi v0.16.1 panics: Value.Int on array Value
)

func (t *typed) rangeKind(rs *ast.RangeStmt) rangeKind {
	if t == nil {
		return rangeNative
	}
	typ := t.typeOf(rs.X)
	if typ == nil {
		return rangeNative
	}
	switch u := typ.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			return rangeInt
		}
	case *types.Signature:
		return rangeFunc
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); ok {
			return rangeArrayPtr
		}
	case *types.Interface:
		// A type parameter: its core type decides.
		if tp, ok := typ.(*types.TypeParam); ok {
			if b, ok := coreType(tp).(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
				return rangeInt
			}
		}
	}
	return rangeNative
}

// coreType is the single underlying type of a type parameter's type set,
// nil if there is none.
func coreType(tp *types.TypeParam) types.Type {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var core types.Type
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		u, ok := iface.EmbeddedType(i).(*types.Union)
		if !ok {
			continue
		}
		for j := 0; j < u.Len(); j++ {
			ut := u.Term(j).Type().Underlying()
			if core != nil && !types.Identical(core, ut) {
				return nil
			}
			core = ut
		}
	}
	return core
}

func (g *go122) rangeStmt(rs *ast.RangeStmt) {
	switch g.t.rangeKind(rs) {
	case rangeInt:
		g.rangeInt(rs)
	case rangeArrayPtr:
		g.rangeArrayPtr(rs)
	}
}

func (g *go122) rangeInt(rs *ast.RangeStmt) {
	typ := g.t.typeOf(rs.X)
	if b, ok := typ.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		typ = types.Typ[types.Int]
	}
	ts, ok := g.t.typeString(typ, false)
	if !ok {
		g.errorf(rs.X.Pos(), "range over a value of type %s is not supported", typ)
		return
	}
	g.n++
	n, i := fmt.Sprintf("__erln%d", g.n), fmt.Sprintf("__erli%d", g.n)
	g.r.replace(rs.For+3, rs.X.Pos(), fmt.Sprintf(" %s, %s := ", n, i))
	g.r.replace(rs.X.End(), rs.Body.Lbrace, fmt.Sprintf(", %s(0); %s < %s; %s++ ", ts, i, n, i))
	if rs.Key == nil {
		return
	}
	key := string(g.r.src[g.r.file.Offset(rs.Key.Pos()):g.r.file.Offset(rs.Key.End())])
	if rs.Tok == token.DEFINE {
		if key != "_" {
			g.r.insertAt(rs.Body.Lbrace+1, fmt.Sprintf("%s := %s; {", key, i))
			g.r.insertAt(rs.Body.Rbrace, "}")
		}
		return
	}
	g.r.insertAt(rs.Body.Lbrace+1, fmt.Sprintf("%s = %s; ", key, i))
}

// rangeArrayPtr lowers a range over a pointer to an array to a counted
// loop that indexes through the pointer, evaluated once (Go neither
// copies the array nor, with no value variable, dereferences it).
func (g *go122) rangeArrayPtr(rs *ast.RangeStmt) {
	arr := g.t.typeOf(rs.X).Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	g.n++
	n, i, p := fmt.Sprintf("__erln%d", g.n), fmt.Sprintf("__erli%d", g.n), fmt.Sprintf("__erlp%d", g.n)
	g.r.replace(rs.For+3, rs.X.Pos(), fmt.Sprintf(" %s, %s, %s := %d, 0, ", n, i, p, arr.Len()))
	g.r.replace(rs.X.End(), rs.Body.Lbrace, fmt.Sprintf("; %s < %s; %s++ ", i, n, i))
	var lhs, rhs []string
	for k, e := range []ast.Expr{rs.Key, rs.Value} {
		if e == nil {
			continue
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
			continue
		}
		lhs = append(lhs, g.r.text(e))
		if k == 0 {
			rhs = append(rhs, i)
		} else {
			rhs = append(rhs, p+"["+i+"]")
		}
	}
	if len(lhs) == 0 {
		g.r.insertAt(rs.Body.Lbrace+1, "_ = "+p+"; ")
		return
	}
	op := " = "
	if rs.Tok == token.DEFINE {
		op = " := "
	}
	g.r.insertAt(rs.Body.Lbrace+1, strings.Join(lhs, ", ")+op+strings.Join(rhs, ", ")+"; {")
	g.r.insertAt(rs.Body.Rbrace, "}")
}

func (g *go122) builtinOf(call *ast.CallExpr) string {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return ""
	}
	if b, ok := g.t.info.Uses[id].(*types.Builtin); ok {
		return b.Name()
	}
	return ""
}

func (g *go122) builtinCall(call *ast.CallExpr) {
	name := g.builtinOf(call)
	if name != "min" && name != "max" {
		return
	}
	tv, ok := g.t.info.Types[call]
	if !ok || tv.Type == nil || tv.Type == types.Typ[types.Invalid] {
		if e, found := g.t.errorIn(call); found {
			g.errorf(e.Pos, "%s", e.Msg)
		}
		return
	}
	if tv.Value != nil {
		if lit, ok := constLiteral(tv.Value); ok {
			if b, isBasic := tv.Type.(*types.Basic); isBasic && b.Info()&types.IsUntyped != 0 {
				g.r.replace(call.Pos(), call.End(), lit)
				return
			}
			if ts, ok := g.t.typeString(tv.Type, false); ok {
				g.r.replace(call.Pos(), call.End(), ts+"("+lit+")")
				return
			}
		}
	}
	typ := tv.Type
	if b, ok := typ.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		typ = types.Default(typ)
	}
	cmp := "<"
	if name == "max" {
		cmp = ">"
	}
	if ts, ok := g.t.typeString(typ, true); ok {
		key := name + " " + ts
		h, done := g.helpers[key]
		if !done {
			h = fmt.Sprintf("__erl%s%d", name, len(g.helpers)+1)
			g.helpers[key] = h
			g.defs = append(g.defs, fmt.Sprintf("func %s(x %s, ys ...%s) %s { for _, y := range ys { if y %s x || y != y { x = y } }; return x }", h, ts, ts, ts, cmp))
		}
		g.r.replace(call.Fun.Pos(), call.Fun.End(), h)
		return
	}
	ts, ok := g.t.typeString(typ, false)
	if !ok {
		g.errorf(call.Pos(), "%s of type %s is not supported", name, typ)
		return
	}
	g.r.replace(call.Fun.Pos(), call.Fun.End(), fmt.Sprintf("func(x %s, ys ...%s) %s { for _, y := range ys { if y %s x || y != y { x = y } }; return x }", ts, ts, ts, cmp))
}

// constLiteral spells a constant as a Go literal.
func constLiteral(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.Int:
		return v.ExactString(), true
	case constant.Float:
		f, _ := constant.Float64Val(v)
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") {
			s += ".0" // stays an untyped float
		}
		return s, true
	case constant.String:
		return strconv.Quote(constant.StringVal(v)), true
	}
	return "", false
}

// clearCalls lowers the clear calls among the statements of a list.
func (g *go122) clearCalls(list []ast.Stmt) {
	for _, s := range list {
		if l, ok := s.(*ast.LabeledStmt); ok {
			s = l.Stmt
		}
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := es.X.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || g.builtinOf(call) != "clear" {
			continue
		}
		g.clear(call)
	}
}

func (g *go122) clear(call *ast.CallExpr) {
	arg := call.Args[0]
	typ := g.t.typeOf(arg)
	if typ == nil {
		return
	}
	g.n++
	c, k := fmt.Sprintf("__erlc%d", g.n), fmt.Sprintf("__erlk%d", g.n)
	var loop string
	switch u := typ.Underlying().(type) {
	case *types.Map:
		loop = fmt.Sprintf("for %[2]s := range %[1]s { delete(%[1]s, %[2]s) }", c, k)
	case *types.Slice:
		ts, ok := g.t.typeString(u.Elem(), false)
		if !ok {
			g.errorf(call.Pos(), "clear of a slice of %s is not supported", u.Elem())
			return
		}
		loop = fmt.Sprintf("for %[2]s := range %[1]s { var z %[3]s; %[1]s[%[2]s] = z }", c, k, ts)
	default:
		g.errorf(call.Pos(), "clear of a value of type %s is not supported", typ)
		return
	}
	g.r.replace(call.Pos(), arg.Pos(), fmt.Sprintf("{%s := ", c))
	g.r.replace(arg.End(), call.End(), "; "+loop+"}")
}
