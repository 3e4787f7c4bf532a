package builtins

import (
	"goerl/term"
)

// mapArg is a map argument, or error:{badmap,T}.
func mapArg(t term.Term) *term.Map {
	m, ok := t.(*term.Map)
	if !ok {
		fail(term.Tuple{term.Atom("badmap"), t})
	}
	return m
}

func mapsBIFs() []Entry {
	return []Entry{
		modBIF("maps", "new", 0, "an empty map", func(*Call, []term.Term) term.Term { return term.NewMap(nil, nil) }),
		modBIF("maps", "get", 2, "the value of Key, or error:{badkey,Key}", func(_ *Call, a []term.Term) term.Term {
			v, ok := mapArg(a[1]).Get(a[0])
			if !ok {
				fail(term.Tuple{term.Atom("badkey"), a[0]})
			}
			return v
		}),
		modBIF("maps", "get", 3, "the value of Key, or Default", func(_ *Call, a []term.Term) term.Term {
			if v, ok := mapArg(a[1]).Get(a[0]); ok {
				return v
			}
			return a[2]
		}),
		modBIF("maps", "find", 2, "{ok,Value} or error", func(_ *Call, a []term.Term) term.Term {
			if v, ok := mapArg(a[1]).Get(a[0]); ok {
				return term.Tuple{term.OK, v}
			}
			return atomError
		}),
		modBIF("maps", "is_key", 2, "whether the map has Key", func(_ *Call, a []term.Term) term.Term {
			_, ok := mapArg(a[1]).Get(a[0])
			return term.Bool(ok)
		}),
		modBIF("maps", "put", 3, "the map with Key => Value", func(_ *Call, a []term.Term) term.Term {
			return mapArg(a[2]).Put(a[0], a[1])
		}),
		modBIF("maps", "update", 3, "the map with existing Key => Value", func(_ *Call, a []term.Term) term.Term {
			m := mapArg(a[2])
			if _, ok := m.Get(a[0]); !ok {
				fail(term.Tuple{term.Atom("badkey"), a[0]})
			}
			return m.Put(a[0], a[1])
		}),
		modBIF("maps", "remove", 2, "the map without Key", func(_ *Call, a []term.Term) term.Term {
			return mapArg(a[1]).Remove(a[0])
		}),
		modBIF("maps", "keys", 1, "the keys, in term order", func(_ *Call, a []term.Term) term.Term {
			return append(term.List{}, mapArg(a[0]).Keys()...)
		}),
		modBIF("maps", "values", 1, "the values, in key order", func(_ *Call, a []term.Term) term.Term {
			return append(term.List{}, mapArg(a[0]).Values()...)
		}),
		modBIF("maps", "size", 1, "the number of associations", func(_ *Call, a []term.Term) term.Term {
			return mapArg(a[0]).Len()
		}),
		modBIF("maps", "to_list", 1, "[{Key,Value}] in key order", func(_ *Call, a []term.Term) term.Term {
			m := mapArg(a[0])
			out := make(term.List, m.Len())
			for i, k := range m.Keys() {
				out[i] = term.Tuple{k, m.Values()[i]}
			}
			return out
		}),
		modBIF("maps", "from_list", 1, "a map from [{Key,Value}]", func(_ *Call, a []term.Term) term.Term {
			l, ok := properList(a[0])
			if !ok {
				badarg()
			}
			m := term.NewMap(nil, nil)
			for _, x := range l {
				t, ok := x.(term.Tuple)
				if !ok || len(t) != 2 {
					badarg()
				}
				m = m.Put(t[0], t[1])
			}
			return m
		}),
		modBIF("maps", "merge", 2, "both maps; the second wins on equal keys", func(_ *Call, a []term.Term) term.Term {
			m1, ok1 := a[0].(*term.Map)
			m2, ok2 := a[1].(*term.Map)
			if !ok1 || !ok2 {
				badarg()
			}
			for i, k := range m2.Keys() {
				m1 = m1.Put(k, m2.Values()[i])
			}
			return m1
		}),
		modBIF("maps", "map", 2, "a map with F(K, V) as each value", func(c *Call, a []term.Term) term.Term {
			f, m := funAndMap(a[0], 2, a[1])
			out := term.NewMap(nil, nil)
			for i, k := range m.Keys() {
				out = out.Put(k, c.Apply(f, []term.Term{k, m.Values()[i]}))
			}
			return out
		}),
		modBIF("maps", "filter", 2, "the associations for which F(K, V) is true", func(c *Call, a []term.Term) term.Term {
			f, m := funAndMap(a[0], 2, a[1])
			out := term.NewMap(nil, nil)
			for i, k := range m.Keys() {
				if c.Apply(f, []term.Term{k, m.Values()[i]}) == term.True {
					out = out.Put(k, m.Values()[i])
				}
			}
			return out
		}),
		modBIF("maps", "fold", 3, "fold F(K, V, Acc) over the map in key order", func(c *Call, a []term.Term) term.Term {
			f, m := funAndMap(a[0], 3, a[2])
			acc := a[1]
			for i, k := range m.Keys() {
				acc = c.Apply(f, []term.Term{k, m.Values()[i], acc})
			}
			return acc
		}),
	}
}

