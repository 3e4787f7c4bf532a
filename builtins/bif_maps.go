package builtins

import "goerl/term"

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
			f, ok := funOfArity(a[0], 2)
			m, okm := a[1].(*term.Map)
			if !ok || !okm {
				badarg()
			}
			out := term.NewMap(nil, nil)
			for i, k := range m.Keys() {
				out = out.Put(k, c.Apply(f, []term.Term{k, m.Values()[i]}))
			}
			return out
		}),
		modBIF("maps", "filter", 2, "the associations for which F(K, V) is true", func(c *Call, a []term.Term) term.Term {
			f, ok := funOfArity(a[0], 2)
			m, okm := a[1].(*term.Map)
			if !ok || !okm {
				badarg()
			}
			out := term.NewMap(nil, nil)
			for i, k := range m.Keys() {
				if c.Apply(f, []term.Term{k, m.Values()[i]}) == term.True {
					out = out.Put(k, m.Values()[i])
				}
			}
			return out
		}),
		modBIF("maps", "fold", 3, "fold F(K, V, Acc) over the map in key order", func(c *Call, a []term.Term) term.Term {
			f, ok := funOfArity(a[0], 3)
			m, okm := a[2].(*term.Map)
			if !ok || !okm {
				badarg()
			}
			acc := a[1]
			for i, k := range m.Keys() {
				acc = c.Apply(f, []term.Term{k, m.Values()[i], acc})
			}
			return acc
		}),
	}
}

func proplistsBIFs() []Entry {
	lookup := func(key term.Term, l term.Term) (term.Term, bool) {
		list, ok := properList(l)
		if !ok {
			noClause(0)
		}
		for _, x := range list {
			switch v := x.(type) {
			case term.Tuple:
				if len(v) >= 1 && term.ExactEqual(v[0], key) {
					return v, true
				}
			case term.Atom:
				if v == key {
					return term.Tuple{v, term.True}, true
				}
			}
		}
		return nil, false
	}
	getValue := func(a []term.Term, def term.Term) term.Term {
		if t, ok := lookup(a[0], a[1]); ok {
			if tup := t.(term.Tuple); len(tup) == 2 {
				return tup[1]
			}
			return def
		}
		return def
	}
	return []Entry{
		modBIF("proplists", "get_keys", 1, "the keys of a property list, without duplicates", func(_ *Call, a []term.Term) term.Term {
			list, ok := properList(a[0])
			if !ok {
				noClause(0)
			}
			var keys term.List
			seen := func(k term.Term) bool {
				for _, x := range keys {
					if term.ExactEqual(x, k) {
						return true
					}
				}
				return false
			}
			for _, x := range list {
				var k term.Term
				switch v := x.(type) {
				case term.Tuple:
					if len(v) == 0 {
						continue
					}
					k = v[0]
				case term.Atom:
					k = v
				default:
					continue
				}
				if !seen(k) {
					keys = append(keys, k)
				}
			}
			return append(term.List{}, keys...)
		}),
		modBIF("proplists", "get_value", 2, "the value of Key, or undefined", func(_ *Call, a []term.Term) term.Term {
			return getValue(a, term.Undefined)
		}),
		modBIF("proplists", "get_value", 3, "the value of Key, or Default", func(_ *Call, a []term.Term) term.Term {
			return getValue(a, a[2])
		}),
		modBIF("proplists", "lookup", 2, "the first entry for Key, or none", func(_ *Call, a []term.Term) term.Term {
			if t, ok := lookup(a[0], a[1]); ok {
				return t
			}
			return term.Atom("none")
		}),
		modBIF("proplists", "get_bool", 2, "whether Key is set to true", func(_ *Call, a []term.Term) term.Term {
			return term.Bool(getValue(a, term.False) == term.True)
		}),
	}
}
