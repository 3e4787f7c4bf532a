package interp

import (
	"go/ast"
	"go/token"
)

// switchVar holds a lowered switch's tag. Nested switches each declare
// their own, in their own scope, so one name serves them all.
const switchVar = "__erls"

// lowerSwitch turns an expression switch into a tagless one:
//
//	switch x { case a, b: ... }          // before
//	switch __erls := x; { case __erls == a || __erls == b: ... }
//
// yaegi v0.16.1 converts the tag to each case's type, which panics at
// run time ("reflect.Value.Convert: value of type interface {} cannot
// be converted to type term.Atom") when the tag is an interface value,
// as a received message or a tuple's element is. The spec defines the
// expression switch by exactly these comparisons, evaluated top to
// bottom and left to right, with the tag evaluated once, so the
// lowering keeps its meaning, fallthrough, default and labels included.
// A switch with an init statement keeps it, and the tag moves into an
// inner switch, so that the init's variables stay visible in the tag
// and the clauses and a break still leaves the whole statement:
//
//	switch v := f(); v.k { ... }         // before
//	switch v := f(); {default: switch __erls := v.k; { ... }}
func (r *rewriter) lowerSwitch(s *ast.SwitchStmt) {
	if s.Tag == nil || !hasCaseExprs(s) {
		return // nothing to compare; a tag-only switch just evaluates it
	}
	if s.Init != nil {
		r.insertAt(s.Tag.Pos(), "{default: switch "+switchVar+" := ")
		r.insertAt(s.Body.Rbrace+1, "}")
	} else {
		r.insertAt(s.Tag.Pos(), switchVar+" := ")
	}
	r.insertAt(s.Tag.End(), ";")
	for _, stmt := range s.Body.List {
		list := stmt.(*ast.CaseClause).List
		for i, e := range list {
			// Parentheses only where precedence needs them: yaegi
			// v0.16.1 mistypes a parenthesized constant (`z == (1)`).
			open, close := "", ""
			if b, ok := e.(*ast.BinaryExpr); ok && b.Op.Precedence() <= token.EQL.Precedence() {
				open, close = "(", ")"
			}
			if i == 0 {
				r.insertAt(e.Pos(), switchVar+" == "+open)
			} else {
				// One || chain, not a case list: yaegi v0.16.1 gets a
				// tagless switch's case lists wrong (`case z == 1, z ==
				// "a"` misses "a").
				r.replace(list[i-1].End(), e.Pos(), " || "+switchVar+" == "+open)
			}
			if close != "" {
				r.insertAt(e.End(), close)
			}
		}
	}
}

func hasCaseExprs(s *ast.SwitchStmt) bool {
	for _, stmt := range s.Body.List {
		if len(stmt.(*ast.CaseClause).List) > 0 {
			return true
		}
	}
	return false
}
