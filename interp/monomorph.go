package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// yaegi v0.16.1's generics fail on ordinary programs: a generic struct
// returned from a generic function, inference through a generic type's
// argument, generic methods of a map type. goerl monomorphizes instead,
// as a compiler may: go/types has already inferred every instantiation
// (types.Info.Instances), so each generic function and type is replaced
// by one plain copy per set of type arguments it is used with, the type
// parameters spelled as those arguments, and every use names its copy:
//
//	type pair[T any] struct{ a, b T }        ->  type __erlg1_pair struct{ a, b int }
//	func swap[T any](p pair[T]) pair[T] {..} ->  func __erlg2_swap(p __erlg1_pair) __erlg1_pair {..}
//	swap(pair[int]{1, 2})                     ->  __erlg2_swap(__erlg1_pair{1, 2})
//
// Methods of a generic type are copied with each instance of the type.
// This runs first, on the user's text; the other rewrites then work on
// its output, and the line directives of both lead errors and panics
// back to the user's line, in the generic declaration. When some instantiation
// cannot be spelled at the top of the file (a type argument declared
// inside a function), the file's generics are left to yaegi, as before.

// generic is one generic declaration: a function, or a type with its
// methods.
type genericDecl struct {
	obj     types.Object
	decls   []ast.Node // the FuncDecl, or the TypeSpec's GenDecl and the method FuncDecls
	tparams *types.TypeParamList
}

// instance is one instantiation of a generic.
type instance struct {
	g    *genericDecl
	args []types.Type
	name string
}

type monomorphizer struct {
	r         *rewriter
	t         *typed
	generics  map[types.Object]*genericDecl
	instances map[string]*instance // by key
	queue     []*instance
	failed    bool
	indexEnds map[*ast.Ident]token.Pos // id -> end of id[...]
}

// monomorphizeSource returns the module's source with its generics
// monomorphized, and a file set and file parsed from it for the other
// rewrites (whose directives then go through this one's); nil when
// there is nothing to do or it cannot be done.
func monomorphizeSource(c *checked, ty *typed, src []byte, fileName string) (*checked, []byte) {
	if ty == nil || !declaresGenerics(c.file) {
		return nil, nil
	}
	r := &rewriter{fset: c.fset, file: c.fset.File(c.file.Package), fileName: fileName, src: src, typed: ty}
	if !r.monomorphize(c.file) {
		return nil, nil
	}
	// applyRange, not apply: a use's edits may lie inside another's
	// (Stack[Stack[int]]), and only the outer one counts.
	out := []byte(applyRange(src, 0, len(src), r.inserts))
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, fileName, out, parser.ParseComments)
	if err != nil {
		return nil, nil // a bug of the monomorphizer: leave the generics to yaegi
	}
	return &checked{fset: fset, file: f, imports: c.imports}, out
}

func declaresGenerics(f *ast.File) bool {
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Type.TypeParams != nil {
				return true
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil {
					return true
				}
			}
		}
	}
	return false
}

// monomorphize registers the edits; false if it cannot be done.
func (r *rewriter) monomorphize(f *ast.File) bool {
	m := &monomorphizer{r: r, t: r.typed, generics: map[types.Object]*genericDecl{}, instances: map[string]*instance{}}
	if !m.collect(f) {
		return false
	}
	m.indexEnds = map[*ast.Ident]token.Pos{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IndexExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				m.indexEnds[id] = x.End()
			}
		case *ast.IndexListExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				m.indexEnds[id] = x.End()
			}
		}
		return true
	})
	// Uses outside generic declarations are concrete.
	var edits []insertion
	for id, inst := range m.t.info.Instances {
		if m.inGeneric(id.Pos()) {
			continue
		}
		edits = append(edits, m.useEdits(id, inst, nil)...)
	}
	// Instantiate, including what instances use.
	copies := map[ast.Node][]string{}
	for len(m.queue) > 0 && !m.failed {
		inst := m.queue[0]
		m.queue = m.queue[1:]
		for _, d := range inst.g.decls {
			copies[d] = append(copies[d], m.render(d, inst))
		}
	}
	if m.failed {
		return false
	}
	// Replace each generic declaration by its copies, dropping the other
	// rewrites' insertions inside it (they are in the copies).
	var spans [][2]int
	for _, g := range m.generics {
		for _, d := range g.decls {
			start, end := r.file.Offset(d.Pos()), r.file.Offset(d.End())
			spans = append(spans, [2]int{start, end})
			p := r.fset.PositionFor(d.End(), true)
			text := strings.Join(copies[d], "\n")
			edits = append(edits, insertion{offset: start, skip: end - start,
				text: fmt.Sprintf("%s/*line %s:%d:%d*/", text, r.fileName, p.Line, p.Column)})
		}
	}
	for _, e := range edits {
		if e.skip > 0 {
			spans = append(spans, [2]int{e.offset, e.offset + e.skip})
		}
	}
	kept := r.inserts[:0]
	for _, ins := range r.inserts {
		if !insideAny(ins, spans) {
			kept = append(kept, ins)
		}
	}
	r.inserts = append(kept, edits...)
	return true
}

