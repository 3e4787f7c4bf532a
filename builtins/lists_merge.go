package builtins

import (
	"sort"

	"goerl/term"
)

// The merge family of OTP's lists module. Every function here is one
// merge of sorted lists under an ordering "a =< b": term order, term
// order of the N-th tuple elements (key*), or a fun (merge/3, umerge/3,
// ...). The variants are named by prefixes:
//
//   - u: equal elements (a =< b and b =< a) keep only the first, the one
//     from the earlier list;
//   - r: the lists are sorted in descending order; rmerge(L1, L2) is
//     reverse(merge(reverse(L1), reverse(L2))), which is also how erl
//     breaks ties (the element from the later list comes first).
//
// Line numbers are OTP 25's lists.erl, for function_clause errors.
const (
	lineMerge3Fun = 2596
	lineKeymerge  = 1888
	lineUkeysort  = 1903
	lineUsort2    = 2026
)

// lessEq is one ordering "a =< b".
type lessEq func(a, b term.Term) bool

func termLE(a, b term.Term) bool { return term.Compare(a, b) <= 0 }

// keyLE orders tuples by their n-th element; a non-tuple or a short one
// is a function_clause at line, as erl's keymerge fails.
func keyLE(n, line int) lessEq {
	key := func(t term.Term) term.Term {
		tup, ok := t.(term.Tuple)
		if !ok || len(tup) < n {
			noClause(line)
		}
		return tup[n-1]
	}
	return func(a, b term.Term) bool { return term.Compare(key(a), key(b)) <= 0 }
}

// funLE orders by a fun that answers A =< B.
func (c *Call) funLE(f *term.Fun) lessEq {
	return func(a, b term.Term) bool { return c.Apply(f, []term.Term{a, b}) == term.True }
}

// mergeBy merges lists sorted by le; ties take the earlier list first.
// With unique, an element equal to the last one taken from an earlier
// list is dropped.
func mergeBy(le lessEq, unique bool, lists ...term.List) term.List {
	out := term.List{}
	for _, l := range lists {
		out = merge2(le, unique, out, l)
	}
	return out
}

func merge2(le lessEq, unique bool, a, b term.List) term.List {
	out := make(term.List, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if le(a[i], b[j]) {
			if unique && le(b[j], a[i]) {
				j++
			}
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// rmergeBy merges lists sorted in descending order.
func rmergeBy(le lessEq, unique bool, lists ...term.List) term.List {
	rev := make([]term.List, len(lists))
	for i, l := range lists {
		rev[i] = reversed(l)
	}
	return reversed(mergeBy(le, unique, rev...))
}

func reversed(l term.List) term.List {
	out := make(term.List, len(l))
	for i, x := range l {
		out[len(l)-1-i] = x
	}
	return out
}

// sortUnique sorts stably by le and drops each element equal to the one
// kept before it.
func sortUnique(le lessEq, l term.List) term.List {
	s := append(term.List{}, l...)
	sort.SliceStable(s, func(i, j int) bool { return !le(s[j], s[i]) })
	out := term.List{}
	for _, x := range s {
		if len(out) > 0 && le(x, out[len(out)-1]) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// keyPos reads the N of a key function: a positive integer.
func keyPos(t term.Term, line int) int {
	n, ok := t.(int)
	if !ok || n < 1 {
		noClause(line)
	}
	return n
}

func listsMergeBIFs() []Entry {
	two := func(name, help string, unique, rev bool) Entry {
		return listsBIF(name, 2, help, func(_ *Call, a []term.Term) term.Term {
			l1, l2 := list(a[0], lineMerge2), list(a[1], lineMerge2)
			if rev {
				return rmergeBy(termLE, unique, l1, l2)
			}
			return mergeBy(termLE, unique, l1, l2)
		})
	}
	three := func(name, help string, unique, rev bool) Entry {
		return listsBIF(name, 3, help, func(_ *Call, a []term.Term) term.Term {
			ls := []term.List{list(a[0], lineMerge2), list(a[1], lineMerge2), list(a[2], lineMerge2)}
			if rev {
				return rmergeBy(termLE, unique, ls...)
			}
			return mergeBy(termLE, unique, ls...)
		})
	}
	withFun := func(name, help string, unique, rev bool) Entry {
		return listsBIF(name, 3, help, func(c *Call, a []term.Term) term.Term {
			le := c.funLE(fun(a[0], 2, lineMerge3Fun))
			l1, l2 := list(a[1], lineMerge3Fun), list(a[2], lineMerge3Fun)
			if rev {
				return rmergeBy(le, unique, l1, l2)
			}
			return mergeBy(le, unique, l1, l2)
		})
	}
	withKey := func(name, help string, unique, rev bool) Entry {
		return listsBIF(name, 3, help, func(_ *Call, a []term.Term) term.Term {
			le := keyLE(keyPos(a[0], lineKeymerge), lineKeymerge)
			l1, l2 := list(a[1], lineKeymerge), list(a[2], lineKeymerge)
			if rev {
				return rmergeBy(le, unique, l1, l2)
			}
			return mergeBy(le, unique, l1, l2)
		})
	}
	return []Entry{
		two("rmerge", "two lists sorted in descending order merged", false, true),
		two("rumerge", "two descending lists merged, without duplicates", true, true),
		three("umerge3", "three sorted lists merged, without duplicates", true, false),
		three("rmerge3", "three descending lists merged", false, true),
		three("rumerge3", "three descending lists merged, without duplicates", true, true),
		withFun("merge", "two lists sorted by F(A, B) meaning A =< B merged", false, false),
		withFun("umerge", "two lists sorted by F merged, without duplicates", true, false),
		withFun("rmerge", "two lists sorted descending by F merged", false, true),
		withFun("rumerge", "two lists sorted descending by F merged, without duplicates", true, true),
		withKey("keymerge", "two lists of tuples sorted by the N-th element merged", false, false),
		withKey("ukeymerge", "keymerge without tuples of equal keys", true, false),
		withKey("rkeymerge", "keymerge of descending lists", false, true),
		withKey("rukeymerge", "ukeymerge of descending lists", true, true),
		listsBIF("umerge", 1, "a list of sorted lists merged, without duplicates", func(_ *Call, a []term.Term) term.Term {
			var ls []term.List
			for _, l := range list(a[0], lineMergel) {
				ls = append(ls, list(l, lineMergel))
			}
			return mergeBy(termLE, true, ls...)
		}),
		listsBIF("ukeysort", 2, "tuples sorted by their N-th element, the first of equal keys kept", func(_ *Call, a []term.Term) term.Term {
			n := keyPos(a[0], lineUkeysort)
			l := list(a[1], lineUkeysort)
			for _, x := range l {
				if t, ok := x.(term.Tuple); !ok || len(t) < n {
					badarg()
				}
			}
			return sortUnique(keyLE(n, lineUkeysort), l)
		}),
		listsBIF("usort", 2, "sorted by F(A, B) meaning A =< B, without duplicates", func(c *Call, a []term.Term) term.Term {
			le := c.funLE(fun(a[0], 2, lineUsort2))
			return sortUnique(le, list(a[1], lineUsort2))
		}),
	}
}