// Lines of OTP 25's maps.erl where its argument checks raise (the
// helpers error_with_info/2 at 578 and 581), and update_with/3's badkey.
const (
	lineMapsBadarg       = 578
	lineMapsBadmap       = 581
	lineMapsUpdateBadkey = 265
)

// mapsFail raises reason from a maps.erl check at line, with the
// error_info that explains the arguments, as erl's maps functions do.
func mapsFail(reason term.Term, line int) {
	panic(&failure{reason: reason, line: line, withErrorInfo: true})
}

// mapOrBadmap is a map argument checked in maps.erl: {badmap,T} at 581.
func mapOrBadmap(t term.Term) *term.Map {
	m, ok := t.(*term.Map)
	if !ok {
		mapsFail(term.Tuple{term.Atom("badmap"), t}, lineMapsBadmap)
	}
	return m
}

// mapsArgs checks a maps.erl function's fun and map arguments: badarg at
// line when either is wrong.
func mapsArgs(f term.Term, arity int, m term.Term, line int) (*term.Fun, *term.Map) {
	fn, ok1 := funOfArity(f, arity)
	mm, ok2 := mapOrIterator(m)
	if !ok1 || !ok2 {
		mapsFail(atomBadarg, line)
	}
	return fn, mm
}

// funAndMap reads the fun (of arity) and map arguments of maps:map,
// filter and fold, raising badarg unless both are what they must be.
func funAndMap(fun term.Term, arity int, m term.Term) (*term.Fun, *term.Map) {
	f, ok := funOfArity(fun, arity)
	mm, okm := mapOrIterator(m)
	if !ok || !okm {
		badarg()
	}
	return f, mm
}

// mapOrIterator reads the map argument of maps:map/filter/fold/...,
// which may also be an iterator (maps:iterator/1 or a step of
// maps:next/1): the associations it has yet to give.
func mapOrIterator(t term.Term) (*term.Map, bool) {
	switch v := t.(type) {
	case *term.Map:
		return v, true
	case term.Improper:
		if m, ok := v.Tail.(*term.Map); ok && len(v.Elems) == 1 && v.Elems[0] == 0 {
			return m, true
		}
	case term.Atom:
		if v == "none" {
			return term.NewMap(nil, nil), true
		}
	case term.Tuple:
		var keys, vals []term.Term
		for {
			if len(v) != 3 {
				return nil, false
			}
			keys, vals = append(keys, v[0]), append(vals, v[1])
			switch next := v[2].(type) {
			case term.Tuple:
				v = next
				continue
			case term.Atom:
				if next == "none" {
					return term.NewMap(keys, vals), true
				}
			}
			return nil, false
		}
	}
	return nil, false
}