// insideAny reports whether an insertion falls inside one of the spans
// that a replacement covers (its first offset excepted: insertions there
// go before the replacement).
func insideAny(ins insertion, spans [][2]int) bool {
	for _, s := range spans {
		if ins.offset > s[0] && ins.offset < s[1] || ins.offset == s[0] && ins.skip > 0 {
			return true
		}
	}
	return false
}

// collect finds the generic declarations; false if there are none.
func (m *monomorphizer) collect(f *ast.File) bool {
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Type.TypeParams != nil {
				obj := m.t.info.Defs[d.Name]
				fn, ok := obj.(*types.Func)
				if !ok {
					return false
				}
				m.generics[obj] = &genericDecl{obj: obj, decls: []ast.Node{d}, tparams: fn.Type().(*types.Signature).TypeParams()}
			}
		case *ast.GenDecl:
			if d.Tok != token.TYPE {
				continue
			}
			for _, s := range d.Specs {
				ts := s.(*ast.TypeSpec)
				if ts.TypeParams == nil {
					continue
				}
				if len(d.Specs) > 1 || ts.Assign.IsValid() {
					return false // a grouped declaration or a generic alias: left to yaegi
				}
				obj := m.t.info.Defs[ts.Name]
				named, ok := obj.Type().(*types.Named)
				if !ok {
					return false
				}
				m.generics[obj] = &genericDecl{obj: obj, decls: []ast.Node{d}, tparams: named.TypeParams()}
			}
		}
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		if base := recvBase(fd.Recv.List[0].Type); base != nil {
			if g := m.generics[m.t.info.Uses[base]]; g != nil {
				g.decls = append(g.decls, fd)
			}
		}
	}
	return len(m.generics) > 0
}

// recvBase is the type name of a receiver type expression (T, *T, T[P],
// *T[P]).
func recvBase(e ast.Expr) *ast.Ident {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	switch x := e.(type) {
	case *ast.IndexExpr:
		e = x.X
	case *ast.IndexListExpr:
		e = x.X
	}
	id, _ := e.(*ast.Ident)
	return id
}

func (m *monomorphizer) inGeneric(pos token.Pos) bool {
	for _, g := range m.generics {
		for _, d := range g.decls {
			if d.Pos() <= pos && pos < d.End() {
				return true
			}
		}
	}
	return false
}

// instanceOf returns (and queues, when new) the instance of g for args.
func (m *monomorphizer) instanceOf(g *genericDecl, args []types.Type) *instance {
	var key strings.Builder
	key.WriteString(g.obj.Name())
	for _, a := range args {
		key.WriteString(";" + types.TypeString(a, nil))
	}
	if inst, ok := m.instances[key.String()]; ok {
		return inst
	}
	inst := &instance{g: g, args: args, name: fmt.Sprintf("__erlg%d_%s", len(m.instances)+1, g.obj.Name())}
	m.instances[key.String()] = inst
	m.queue = append(m.queue, inst)
	return inst
}

// useEdits renames one use of a generic to its instance and drops its
// explicit type arguments; subst maps the type parameters of the
// declaration being copied, nil outside one.
func (m *monomorphizer) useEdits(id *ast.Ident, use types.Instance, subst map[*types.TypeParam]types.Type) []insertion {
	obj := m.t.info.Uses[id]
	g := m.generics[obj]
	if g == nil {
		return nil // a generic of another package (slices.Sort): yaegi's
	}
	args := make([]types.Type, use.TypeArgs.Len())
	for i := range args {
		args[i] = m.subst(use.TypeArgs.At(i), subst)
		if hasTypeParam(args[i]) {
			m.failed = true
			return nil
		}
	}
	inst := m.instanceOf(g, args)
	edits := []insertion{m.edit(id.Pos(), id.End(), inst.name)}
	if end := m.indexEnd(id); end.IsValid() {
		edits = append(edits, m.edit(id.End(), end, ""))
	}
	return edits
}

