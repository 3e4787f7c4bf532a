package builtins

import (
	"goerl/term"
)

// The rest of OTP's proplists, written after proplists.erl: an entry is
// an atom A (short for {A,true}) or a tuple whose first element is the
// key; anything else is kept but never matches. Keys compare with =:=.

// propKey is the key of an entry, or ok false for a non-property.
func propKey(p term.Term) (term.Term, bool) {
	switch v := p.(type) {
	case term.Atom:
		return v, true
	case term.Tuple:
		if len(v) >= 1 {
			return v[0], true
		}
	}
	return nil, false
}

// hasKey reports whether entry p is for key; a bare atom is its own key.
func hasKey(p, key term.Term) bool {
	k, ok := propKey(p)
	return ok && term.ExactEqual(k, key)
}

// property is proplists:property/1: {A,true} with an atom A is A.
func property(p term.Term) term.Term {
	if t, ok := p.(term.Tuple); ok && len(t) == 2 && t[1] == term.True {
		if a, ok := t[0].(term.Atom); ok {
			return a
		}
	}
	return p
}

// property2 is proplists:property/2: {K, V}, shortened to K when V is
// true and K an atom.
func property2(k, v term.Term) term.Term { return property(term.Tuple{k, v}) }

// plist is a property-list argument; proplists.erl's functions have no
// clause for an improper list or a non-list, hence function_clause.
func plist(t term.Term) term.List {
	l, ok := properList(t)
	if !ok {
		noClause(0)
	}
	return l
}

// pairs reads [{Key, Value}] (aliases, negations, expansions).
func pairs(t term.Term) [][2]term.Term {
	var out [][2]term.Term
	for _, x := range plist(t) {
		kv, ok := x.(term.Tuple)
		if !ok || len(kv) != 2 {
			noClause(0)
		}
		out = append(out, [2]term.Term{kv[0], kv[1]})
	}
	return out
}

// propDelete is proplists:delete/2: every entry for key goes, not only
// the first.
func propDelete(key term.Term, l term.List) term.List {
	out := term.List{}
	for _, p := range l {
		if !hasKey(p, key) {
			out = append(out, p)
		}
	}
	return out
}

// substituteAliases is proplists:substitute_aliases/2: a property with
// key K of an {K, K2} pair gets key K2.
func substituteAliases(as [][2]term.Term, l term.List) term.List {
	return substitute(as, l, func(p, to term.Term) term.Term {
		if t, ok := p.(term.Tuple); ok {
			n := append(term.Tuple{}, t...)
			n[0] = to
			return property(n)
		}
		return property2(to, term.True)
	})
}

// substituteNegations is proplists:substitute_negations/2: a property
// with key K of an {K, K2} pair becomes {K2, false} when it was true,
// {K2, true} otherwise.
func substituteNegations(ns [][2]term.Term, l term.List) term.List {
	return substitute(ns, l, func(p, to term.Term) term.Term {
		v := term.Term(term.False)
		if t, ok := p.(term.Tuple); ok && !(len(t) == 2 && t[1] == term.True) {
			v = term.True
		}
		return property2(to, v)
	})
}

// substitute rewrites each property of l whose key is the first of one
// of pairs (the first such pair) with rewrite(property, second).
func substitute(pairs [][2]term.Term, l term.List, rewrite func(p, to term.Term) term.Term) term.List {
	out := make(term.List, len(l))
	for i, p := range l {
		out[i] = p
		for _, pr := range pairs {
			if hasKey(p, pr[0]) {
				out[i] = rewrite(p, pr[1])
				break
			}
		}
	}
	return out
}

