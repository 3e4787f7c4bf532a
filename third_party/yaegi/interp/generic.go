package interp

import (
	"reflect"
	"strings"
	"sync/atomic"
)

// adot produces an AST dot(1) directed acyclic graph for the given node. For debugging only.
// func (n *node) adot() { n.astDot(dotWriter(n.interp.dotCmd), n.ident) }

// genAST returns a new AST where generic types are replaced by instantiated types.
func genAST(sc *scope, root *node, types []*itype) (*node, bool, error) {
	typeParam := map[string]*node{}
	pindex := 0
	tname := ""
	rtname := ""
	recvrPtr := false
	fixNodes := []*node{}
	var gtree func(*node, *node) (*node, error)
	sname := root.child[0].ident + "["
	if root.kind == funcDecl {
		sname = root.child[1].ident + "["
	}

	// Input type parameters must be resolved prior AST generation, as compilation
	// of generated AST may occur in a different scope.
	for _, t := range types {
		sname += t.id() + ","
	}
	sname = strings.TrimSuffix(sname, ",") + "]"

	gtree = func(n, anc *node) (*node, error) {
		nod := copyNode(n, anc, false)
		switch n.kind {
		case funcDecl, funcType:
			nod.val = nod

		case identExpr:
			// Replace generic type by instantiated one.
			nt, ok := typeParam[n.ident]
			if !ok {
				break
			}
			nod = copyNode(nt, anc, true)
			nod.typ = nt.typ

		case indexExpr:
			// Catch a possible recursive generic type definition
			if root.kind != typeSpec {
				break
			}
			if root.child[0].ident != n.child[0].ident {
				break
			}
			nod := copyNode(n.child[0], anc, false)
			fixNodes = append(fixNodes, nod)
			return nod, nil

		case fieldList:
			//  Node is the type parameters list of a generic function.
			if root.kind == funcDecl && n.anc == root.child[2] && childPos(n) == 0 {
				// Fill the types lookup table used for type substitution.
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						t, err := nodeType(c.interp, sc, c.child[l])
						if err != nil {
							return nil, err
						}
						if err := checkConstraint(types[pindex], t); err != nil {
							return nil, err
						}
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = types[pindex].id()
						typeParam[cc.ident].typ = types[pindex]
						pindex++
					}
				}
				// Skip type parameters specification, so generated func doesn't look generic.
				return nod, nil
			}

			// Node is the receiver of a generic method.
			if root.kind == funcDecl && n.anc == root && childPos(n) == 0 && len(n.child) > 0 {
				rtn := n.child[0].child[1]
				// Method receiver is a generic type if it takes some type parameters.
				if rtn.kind == indexExpr || rtn.kind == indexListExpr || (rtn.kind == starExpr && (rtn.child[0].kind == indexExpr || rtn.child[0].kind == indexListExpr)) {
					if rtn.kind == starExpr {
						// Method receiver is a pointer on a generic type.
						rtn = rtn.child[0]
						recvrPtr = true
					}
					rtname = rtn.child[0].ident + "["
					for _, cc := range rtn.child[1:] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = it.id()
						typeParam[cc.ident].typ = it
						rtname += it.id() + ","
						pindex++
					}
					rtname = strings.TrimSuffix(rtname, ",") + "]"
				}
			}

			// Node is the type parameters list of a generic type.
			if root.kind == typeSpec && n.anc == root && childPos(n) == 1 {
				// Fill the types lookup table used for type substitution.
				tname = n.anc.child[0].ident + "["
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						t, err := nodeType(c.interp, sc, c.child[l])
						if err != nil {
							return nil, err
						}
						if err := checkConstraint(types[pindex], t); err != nil {
							return nil, err
						}
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = it.id()
						typeParam[cc.ident].typ = it
						tname += it.id() + ","
						pindex++
					}
				}
				tname = strings.TrimSuffix(tname, ",") + "]"
				return nod, nil
			}
		}

		for _, c := range n.child {
			gn, err := gtree(c, nod)
			if err != nil {
				return nil, err
			}
			nod.child = append(nod.child, gn)
		}
		return nod, nil
	}

	if nod, found := root.interp.generic[sname]; found {
		return nod, true, nil
	}

	r, err := gtree(root, root.anc)
	if err != nil {
		return nil, false, err
	}
	root.interp.generic[sname] = r
	r.param = append(r.param, types...)
	if tname != "" {
		for _, nod := range fixNodes {
			nod.ident = tname
		}
		r.child[0].ident = tname
	}
	if rtname != "" {
		// Replace method receiver type by synthetized ident.
		nod := r.child[0].child[0].child[1]
		if recvrPtr {
			nod = nod.child[0]
		}
		nod.kind = identExpr
		nod.ident = rtname
		nod.child = nil
	}
	// r.adot() // Used for debugging only.
	return r, false, nil
}

func copyNode(n, anc *node, recursive bool) *node {
	var i interface{}
	nindex := atomic.AddInt64(&n.interp.nindex, 1)
	nod := &node{
		debug:  n.debug,
		anc:    anc,
		interp: n.interp,
		index:  nindex,
		level:  n.level,
		nleft:  n.nleft,
		nright: n.nright,
		kind:   n.kind,
		pos:    n.pos,
		action: n.action,
		gen:    n.gen,
		val:    &i,
		rval:   n.rval,
		ident:  n.ident,
		meta:   n.meta,
	}
	nod.start = nod
	if recursive {
		for _, c := range n.child {
			nod.child = append(nod.child, copyNode(c, nod, true))
		}
	}
	return nod
}