// indexEnd is the end of the explicit instantiation id[...], if any.
func (m *monomorphizer) indexEnd(id *ast.Ident) token.Pos {
	return m.indexEnds[id]
}

func (m *monomorphizer) edit(pos, end token.Pos, text string) insertion {
	p := m.r.fset.PositionFor(end, true)
	return insertion{
		offset: m.r.file.Offset(pos),
		skip:   m.r.file.Offset(end) - m.r.file.Offset(pos),
		text:   fmt.Sprintf("%s/*line %s:%d:%d*/", text, m.r.fileName, p.Line, p.Column),
	}
}

// render returns one declaration of a generic as instance inst.
func (m *monomorphizer) render(d ast.Node, inst *instance) string {
	subst := map[*types.TypeParam]types.Type{}
	for i := 0; i < inst.g.tparams.Len(); i++ {
		subst[inst.g.tparams.At(i)] = inst.args[i]
	}
	var edits []insertion
	var skipRange [2]token.Pos // the receiver's type or the type parameter list
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil {
			// A method: its receiver declares its own type parameters.
			rt := d.Recv.List[0].Type
			if s, ok := rt.(*ast.StarExpr); ok {
				rt = s.X
			}
			var params []ast.Expr
			switch x := rt.(type) {
			case *ast.IndexExpr:
				params = []ast.Expr{x.Index}
			case *ast.IndexListExpr:
				params = x.Indices
			}
			for i, p := range params {
				if id, ok := p.(*ast.Ident); ok && i < len(inst.args) {
					if tn, ok := m.t.info.Defs[id].(*types.TypeName); ok {
						if tp, ok := tn.Type().(*types.TypeParam); ok {
							subst[tp] = inst.args[i]
						}
					}
				}
			}
			edits = append(edits, m.edit(rt.Pos(), rt.End(), inst.name))
			skipRange = [2]token.Pos{rt.Pos(), rt.End()}
		} else {
			edits = append(edits, m.edit(d.Name.Pos(), d.Name.End(), inst.name))
			tp := d.Type.TypeParams
			edits = append(edits, m.edit(tp.Opening, tp.Closing+1, ""))
			skipRange = [2]token.Pos{tp.Opening, tp.Closing + 1}
		}
	case *ast.GenDecl:
		ts := d.Specs[0].(*ast.TypeSpec)
		edits = append(edits, m.edit(ts.Name.Pos(), ts.Name.End(), inst.name))
		tp := ts.TypeParams
		edits = append(edits, m.edit(tp.Opening, tp.Closing+1, ""))
		skipRange = [2]token.Pos{tp.Opening, tp.Closing + 1}
	}
	ast.Inspect(d, func(n ast.Node) bool {
		if m.failed {
			return false
		}
		if n != nil && n.Pos() >= skipRange[0] && n.End() <= skipRange[1] && skipRange[0].IsValid() {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if use, ok := m.t.info.Instances[id]; ok {
			edits = append(edits, m.useEdits(id, use, subst)...)
			return true
		}
		if tn, ok := m.t.info.Uses[id].(*types.TypeName); ok {
			if tp, ok := tn.Type().(*types.TypeParam); ok {
				arg, found := subst[tp]
				if !found {
					m.failed = true
					return false
				}
				s, ok := m.typeExpr(arg)
				if !ok {
					m.failed = true
					return false
				}
				edits = append(edits, m.edit(id.Pos(), id.End(), s))
			}
		}
		return true
	})
	// The other rewrites' insertions inside the declaration, then ours.
	start, end := m.r.file.Offset(d.Pos()), m.r.file.Offset(d.End())
	var spans [][2]int
	for _, e := range edits {
		if e.skip > 0 {
			spans = append(spans, [2]int{e.offset, e.offset + e.skip})
		}
	}
	var ins []insertion
	for _, i := range m.r.inserts {
		if i.offset >= start && i.offset < end && !insideAny(i, spans) {
			ins = append(ins, i)
		}
	}
	ins = append(ins, edits...)
	p := m.r.fset.PositionFor(d.Pos(), true)
	return fmt.Sprintf("/*line %s:%d:%d*/", m.r.fileName, p.Line, p.Column) + applyRange(m.r.src, start, end, ins)
}

// applyRange applies insertions to src[start:end].
func applyRange(src []byte, start, end int, ins []insertion) string {
	sort.SliceStable(ins, func(i, j int) bool {
		a, b := ins[i], ins[j]
		return a.offset < b.offset || a.offset == b.offset && a.skip == 0 && b.skip != 0
	})
	var b strings.Builder
	last := start
	for _, i := range ins {
		if i.offset < last {
			continue // overlapping: inside a replaced span
		}
		b.Write(src[last:i.offset])
		b.WriteString(i.text)
		last = i.offset + i.skip
	}
	if last < end {
		b.Write(src[last:end])
	}
	return b.String()
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	return mentionsType(t, func(t types.Type) bool {
		_, ok := t.(*types.TypeParam)
		return ok
	})
}

