package builtins

import (
	"goerl/term"
)

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