// goerl: inferTypesFromCall is rewritten. yaegi's version returned the
// types it met while walking the parameters, in walking order, one per
// occurrence: Map[T, U](xs []T, f func(T) U) got [T T U], a field of two
// names (a, b T) took one argument, variadic and untyped arguments and
// type parameters known only through a constraint (S ~[]E: E, as in
// slices.Sort and maps.Clone) were not inferred. This one binds each
// type parameter by name (first binding wins), typed arguments before
// untyped ones (which take their default type), then infers from core
// types of constraints, and returns the types in declaration order up to
// the first one it could not infer (genAST reports that one).
func inferTypesFromCall(sc *scope, fun *node, args []*node) ([]*itype, error) {
	ftn := fun.typ.node
	var names []string
	constraints := map[string]*itype{}
	for _, c := range ftn.child[0].child {
		typ, err := nodeType(fun.interp, sc, c.lastChild())
		if err != nil {
			return nil, err
		}
		for _, cc := range c.child[:len(c.child)-1] {
			names = append(names, cc.ident)
			constraints[cc.ident] = typ
		}
	}
	bound := map[string]*itype{}

	var unify func(param, input *itype)
	unify = func(param, input *itype) {
		if param == nil || input == nil {
			return
		}
		switch param.cat {
		case genericT, nilT:
			if _, ok := constraints[param.name]; ok && bound[param.name] == nil {
				bound[param.name] = input
			}
			return
		}
		in := structural(input.underlying())
		switch param.cat {
		case linkedT:
			unify(param.val, in)
		case chanT, chanSendT, chanRecvT, ptrT, sliceT, arrayT, variadicT:
			unify(param.val, in.val)
		case mapT:
			unify(param.key, in.key)
			unify(param.val, in.val)
		case structT:
			for i, f := range param.field {
				if i < len(in.field) {
					unify(f.typ, in.field[i].typ)
				}
			}
		case funcT:
			for i, t := range param.arg {
				if i < len(in.arg) {
					unify(t, in.arg[i])
				}
			}
			for i, t := range param.ret {
				if i < len(in.ret) {
					unify(t, in.ret[i])
				}
			}
		}
	}

	// The parameter type each argument is passed to.
	var params []*itype
	for _, c := range ftn.child[1].child {
		typ, err := nodeType(fun.interp, sc, c.lastChild())
		if err != nil {
			return nil, err
		}
		for k := 0; k < len(c.child)-1 || k == 0; k++ {
			params = append(params, typ)
		}
	}
	spread := len(args) > 0 && args[0].anc != nil && args[0].anc.action == aCallSlice
	paramOf := func(i int) *itype {
		if len(params) == 0 {
			return nil
		}
		if i >= len(params)-1 {
			last := params[len(params)-1]
			if last.cat == variadicT && !spread {
				return last.val
			}
			if i >= len(params) {
				return nil
			}
		}
		return params[i]
	}
	for _, untyped := range []bool{false, true} {
		for i, a := range args {
			if a.typ == nil || a.typ.untyped != untyped {
				continue
			}
			t := a.typ
			if untyped {
				t = t.defaultType(a.rval, sc)
			}
			unify(paramOf(i), t)
		}
	}

	// Core types: a bound S with constraint ~[]E binds E.
	for changed := true; changed; {
		changed = false
		for _, name := range names {
			if bound[name] == nil {
				continue
			}
			core := coreType(constraints[name])
			if core == nil {
				continue
			}
			before := len(bound)
			unify(core, bound[name])
			changed = changed || len(bound) != before
		}
	}

	types := []*itype{}
	for _, name := range names {
		if bound[name] == nil {
			break
		}
		types = append(types, bound[name])
	}
	return types, nil
}

// structural returns t with its element types as itypes when t is a
// compiled (reflect) type, so that unification can walk into it.
func structural(t *itype) *itype {
	if t.cat != valueT || t.rtype == nil {
		return t
	}
	rt := t.rtype
	switch rt.Kind() {
	case reflect.Slice, reflect.Array, reflect.Pointer, reflect.Chan:
		return &itype{cat: sliceT, val: valueTOf(rt.Elem())}
	case reflect.Map:
		return &itype{cat: mapT, key: valueTOf(rt.Key()), val: valueTOf(rt.Elem())}
	case reflect.Func:
		f := &itype{cat: funcT}
		for i := 0; i < rt.NumIn(); i++ {
			f.arg = append(f.arg, valueTOf(rt.In(i)))
		}
		for i := 0; i < rt.NumOut(); i++ {
			f.ret = append(f.ret, valueTOf(rt.Out(i)))
		}
		return f
	}
	return t
}

// coreType returns the single structural type a constraint allows
// (~[]E, map[K]V, interface{ ~func(T) }), or nil.
func coreType(c *itype) *itype {
	if c == nil {
		return nil
	}
	switch c.cat {
	case chanT, ptrT, sliceT, arrayT, mapT, structT, funcT:
		return c
	case constraintT, interfaceT:
		if len(c.constraint)+len(c.ulconstraint) == 1 {
			return coreType(append(append([]*itype{}, c.constraint...), c.ulconstraint...)[0])
		}
	}
	return nil
}

func checkConstraint(it, ct *itype) error {
	if len(ct.constraint) == 0 && len(ct.ulconstraint) == 0 {
		return nil
	}
	for _, c := range ct.constraint {
		if it.equals(c) || it.matchDefault(c) {
			return nil
		}
	}
	for _, c := range ct.ulconstraint {
		if it.underlying().equals(c) || it.matchDefault(c) {
			return nil
		}
	}
	return it.node.cfgErrorf("%s does not implement %s", it.id(), ct.id())
}
