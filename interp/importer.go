package interp

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/traefik/yaegi/stdlib"
	"github.com/traefik/yaegi/stdlib/generic"
)

// symbolImporter gives go/types the packages a module can import, built
// from the same symbol tables yaegi runs (stdlib.Symbols, the version's
// erl symbols) and, for cmp, maps and slices, from the generic source
// yaegi interprets. The rewrites that depend on types (range over int
// and func, min, max, clear) see exactly what yaegi will run.
//
// One importer serves one Load, but only its erl package is its own: the
// standard packages are the same for every load, so they are converted
// once per Go process (sharedStd) and shared read-only. Converting them
// was most of a load's type check (about 2.4 ms, 5.6 ms with slices).
type symbolImporter struct {
	erl   map[string]reflect.Value
	fset  *token.FileSet
	pkgs  map[string]*types.Package
	named map[reflect.Type]types.Type
	// std is the shared conversion of the standard packages; nil while
	// sharedStd itself is being built.
	std *stdTypes
}

// stdTypes is the go/types form of every standard package a module may
// import (allowedStd) and of the packages their types mention. It is
// built once and never written after: its maps are only read, and
// complete go/types packages may be used by concurrent type checks (as
// go/packages shares imported packages), so loads on several goroutines
// share it without a lock. It is package-level state that is immutable
// once sync.OnceValue has built it, so no two code servers can disagree
// about it.
type stdTypes struct {
	pkgs  map[string]*types.Package
	named map[reflect.Type]types.Type
}

// sharedStd builds stdTypes on first use. Its inputs (stdlib.Symbols and
// generic.Sources) are constant tables compiled into the binary.
var sharedStd = sync.OnceValue(func() *stdTypes {
	im := &symbolImporter{fset: token.NewFileSet(), pkgs: map[string]*types.Package{}, named: map[reflect.Type]types.Type{}}
	paths := make([]string, 0, len(allowedStd))
	for p := range allowedStd {
		paths = append(paths, p)
	}
	sort.Strings(paths) // the same packages in the same order every run
	for _, p := range paths {
		im.Import(p)
	}
	return &stdTypes{pkgs: im.pkgs, named: im.named}
})

func newSymbolImporter(erl map[string]reflect.Value) *symbolImporter {
	return &symbolImporter{
		erl:   erl,
		fset:  token.NewFileSet(),
		pkgs:  map[string]*types.Package{},
		named: map[reflect.Type]types.Type{},
		std:   sharedStd(),
	}
}

func (im *symbolImporter) Import(p string) (*types.Package, error) {
	if im.std != nil && p != "erl" {
		if pkg, ok := im.std.pkgs[p]; ok && pkg.Complete() {
			return pkg, nil
		}
	}
	if pkg, ok := im.pkgs[p]; ok && pkg.Complete() {
		return pkg, nil
	}
	if p == "unsafe" {
		return types.Unsafe, nil
	}
	if genericStd[p] {
		return im.genericPackage(p), nil
	}
	syms := im.erl
	if p != "erl" {
		syms = stdlib.Symbols[p+"/"+path.Base(p)]
	}
	pkg := im.ownPkg(p)
	scope := pkg.Scope()
	for name, v := range syms {
		if strings.HasPrefix(name, "_") || scope.Lookup(name) != nil {
			continue
		}
		if obj := im.object(pkg, name, v); obj != nil {
			scope.Insert(obj)
		}
	}
	pkg.MarkComplete()
	return pkg, nil
}

// pkg returns the (possibly still empty) package for an import path,
// to own a named type: the shared one when the standard conversion has
// it, so that a type reached from erl and from fmt is one type.
func (im *symbolImporter) pkg(p string) *types.Package {
	if im.std != nil && p != "erl" {
		if pkg, ok := im.std.pkgs[p]; ok {
			return pkg
		}
	}
	return im.ownPkg(p)
}

// ownPkg returns this importer's own package for p, which Import may
// fill: a shared package is never written to.
func (im *symbolImporter) ownPkg(p string) *types.Package {
	if pkg, ok := im.pkgs[p]; ok {
		return pkg
	}
	pkg := types.NewPackage(p, path.Base(p))
	im.pkgs[p] = pkg
	return pkg
}

// object turns one symbol into a go/types object: a nil *T is the type
// T, a constant.Value an untyped constant, an addressable value a
// variable, a func a function, any other value a typed constant.
func (im *symbolImporter) object(pkg *types.Package, name string, v reflect.Value) types.Object {
	if !v.IsValid() {
		return nil
	}
	if c, ok := v.Interface().(constant.Value); ok && !v.CanAddr() {
		return types.NewConst(token.NoPos, pkg, name, untypedOf(c), c)
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Pointer && v.IsNil() && !v.CanAddr():
		elem := t.Elem()
		if elem.Name() == name && elem.PkgPath() == pkg.Path() {
			return im.typeOf(elem).(*types.Named).Obj()
		}
		return types.NewTypeName(token.NoPos, pkg, name, im.typeOf(elem)) // an alias
	case v.CanAddr():
		return types.NewVar(token.NoPos, pkg, name, im.typeOf(t))
	case t.Kind() == reflect.Func:
		return types.NewFunc(token.NoPos, pkg, name, im.signature(t, false))
	}
	if c := constOf(v); c != nil {
		return types.NewConst(token.NoPos, pkg, name, im.typeOf(t), c)
	}
	return types.NewVar(token.NoPos, pkg, name, im.typeOf(t))
}

func untypedOf(c constant.Value) types.Type {
	switch c.Kind() {
	case constant.Bool:
		return types.Typ[types.UntypedBool]
	case constant.String:
		return types.Typ[types.UntypedString]
	case constant.Int:
		return types.Typ[types.UntypedInt]
	case constant.Float:
		return types.Typ[types.UntypedFloat]
	case constant.Complex:
		return types.Typ[types.UntypedComplex]
	}
	return types.Typ[types.Invalid]
}