// expand is proplists:expand/2: the first entry matching each
// expansion's property (key and value) is replaced by its list, and
// later entries with that key are dropped.
func expand(es [][2]term.Term, l term.List) term.List {
	// key_uniq: of consecutive expansions with the same property, the
	// first wins.
	var uniq [][2]term.Term
	for _, e := range es {
		p := property(e[0])
		if len(uniq) > 0 && term.ExactEqual(uniq[len(uniq)-1][0], p) {
			continue
		}
		uniq = append(uniq, [2]term.Term{p, e[1]})
	}
	cur := append(term.List{}, l...)
	for _, e := range uniq {
		key, ok := propKey(e[0])
		if !ok {
			continue
		}
		for i, p := range cur {
			// Lists inserted by an earlier expansion are not entries; they
			// are skipped here and spliced in only at the end, so an expansion
			// never expands the result of another.
			if _, isList := p.(term.List); isList || !hasKey(p, key) {
				continue
			}
			if term.ExactEqual(property(p), e[0]) {
				rest := propDelete(key, cur[i+1:])
				cur = append(append(append(term.List{}, cur[:i]...), e[1]), rest...)
			}
			break
		}
	}
	out := term.List{}
	for _, p := range cur {
		if sub, ok := p.(term.List); ok {
			out = append(out, sub...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

// stages applies normalize/2's [{aliases,..}, {negations,..}, {expand,..}].
func stages(l term.List, st term.Term) term.List {
	for _, s := range plist(st) {
		kv, ok := s.(term.Tuple)
		if !ok || len(kv) != 2 {
			noClause(0)
		}
		switch kv[0] {
		case term.Atom("aliases"):
			l = substituteAliases(pairs(kv[1]), l)
		case term.Atom("negations"):
			l = substituteNegations(pairs(kv[1]), l)
		case term.Atom("expand"):
			l = expand(pairs(kv[1]), l)
		default:
			noClause(0)
		}
	}
	return l
}

// propsToMap is proplists:to_map/1: the first entry of each key wins;
// tuples of other sizes are ignored.
func propsToMap(l term.List) *term.Map {
	m := term.NewMap(nil, nil)
	// Built from the end so that earlier entries overwrite later ones:
	// the first entry of each key wins, as proplists:get_value would see it.
	for i := len(l) - 1; i >= 0; i-- {
		switch v := l[i].(type) {
		case term.Atom:
			m = m.Put(v, term.True)
		case term.Tuple:
			if len(v) == 2 {
				m = m.Put(v[0], v[1])
			}
		}
	}
	return m
}

// compact is proplists:compact/1: every {A, true} shortened to A.
func compact(l term.List) term.List {
	out := make(term.List, len(l))
	for i, p := range l {
		out[i] = property(p)
	}
	return out
}

func proplistsMoreBIFs() []Entry {
	pl := func(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
		return modBIF("proplists", name, arity, help, fn)
	}
	// allValues is get_all_values/2's scan: only pairs and bare atoms have
	// values; longer tuples with the key are skipped, as in proplists.erl.
	allValues := func(key term.Term, l term.List) term.List {
		out := term.List{}
		for _, p := range l {
			switch v := p.(type) {
			case term.Atom:
				if v == key {
					out = append(out, term.True)
				}
			case term.Tuple:
				if len(v) == 2 && term.ExactEqual(v[0], key) {
					out = append(out, v[1])
				}
			}
		}
		return out
	}
	return []Entry{
		pl("property", 1, "{Key,true} shortened to Key", func(_ *Call, a []term.Term) term.Term { return property(a[0]) }),
		pl("property", 2, "the entry for Key and Value", func(_ *Call, a []term.Term) term.Term { return property2(a[0], a[1]) }),
		pl("unfold", 1, "atoms A as {A,true}", func(_ *Call, a []term.Term) term.Term {
			l := plist(a[0])
			out := make(term.List, len(l))
			for i, p := range l {
				if at, ok := p.(term.Atom); ok {
					p = term.Tuple{at, term.True}
				}
				out[i] = p
			}
			return out
		}),
		pl("compact", 1, "{A,true} as A", func(_ *Call, a []term.Term) term.Term { return compact(plist(a[0])) }),
		pl("lookup_all", 2, "every entry for Key", func(_ *Call, a []term.Term) term.Term {
			out := term.List{}
			for _, p := range plist(a[1]) {
				if hasKey(p, a[0]) {
					if at, ok := p.(term.Atom); ok {
						p = term.Tuple{at, term.True}
					}
					out = append(out, p)
				}
			}
			return out
		}),
		pl("is_defined", 2, "whether some entry has Key", func(_ *Call, a []term.Term) term.Term {
			for _, p := range plist(a[1]) {
				if hasKey(p, a[0]) {
					return term.True
				}
			}
			return term.False
		}),
		pl("get_all_values", 2, "the values of every {Key, Value}", func(_ *Call, a []term.Term) term.Term {
			return allValues(a[0], plist(a[1]))
		}),
		pl("append_values", 2, "the values of every {Key, Value}, lists appended", func(_ *Call, a []term.Term) term.Term {
			out := term.List{}
			for _, v := range allValues(a[0], plist(a[1])) {
				// append_values appends list values and takes any other value as
				// a one-element list, as proplists.erl does.
				if l, ok := v.(term.List); ok {
					out = append(out, l...)
				} else {
					out = append(out, v)
				}
			}
			return out
		}),
		pl("delete", 2, "the list without entries for Key", func(_ *Call, a []term.Term) term.Term {
			return propDelete(a[0], plist(a[1]))
		}),
		pl("substitute_aliases", 2, "keys renamed by [{Key, Alias}]", func(_ *Call, a []term.Term) term.Term {
			return substituteAliases(pairs(a[0]), plist(a[1]))
		}),
		pl("substitute_negations", 2, "negated keys renamed by [{Key, Negation}]", func(_ *Call, a []term.Term) term.Term {
			return substituteNegations(pairs(a[0]), plist(a[1]))
		}),
		pl("expand", 2, "entries replaced by their expansions [{Property, List}]", func(_ *Call, a []term.Term) term.Term {
			return expand(pairs(a[0]), plist(a[1]))
		}),
		pl("normalize", 2, "aliases, negations and expansions applied, then compacted", func(_ *Call, a []term.Term) term.Term {
			return compact(stages(plist(a[0]), a[1]))
		}),
		pl("split", 2, "{[entries of each key], the other entries}", func(_ *Call, a []term.Term) term.Term {
			keys := plist(a[1])
			groups := make([]term.List, len(keys))
			rest := term.List{}
			// Each key of the list gets its own group, in the order of Keys; an
			// entry goes to the first key it matches, entries for no key stay in
			// rest, all in their original order.
		next:
			for _, p := range plist(a[0]) {
				if k, ok := propKey(p); ok {
					for i, key := range keys {
						if term.ExactEqual(k, key) {
							groups[i] = append(groups[i], p)
							continue next
						}
					}
				}
				rest = append(rest, p)
			}
			out := make(term.List, len(keys))
			for i, g := range groups {
				out[i] = append(term.List{}, g...)
			}
			return term.Tuple{out, rest}
		}),
		pl("to_map", 1, "a map of the first value of each key", func(_ *Call, a []term.Term) term.Term {
			return propsToMap(plist(a[0]))
		}),
		pl("to_map", 2, "to_map after normalize's stages", func(_ *Call, a []term.Term) term.Term {
			return propsToMap(stages(plist(a[0]), a[1]))
		}),
		pl("from_map", 1, "the map's pairs as a property list", func(_ *Call, a []term.Term) term.Term {
			m, ok := a[0].(*term.Map)
			if !ok {
				badarg()
			}
			// The pairs come in the map's key order.
			out := make(term.List, m.Len())
			for i, k := range m.Keys() {
				out[i] = term.Tuple{k, m.Values()[i]}
			}
			return out
		}),
	}
}
