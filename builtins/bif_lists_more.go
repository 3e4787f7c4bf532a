package builtins

import "goerl/term"

// More of OTP 25's lists module; lines as in bif_lists.go.
const (
	lineZip3       = 449
	lineUnzip3     = 466
	lineZipwith    = 483
	lineZipwith3   = 500
	lineFlatlength = 675
	lineEnumerate2 = 1001
	lineSearch     = 1531
	lineMergel     = 1666
	lineMerge2     = 1796
	lineUniq2      = 3006
)

// sameLengths checks the lists of a zip-like call; on a mismatch it fails
// in fun's clause with the leading arguments (a fun) and the remainders
// of the lists, as erl's recursion does.
func sameLengths(fun string, line int, leading []term.Term, lists ...term.List) {
	k := len(lists[0])
	for _, l := range lists[1:] {
		k = min(k, len(l))
	}
	for _, l := range lists {
		if len(l) != k {
			args := append(append(term.List{}, leading...), restsAfter(k, lists)...)
			frames := []term.Tuple{clauseAt(fun, args, line)}
			if k > 0 { // one caller frame however deep, as for zip/2
				frames = append(frames, at(fun, len(args), line))
			}
			raiseWith(atomFunctionClause, frames...)
		}
	}
}

func restsAfter(k int, lists []term.List) term.List {
	out := make(term.List, len(lists))
	for i, l := range lists {
		out[i] = l[k:]
	}
	return out
}

// mergeSorted merges two lists sorted in term order; with unique, equal
// elements (==) from the second are dropped.
func mergeSorted(a, b term.List, unique bool) term.List {
	out := make(term.List, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		c := term.Compare(a[i], b[j])
		switch {
		case c <= 0:
			out = append(out, a[i])
			i++
			if c == 0 && unique {
				j++
			}
		default:
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func flatLength(l term.List) int {
	n := 0
	for _, x := range l {
		if sub, ok := x.(term.List); ok {
			n += flatLength(sub)
		} else {
			n++
		}
	}
	return n
}

func listsMoreBIFs() []Entry {
	return []Entry{
		listsBIF("zipwith", 3, "[F(A, B)] over two lists of equal length", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 2, lineZipwith)
			l1, l2 := list(a[1], lineZipwith), list(a[2], lineZipwith)
			sameLengths("zipwith", lineZipwith, []term.Term{f}, l1, l2)
			out := make(term.List, len(l1))
			for i := range l1 {
				out[i] = c.Apply(f, []term.Term{l1[i], l2[i]})
			}
			return out
		}),
		listsBIF("zipwith3", 4, "[F(A, B, C)] over three lists of equal length", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 3, lineZipwith3)
			l1, l2, l3 := list(a[1], lineZipwith3), list(a[2], lineZipwith3), list(a[3], lineZipwith3)
			sameLengths("zipwith3", lineZipwith3, []term.Term{f}, l1, l2, l3)
			out := make(term.List, len(l1))
			for i := range l1 {
				out[i] = c.Apply(f, []term.Term{l1[i], l2[i], l3[i]})
			}
			return out
		}),
		listsBIF("zip3", 3, "[{A,B,C}] from three lists of equal length", func(_ *Call, a []term.Term) term.Term {
			l1, l2, l3 := list(a[0], lineZip3), list(a[1], lineZip3), list(a[2], lineZip3)
			sameLengths("zip3", lineZip3, nil, l1, l2, l3)
			out := make(term.List, len(l1))
			for i := range l1 {
				out[i] = term.Tuple{l1[i], l2[i], l3[i]}
			}
			return out
		}),
		listsBIF("unzip3", 1, "{[A], [B], [C]} from [{A,B,C}]", func(_ *Call, a []term.Term) term.Term {
			l := list(a[0], lineUnzip3)
			xs, ys, zs := term.List{}, term.List{}, term.List{}
			for _, e := range l {
				t, ok := e.(term.Tuple)
				if !ok || len(t) != 3 {
					noClause(lineUnzip3)
				}
				xs, ys, zs = append(xs, t[0]), append(ys, t[1]), append(zs, t[2])
			}
			return term.Tuple{xs, ys, zs}
		}),
		listsBIF("merge", 2, "two sorted lists merged", func(_ *Call, a []term.Term) term.Term {
			return mergeSorted(list(a[0], lineMerge2), list(a[1], lineMerge2), false)
		}),
		listsBIF("umerge", 2, "two sorted lists merged, without duplicates", func(_ *Call, a []term.Term) term.Term {
			return mergeSorted(list(a[0], lineMerge2), list(a[1], lineMerge2), true)
		}),
		listsBIF("merge", 1, "a list of sorted lists merged", func(_ *Call, a []term.Term) term.Term {
			out := term.List{}
			for _, l := range list(a[0], lineMergel) {
				out = mergeSorted(out, list(l, lineMergel), false)
			}
			return out
		}),
		listsBIF("merge3", 3, "three sorted lists merged", func(_ *Call, a []term.Term) term.Term {
			return mergeSorted(mergeSorted(list(a[0], lineMerge2), list(a[1], lineMerge2), false), list(a[2], lineMerge2), false)
		}),
		listsBIF("search", 2, "{value, X} for the first X with F(X), or false", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 1, lineSearch)
			for _, x := range list(a[1], lineSearch) {
				if c.pred(f, x) {
					return term.Tuple{term.Atom("value"), x}
				}
			}
			return term.False
		}),
		listsBIF("flatlength", 1, "length(flatten(L))", func(_ *Call, a []term.Term) term.Term {
			return flatLength(list(a[0], lineFlatlength))
		}),
		listsBIF("flatten", 2, "flatten(L) ++ Tail", func(_ *Call, a []term.Term) term.Term {
			tail := list(a[1], lineFlatten1)
			return append(flatten(list(a[0], lineFlatten1), term.List{}), tail...)
		}),
		listsBIF("uniq", 2, "the list without later elements whose F(X) was seen", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 1, lineUniq2)
			var seen term.List
			out := term.List{}
			for _, x := range list(a[1], lineUniq2) {
				k := c.Apply(f, []term.Term{x})
				dup := false
				for _, y := range seen {
					if term.ExactEqual(k, y) {
						dup = true
						break
					}
				}
				if !dup {
					seen = append(seen, k)
					out = append(out, x)
				}
			}
			return out
		}),
		listsBIF("enumerate", 2, "[{I,A}, {I+1,B}, ...]", func(_ *Call, a []term.Term) term.Term {
			i, ok := a[0].(int)
			if !ok {
				noClause(lineEnumerate2)
			}
			l := list(a[1], lineEnumerate2)
			out := make(term.List, len(l))
			for k, x := range l {
				out[k] = term.Tuple{i + k, x}
			}
			return out
		}),
		listsBIF("keymap", 3, "tuples with F applied to their N-th element", func(c *Call, a []term.Term) term.Term {
			f, okf := funOfArity(a[0], 1)
			n, okn := a[1].(int)
			l, okl := properList(a[2])
			if !okf || !okn || !okl {
				badarg()
			}
			out := make(term.List, len(l))
			for i, x := range l {
				t, ok := x.(term.Tuple)
				if !ok || n < 1 || n > len(t) {
					badarg()
				}
				nt := append(term.Tuple{}, t...)
				nt[n-1] = c.Apply(f, []term.Term{t[n-1]})
				out[i] = nt
			}
			return out
		}),
	}
}
