package interp

import (
	"go/ast"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// typed is a module's type information, for the rewrites that need it.
type typed struct {
	pkg  *types.Package
	info *types.Info
	// importNames maps an import path to the name the file uses for it.
	importNames map[string]string
	errs        []types.Error // go/types' errors, in source order
}

// errorIn returns go/types' first error inside n, if any: where a
// lowering needs a type that an error left unknown, Go's own message
// says more than yaegi's about the construct it does not know.
func (t *typed) errorIn(n ast.Node) (types.Error, bool) {
	for _, e := range t.errs {
		if n.Pos() <= e.Pos && e.Pos < n.End() {
			return e, true
		}
	}
	return types.Error{}, false
}

// typeCheck type-checks the module against the packages yaegi will give
// it (symbolImporter). Errors are ignored: yaegi reports them, and the
// rewrites act only on expressions whose types are known. The standard
// packages come converted already (sharedStd), so it costs little more
// than checking the module itself.
func typeCheck(c *checked, erl map[string]reflect.Value) *typed {
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Uses:  map[*ast.Ident]types.Object{},
		Defs:  map[*ast.Ident]types.Object{},
		// Instances serve monomorph.go.
		Instances: map[*ast.Ident]types.Instance{},
		// Selections serve lower_methodvalue.go.
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	var errs []types.Error
	conf := types.Config{Importer: newSymbolImporter(erl), Error: func(err error) {
		if e, ok := err.(types.Error); ok && !e.Soft {
			errs = append(errs, e)
		}
	}}
	pkg, _ := conf.Check(c.file.Name.Name, c.fset, []*ast.File{c.file}, info)
	t := &typed{pkg: pkg, info: info, importNames: map[string]string{}, errs: errs}
	for _, spec := range c.file.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		name := path0(p)
		if spec.Name != nil {
			name = spec.Name.Name
		}
		if name != "_" && name != "." {
			t.importNames[p] = name
		}
	}
	// erl's term types are aliases of goerl/term's, under the same names;
	// the rewrite imports erl as erlAlias.
	t.importNames["goerl/term"] = erlAlias
	return t
}

func path0(p string) string { return p[strings.LastIndex(p, "/")+1:] }

// typeOf returns the type of e, nil if unknown.
func (t *typed) typeOf(e ast.Expr) types.Type {
	tv, ok := t.info.Types[e]
	if !ok || tv.Type == nil || tv.Type == types.Typ[types.Invalid] {
		return nil
	}
	return tv.Type
}

// typeString spells typ as Go source in this file; ok is false when it
// cannot be spelled at the top level of the file (topLevel) or at all:
// a type declared inside a function, or from a package the file does
// not import.
func (t *typed) typeString(typ types.Type, topLevel bool) (s string, ok bool) {
	ok = true
	qual := func(p *types.Package) string {
		if p == t.pkg {
			return ""
		}
		if name, found := t.importNames[p.Path()]; found {
			return name
		}
		ok = false
		return p.Name()
	}
	if topLevel && hasLocalType(typ, t.pkg) {
		return "", false
	}
	s = types.TypeString(typ, qual)
	return s, ok
}

// hasLocalType reports whether typ mentions a type declared inside a
// function or a type parameter.
func hasLocalType(typ types.Type, pkg *types.Package) bool {
	return mentionsType(typ, func(t types.Type) bool {
		switch t := t.(type) {
		case *types.TypeParam:
			return true
		case *types.Named:
			obj := t.Obj()
			return obj.Pkg() == pkg && obj.Parent() != pkg.Scope()
		}
		return false
	})
}

// mentionsType reports whether match holds for typ or for a type it is
// built from (type arguments, elements, keys, parameters, results and
// fields). Named types are not opened to their underlying type: what a
// name is declared as is not something its use mentions, and recursive
// declarations would otherwise never end.
func mentionsType(typ types.Type, match func(types.Type) bool) bool {
	found := false
	seen := map[types.Type]bool{}
	var walk func(types.Type)
	walk = func(typ types.Type) {
		if found || seen[typ] {
			return
		}
		seen[typ] = true
		if match(typ) {
			found = true
			return
		}
		switch t := typ.(type) {
		case *types.Named:
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tup.Len(); i++ {
					walk(tup.At(i).Type())
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		}
	}
	walk(typ)
	return found
}

// rewriteModule is the whole rewrite: monomorphization, then the kill
// checks and every other lowering, with types. A panic in the typed
// passes (a construct they do not expect) must not take the shell down:
// the module is then rewritten without types, as yaegi would have had
// it before the typed lowerings existed.
func rewriteModule(c *checked, src Source, erl map[string]reflect.Value) (out []byte, diags []Diagnostic) {
	defer func() {
		if recover() != nil {
			out, diags = rewrite(c.fset, c.file, src.Text, src.File), nil
		}
	}()
	rc, text, ty := c, src.Text, typeCheck(c, erl)
	if mc, mtext := monomorphizeSource(c, ty, src.Text, src.File); mc != nil {
		rc, text, ty = mc, mtext, typeCheck(mc, erl)
	}
	return rewriteTyped(rc.fset, rc.file, text, src.File, ty)
}