func constOf(v reflect.Value) constant.Value {
	switch v.Kind() {
	case reflect.Bool:
		return constant.MakeBool(v.Bool())
	case reflect.String:
		return constant.MakeString(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint())
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float())
	}
	return nil
}

var basicKinds = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.String: types.String,
	reflect.Int: types.Int, reflect.Int8: types.Int8, reflect.Int16: types.Int16,
	reflect.Int32: types.Int32, reflect.Int64: types.Int64,
	reflect.Uint: types.Uint, reflect.Uint8: types.Uint8, reflect.Uint16: types.Uint16,
	reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64, reflect.Uintptr: types.Uintptr,
	reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128,
	reflect.UnsafePointer: types.UnsafePointer,
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// typeOf converts a reflect type; named types keep their package, name
// and exported methods.
func (im *symbolImporter) typeOf(t reflect.Type) types.Type {
	if im.std != nil {
		if tt, ok := im.std.named[t]; ok {
			return tt
		}
	}
	if tt, ok := im.named[t]; ok {
		return tt
	}
	if t == errorType {
		return types.Universe.Lookup("error").Type()
	}
	if t.Name() != "" && t.PkgPath() == "" {
		if k, ok := basicKinds[t.Kind()]; ok {
			return types.Typ[k]
		}
	}
	if t.Name() != "" && t.PkgPath() != "" {
		obj := types.NewTypeName(token.NoPos, im.pkg(t.PkgPath()), t.Name(), nil)
		named := types.NewNamed(obj, nil, nil)
		im.named[t] = named
		named.SetUnderlying(im.structure(t))
		if t.Kind() != reflect.Interface {
			for i := 0; i < t.NumMethod(); i++ {
				m := t.Method(i)
				recv := types.NewVar(token.NoPos, obj.Pkg(), "", named)
				named.AddMethod(types.NewFunc(token.NoPos, obj.Pkg(), m.Name, im.method(recv, m.Type)))
			}
			pt := reflect.PointerTo(t)
			for i := 0; i < pt.NumMethod(); i++ {
				m := pt.Method(i)
				if _, ok := t.MethodByName(m.Name); ok {
					continue
				}
				recv := types.NewVar(token.NoPos, obj.Pkg(), "", types.NewPointer(named))
				named.AddMethod(types.NewFunc(token.NoPos, obj.Pkg(), m.Name, im.method(recv, m.Type)))
			}
		}
		return named
	}
	tt := im.structure(t)
	im.named[t] = tt
	return tt
}

// structure converts the shape of t, ignoring its name.
func (im *symbolImporter) structure(t reflect.Type) types.Type {
	switch t.Kind() {
	case reflect.Pointer:
		return types.NewPointer(im.typeOf(t.Elem()))
	case reflect.Slice:
		return types.NewSlice(im.typeOf(t.Elem()))
	case reflect.Array:
		return types.NewArray(im.typeOf(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(im.typeOf(t.Key()), im.typeOf(t.Elem()))
	case reflect.Chan:
		dir := types.SendRecv
		switch t.ChanDir() {
		case reflect.SendDir:
			dir = types.SendOnly
		case reflect.RecvDir:
			dir = types.RecvOnly
		}
		return types.NewChan(dir, im.typeOf(t.Elem()))
	case reflect.Func:
		return im.signature(t, false)
	case reflect.Struct:
		fields := make([]*types.Var, t.NumField())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(token.NoPos, im.fieldPkg(f.PkgPath), f.Name, im.typeOf(f.Type), f.Anonymous)
		}
		return types.NewStruct(fields, nil)
	case reflect.Interface:
		methods := make([]*types.Func, t.NumMethod())
		for i := range methods {
			m := t.Method(i)
			methods[i] = types.NewFunc(token.NoPos, im.fieldPkg(m.PkgPath), m.Name, im.signature(m.Type, false))
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	if k, ok := basicKinds[t.Kind()]; ok {
		return types.Typ[k]
	}
	return types.Typ[types.Invalid]
}

func (im *symbolImporter) fieldPkg(p string) *types.Package {
	if p == "" {
		return nil
	}
	return im.pkg(p)
}

// method converts a method type whose first parameter is the receiver.
func (im *symbolImporter) method(recv *types.Var, t reflect.Type) *types.Signature {
	sig := im.signature(t, true)
	return types.NewSignatureType(recv, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
}

func (im *symbolImporter) signature(t reflect.Type, skipFirst bool) *types.Signature {
	var params, results []*types.Var
	for i := 0; i < t.NumIn(); i++ {
		if i == 0 && skipFirst {
			continue
		}
		params = append(params, types.NewParam(token.NoPos, nil, "", im.typeOf(t.In(i))))
	}
	for i := 0; i < t.NumOut(); i++ {
		results = append(results, types.NewParam(token.NoPos, nil, "", im.typeOf(t.Out(i))))
	}
	return types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(results...), t.IsVariadic())
}

// genericPackage type-checks the generic source yaegi interprets for p.
func (im *symbolImporter) genericPackage(p string) *types.Package {
	var files []*ast.File
	for _, src := range generic.Sources {
		f, err := parser.ParseFile(im.fset, p+".go", src, 0)
		if err == nil && f.Name.Name == path.Base(p) {
			files = append(files, f)
		}
	}
	conf := types.Config{Importer: im, Error: func(error) {}}
	pkg, _ := conf.Check(p, im.fset, files, nil) // partial packages are fine
	im.pkgs[p] = pkg
	return pkg
}