// mapIterator is maps:iterator/1's value: [0|Map].
func mapIterator(m *term.Map) term.Term { return term.Improper{Elems: []term.Term{0}, Tail: m} }

// mapNext is maps:next/1: {K,V,Rest} where Rest chains the remaining
// associations as {K2,V2,{...,none}}, as erl's iterator does for small
// maps.
func mapNext(it term.Term) term.Term {
	switch v := it.(type) {
	case term.Atom:
		if v == "none" {
			return v
		}
	case term.Tuple:
		if len(v) == 3 {
			return v
		}
	case term.Improper:
		if m, ok := v.Tail.(*term.Map); ok && len(v.Elems) == 1 && v.Elems[0] == 0 {
			var rest term.Term = term.Atom("none")
			keys, vals := m.Keys(), m.Values()
			for i := len(keys) - 1; i >= 0; i-- {
				rest = term.Tuple{keys[i], vals[i], rest}
			}
			return rest
		}
	}
	mapsFail(atomBadarg, lineMapsBadarg)
	return nil
}

func mapsMoreBIFs() []Entry {
	updateWith := func(arity int) Entry {
		return modBIF("maps", "update_with", arity, "the map with Key's value V replaced by F(V)", func(c *Call, a []term.Term) term.Term {
			m := mapOrBadmap(a[arity-1])
			f, ok := funOfArity(a[1], 1)
			if !ok {
				mapsFail(atomBadarg, lineMapsBadmap)
			}
			v, found := m.Get(a[0])
			if !found {
				if arity == 4 {
					return m.Put(a[0], a[2])
				}
				panic(&failure{reason: term.Tuple{term.Atom("badkey"), a[0]}, line: lineMapsUpdateBadkey})
			}
			return m.Put(a[0], c.Apply(f, []term.Term{v}))
		})
	}
	keysArg := func(t term.Term) term.List {
		l, ok := properList(t)
		if !ok {
			mapsFail(atomBadarg, lineMapsBadmap)
		}
		return l
	}
	return []Entry{
		updateWith(3), updateWith(4),
		modBIF("maps", "with", 2, "the map with only the given keys", func(_ *Call, a []term.Term) term.Term {
			keys := keysArg(a[0])
			m := mapOrBadmap(a[1])
			out := term.NewMap(nil, nil)
			for _, k := range keys {
				if v, ok := m.Get(k); ok {
					out = out.Put(k, v)
				}
			}
			return out
		}),
		modBIF("maps", "without", 2, "the map without the given keys", func(_ *Call, a []term.Term) term.Term {
			keys := keysArg(a[0])
			m := mapOrBadmap(a[1])
			for _, k := range keys {
				m = m.Remove(k)
			}
			return m
		}),
		modBIF("maps", "take", 2, "{Value, map without Key}, or error", func(_ *Call, a []term.Term) term.Term {
			m := mapArg(a[1])
			v, ok := m.Get(a[0])
			if !ok {
				return atomError
			}
			return term.Tuple{v, m.Remove(a[0])}
		}),
		modBIF("maps", "foreach", 2, "call F(K, V) for each association; ok", func(c *Call, a []term.Term) term.Term {
			f, m := mapsArgs(a[0], 2, a[1], lineMapsBadarg)
			for i, k := range m.Keys() {
				c.Apply(f, []term.Term{k, m.Values()[i]})
			}
			return term.OK
		}),
		modBIF("maps", "filtermap", 2, "filter and map: F(K, V) gives true, false or {true,V2}", func(c *Call, a []term.Term) term.Term {
			f, m := mapsArgs(a[0], 2, a[1], lineMapsBadarg)
			out := term.NewMap(nil, nil)
			for i, k := range m.Keys() {
				switch r := c.Apply(f, []term.Term{k, m.Values()[i]}).(type) {
				case term.Atom:
					if r == term.True {
						out = out.Put(k, m.Values()[i])
					} else if r != term.False {
						fail(term.Tuple{term.Atom("case_clause"), r})
					}
				case term.Tuple:
					if len(r) != 2 || r[0] != term.True {
						fail(term.Tuple{term.Atom("case_clause"), r})
					}
					out = out.Put(k, r[1])
				default:
					fail(term.Tuple{term.Atom("case_clause"), r})
				}
			}
			return out
		}),
		modBIF("maps", "groups_from_list", 2, "#{F(X) => [X, ...]}", func(c *Call, a []term.Term) term.Term {
			return groupsFromList(c, a[0], nil, a[1])
		}),
		modBIF("maps", "groups_from_list", 3, "#{F(X) => [G(X), ...]}", func(c *Call, a []term.Term) term.Term {
			return groupsFromList(c, a[0], a[1], a[2])
		}),
		modBIF("maps", "merge_with", 3, "both maps; F(K, V1, V2) on common keys", func(c *Call, a []term.Term) term.Term {
			f, ok1 := funOfArity(a[0], 3)
			m1, ok2 := a[1].(*term.Map)
			m2, ok3 := a[2].(*term.Map)
			if !ok1 || !ok2 || !ok3 {
				mapsFail(atomBadarg, lineMapsBadmap)
			}
			out := m1
			for i, k := range m2.Keys() {
				v2 := m2.Values()[i]
				if v1, ok := m1.Get(k); ok {
					v2 = c.Apply(f, []term.Term{k, v1, v2})
				}
				out = out.Put(k, v2)
			}
			return out
		}),
		modBIF("maps", "intersect", 2, "the keys in both maps, with the second map's values", func(_ *Call, a []term.Term) term.Term {
			m1, m2 := mapOrBadmap(a[0]), mapOrBadmap(a[1])
			out := term.NewMap(nil, nil)
			for i, k := range m2.Keys() {
				if _, ok := m1.Get(k); ok {
					out = out.Put(k, m2.Values()[i])
				}
			}
			return out
		}),
		modBIF("maps", "intersect_with", 3, "the keys in both maps, with F(K, V1, V2)", func(c *Call, a []term.Term) term.Term {
			f, ok := funOfArity(a[0], 3)
			if !ok {
				mapsFail(atomBadarg, lineMapsBadmap)
			}
			m1, m2 := mapOrBadmap(a[1]), mapOrBadmap(a[2])
			out := term.NewMap(nil, nil)
			for i, k := range m1.Keys() {
				if v2, ok := m2.Get(k); ok {
					out = out.Put(k, c.Apply(f, []term.Term{k, m1.Values()[i], v2}))
				}
			}
			return out
		}),
		modBIF("maps", "from_keys", 2, "a map of every key to Value", func(_ *Call, a []term.Term) term.Term {
			l, ok := properList(a[0])
			if !ok {
				badarg()
			}
			out := term.NewMap(nil, nil)
			for _, k := range l {
				out = out.Put(k, a[1])
			}
			return out
		}),
		modBIF("maps", "iterator", 1, "an iterator over the map, for next/1", func(_ *Call, a []term.Term) term.Term {
			return mapIterator(mapOrBadmap(a[0]))
		}),
		modBIF("maps", "next", 1, "{Key, Value, NextIterator} or none", func(_ *Call, a []term.Term) term.Term {
			return mapNext(a[0])
		}),
	}
}

// groupsFromList is maps:groups_from_list/2,3 (value may be nil).
func groupsFromList(c *Call, keyFun, valueFun, l term.Term) term.Term {
	kf, ok1 := funOfArity(keyFun, 1)
	vf, ok2 := funOfArity(valueFun, 1)
	items, ok3 := properList(l)
	if !ok1 || (valueFun != nil && !ok2) || !ok3 {
		mapsFail(atomBadarg, lineMapsBadarg)
	}
	out := term.NewMap(nil, nil)
	for _, x := range items {
		k := c.Apply(kf, []term.Term{x})
		v := x
		if vf != nil {
			v = c.Apply(vf, []term.Term{x})
		}
		group, _ := out.Get(k)
		g, _ := group.(term.List)
		out = out.Put(k, append(append(term.List{}, g...), v))
	}
	return out
}
