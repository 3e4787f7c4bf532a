package builtins

import (
	"goerl/term"
)

// proplistsBIFs are the core of stdlib's proplists: lookup, get_value,
// get_bool, get_keys. The rest of the module is in proplists_more.go.
func proplistsBIFs() []Entry {
	// lookup is proplists:lookup/2's walk: the first entry for key wins. An
	// entry is a tuple whose first element is the key (=:=, as proplists
	// matches it in a pattern) or a bare atom, which stands for {Atom, true};
	// anything else in the list is skipped, not an error.
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
			// Only a pair has a value: a longer tuple is a hit that gives the
			// default, as proplists:get_value does ({k, 1, 2} does not fall through
			// to a later {k, 3}).
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
			// Keys in order of first appearance, without duplicates (=:=).
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
			// get_bool is true only for a value of exactly true; {k, yes} or a
			// missing key are false.
			return term.Bool(getValue(a, term.False) == term.True)
		}),
	}
}