// subst replaces type parameters in t.
func (m *monomorphizer) subst(t types.Type, s map[*types.TypeParam]types.Type) types.Type {
	if len(s) == 0 || !hasTypeParam(t) {
		return t
	}
	switch t := t.(type) {
	case *types.TypeParam:
		if a, ok := s[t]; ok {
			return a
		}
		return t
	case *types.Named:
		args := make([]types.Type, t.TypeArgs().Len())
		for i := range args {
			args[i] = m.subst(t.TypeArgs().At(i), s)
		}
		inst, err := types.Instantiate(nil, t.Origin(), args, false)
		if err != nil {
			m.failed = true
			return t
		}
		return inst
	case *types.Pointer:
		return types.NewPointer(m.subst(t.Elem(), s))
	case *types.Slice:
		return types.NewSlice(m.subst(t.Elem(), s))
	case *types.Array:
		return types.NewArray(m.subst(t.Elem(), s), t.Len())
	case *types.Map:
		return types.NewMap(m.subst(t.Key(), s), m.subst(t.Elem(), s))
	case *types.Chan:
		return types.NewChan(t.Dir(), m.subst(t.Elem(), s))
	case *types.Signature:
		return types.NewSignatureType(nil, nil, nil, m.substTuple(t.Params(), s), m.substTuple(t.Results(), s), t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), m.subst(f.Type(), s), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags)
	}
	m.failed = true
	return t
}

func (m *monomorphizer) substTuple(t *types.Tuple, s map[*types.TypeParam]types.Type) *types.Tuple {
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		v := t.At(i)
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), m.subst(v.Type(), s))
	}
	return types.NewTuple(vars...)
}

// typeExpr spells a concrete type for the top level of the file, with
// instances of the file's generic types named by their copies.
func (m *monomorphizer) typeExpr(t types.Type) (string, bool) {
	switch t := t.(type) {
	case *types.Named:
		if t.TypeArgs().Len() > 0 {
			g := m.generics[t.Origin().Obj()]
			if g == nil {
				return "", false
			}
			args := make([]types.Type, t.TypeArgs().Len())
			for i := range args {
				args[i] = t.TypeArgs().At(i)
			}
			return m.instanceOf(g, args).name, true
		}
		return m.t.typeString(t, true)
	case *types.Pointer:
		s, ok := m.typeExpr(t.Elem())
		return "*" + s, ok
	case *types.Slice:
		s, ok := m.typeExpr(t.Elem())
		return "[]" + s, ok
	case *types.Array:
		s, ok := m.typeExpr(t.Elem())
		return fmt.Sprintf("[%d]%s", t.Len(), s), ok
	case *types.Map:
		k, ok1 := m.typeExpr(t.Key())
		v, ok2 := m.typeExpr(t.Elem())
		return "map[" + k + "]" + v, ok1 && ok2
	case *types.Chan:
		s, ok := m.typeExpr(t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + s, ok
		case types.RecvOnly:
			return "<-chan " + s, ok
		}
		return "chan " + s, ok
	case *types.Signature:
		params, ok1 := m.tupleExpr(t.Params(), t.Variadic())
		results, ok2 := m.tupleExpr(t.Results(), false)
		return "func(" + params + ") (" + results + ")", ok1 && ok2
	case *types.Struct:
		var b strings.Builder
		b.WriteString("struct{")
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			s, ok := m.typeExpr(f.Type())
			if !ok {
				return "", false
			}
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			b.WriteString(s)
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
			b.WriteString("; ")
		}
		b.WriteString("}")
		return b.String(), true
	}
	if hasTypeParam(t) {
		return "", false
	}
	return m.t.typeString(t, true)
}

func (m *monomorphizer) tupleExpr(t *types.Tuple, variadic bool) (string, bool) {
	parts := make([]string, t.Len())
	for i := range parts {
		typ := t.At(i).Type()
		prefix := ""
		if variadic && i == t.Len()-1 {
			typ = typ.(*types.Slice).Elem()
			prefix = "..."
		}
		s, ok := m.typeExpr(typ)
		if !ok {
			return "", false
		}
		parts[i] = prefix + s
	}
	return strings.Join(parts, ", "), true
}
