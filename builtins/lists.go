package builtins

import (
	"math"
	"math/big"
	"sort"

	"goerl/term"
)

// Line numbers of the clauses in OTP 25's lists.erl that fail when
// called with bad arguments, so that function_clause errors print as in
// erl: "no function clause matching lists:nth(4,[]) (lists.erl, line 198)".
const (
	lineAppend2   = 144
	lineAppend1   = 154
	lineReverse1  = 175
	lineNth       = 198
	lineNthtail   = 208
	linePrefix    = 220
	lineDroplast  = 246
	lineLast      = 256
	lineSeq2      = 271
	lineSeq3      = 299
	lineSum       = 319
	lineDuplicate = 331
	lineMin       = 343
	lineMax       = 356
	lineSublist3  = 372
	lineSublist2  = 385
	lineDelete    = 404
	lineZip       = 419
	lineUnzip     = 434
	lineSort1     = 512
	lineFlatten1  = 648
	lineKeydelete = 719
	lineKeyrepl   = 735
	lineKeytake   = 751
	lineKeystore  = 768
	lineKeysort   = 784
	lineEnumerate = 993
	lineSort2     = 1017
	lineUsort1    = 1112
	lineAll       = 1265
	lineAny       = 1288
	lineMap       = 1313
	lineFlatmap   = 1331
	lineConcat    = 1334
	lineFoldl     = 1348
	lineFoldr     = 1368
	lineFilter    = 1382
	linePartition = 1395
	lineFiltermap = 1413
	lineForeach   = 1438
	lineMapfoldl  = 1458
	lineMapfoldr  = 1479
	lineTakewhile = 1495
	lineDropwhile = 1512
	lineSplitwith = 1546
	lineSplit     = 1568
	lineJoin      = 1586
	lineUniq      = 2988
)

// list is a proper-list argument, or function_clause at line.
func list(t term.Term, line int) term.List {
	l, ok := t.(term.List)
	if !ok {
		noClause(line)
	}
	return l
}

// fun is a fun argument of the given arity, or function_clause at line.
func fun(t term.Term, arity, line int) *term.Fun {
	f, ok := funOfArity(t, arity)
	if !ok {
		noClause(line)
	}
	return f
}

// pred calls a predicate fun; a non-boolean result is a case_clause.
func (c *Call) pred(f *term.Fun, x term.Term) bool {
	switch r := c.Apply(f, []term.Term{x}); r {
	case term.True:
		return true
	case term.False:
		return false
	default:
		fail(term.Tuple{term.Atom("case_clause"), r})
	}
	return false
}

// listsBIFs are OTP 25's lists module. Functions written in Erlang in
// lists.erl fail as erl's do: function_clause (or a badmatch) with the
// frame of lists.erl's clause at its line (the line* constants), so a
// bad argument prints the same "in function lists:nth/2 (lists.erl, line
// 170)"; the few that are BIFs in erts (reverse/2, keyfind/3, member/2,
// ...) raise badarg with error_info instead.
func listsBIFs() []Entry {
	return []Entry{
		listsBIF("seq", 2, "[From, From+1, ..., To]", func(c *Call, a []term.Term) term.Term {
			from, ok1 := a[0].(int)
			to, ok2 := a[1].(int)
			if !ok1 || !ok2 {
				if term.IsInteger(a[0]) && term.IsInteger(a[1]) {
					if r, ok := seqBig(c, a[0], a[1], 1); ok {
						return r
					}
				}
				noClause(lineSeq2)
			}
			// seq(From, To) has the guard From-1 =< To: seq(5, 4) is [] but
			// seq(5, 3) is a function_clause, as in erl.
			if from-1 > to {
				noClause(lineSeq2)
			}
			return seq(c, from, to, 1)
		}),
		listsBIF("seq", 3, "[From, From+Incr, ..., up to To]", func(c *Call, a []term.Term) term.Term {
			from, ok1 := a[0].(int)
			to, ok2 := a[1].(int)
			inc, ok3 := a[2].(int)
			if !ok1 || !ok2 || !ok3 {
				if term.IsInteger(a[0]) && term.IsInteger(a[1]) && term.IsInteger(a[2]) {
					if r, ok := seqBig(c, a[0], a[1], a[2]); ok {
						return r
					}
				}
				badarg()
			}
			switch {
			// seq/3's clauses: the list may be empty (seq(5, 4, 1)) but must not
			// run away from To; seq(X, X, 0) is [X]. Anything else is badarg with
			// error_info (OTP 25 raises it through erlang:error/3, not a clause).
			case inc > 0 && from-inc <= to, inc < 0 && from-inc >= to:
				return seq(c, from, to, inc)
			case inc == 0 && from == to:
				return term.List{from}
			}
			panic(&failure{reason: atomBadarg, line: lineSeq3, withErrorInfo: true})
		}),
		// reverse/1 is Erlang code in lists.erl (function_clause), reverse/2
		// a BIF (badarg): the two fail differently in erl too.
		listsBIF("reverse", 1, "a list in reverse order", func(_ *Call, a []term.Term) term.Term {
			return reverse(list(a[0], lineReverse1), term.List{})
		}),
		listsBIF("reverse", 2, "reverse(L, Tail): reversed L followed by Tail", func(_ *Call, a []term.Term) term.Term {
			l, ok := a[0].(term.List)
			if !ok {
				badarg()
			}
			return reverse(l, a[1])
		}),
		listsBIF("nth", 2, "the N-th element (1-based)", func(_ *Call, a []term.Term) term.Term {
			return nth(a[0], a[1])
		}),
		listsBIF("nthtail", 2, "the list after its first N elements", func(_ *Call, a []term.Term) term.Term {
			return nthtail(a[0], a[1])
		}),
		listsBIF("member", 2, "whether an element is in a list (=:=)", func(_ *Call, a []term.Term) term.Term {
			l, ok := a[1].(term.List)
			if !ok {
				badarg()
			}
			for _, e := range l {
				if term.ExactEqual(e, a[0]) {
					return term.True
				}
			}
			return term.False
		}),
		listsBIF("append", 1, "the concatenation of a list of lists", func(c *Call, a []term.Term) term.Term {
			ls := list(a[0], lineAppend1)
			if out, ok := appendAll(c, ls); ok {
				return out
			}
			var out term.Term = term.List{}
			for i := len(ls) - 1; i >= 0; i-- {
				out = appendLists(ls[i], out, at("append", 1, lineAppend1+1))
			}
			return out
		}),
		listsBIF("append", 2, "L1 ++ L2", func(_ *Call, a []term.Term) term.Term { return appendLists(a[0], a[1], at("append", 2, lineAppend2)) }),
		listsBIF("subtract", 2, "L1 -- L2", func(_ *Call, a []term.Term) term.Term { return subtract(a[0], a[1]) }),
		listsBIF("map", 2, "[F(X) || X <- L]", func(c *Call, a []term.Term) term.Term {
			return mapList(c, fun(a[0], 1, lineMap), a[1])
		}),
		listsBIF("flatmap", 2, "append(map(F, L))", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 1, lineFlatmap), list(a[1], lineFlatmap)
			caller := at("flatmap_1", 2, lineFlatmap1Call)
			results := make([]term.Term, len(l))
			for i, x := range l {
				results[i] = c.applyIn(f, []term.Term{x}, caller)
			}
			// F(Hd) ++ flatmap_1(F, Tail): the appends run from the end.
			var out term.Term = term.List{}
			for i := len(results) - 1; i >= 0; i-- {
				out = appendLists(results[i], out, caller)
			}
			return out
		}),
		listsBIF("foreach", 2, "call F(X) for each element; ok", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 1, lineForeach)
			l := a[1]
			// Walked cell by cell as foreach_1 does: the elements before an improper
			// tail are visited (side effects happen) before function_clause.
			for !isNil(l) {
				x, tail, ok := cons(l)
				if !ok {
					raiseWith(atomFunctionClause, clauseAt("foreach_1", term.List{f, l}, lineForeach1))
				}
				c.applyIn(f, []term.Term{x}, at("foreach_1", 2, lineForeach1Call))
				l = tail
			}
			return term.OK
		}),
		listsBIF("filter", 2, "the elements for which F(X) is true", func(c *Call, a []term.Term) term.Term {
			return filterList(c, fun(a[0], 1, lineFilter), a[1])
		}),
		listsBIF("filtermap", 2, "filter and map: F(X) gives true, false or {true,Y}", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 1, lineFiltermap), list(a[1], lineFiltermap)
			out := term.List{}
			for _, x := range l {
				// filtermap's case has exactly three clauses (true, false, {true, Y});
				// any other result of F is a case_clause, as in lists.erl.
				switch r := c.Apply(f, []term.Term{x}).(type) {
				case term.Atom:
					if r == term.True {
						out = append(out, x)
					} else if r != term.False {
						fail(term.Tuple{term.Atom("case_clause"), r})
					}
				case term.Tuple:
					if len(r) != 2 || r[0] != term.True {
						fail(term.Tuple{term.Atom("case_clause"), r})
					}
					out = append(out, r[1])
				default:
					fail(term.Tuple{term.Atom("case_clause"), r})
				}
			}
			return out
		}),
		listsBIF("foldl", 3, "fold from the left: F(X, Acc)", func(c *Call, a []term.Term) term.Term {
			return foldl(c, fun(a[0], 2, lineFoldl), a[1], a[2])
		}),
		listsBIF("foldr", 3, "fold from the right: F(X, Acc)", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 2, lineFoldr)
			l, ok := a[2].(term.List)
			if !ok {
				// foldr_1 recurses to the end before applying F, so an improper
				// list fails before any call, naming its tail.
				raiseWith(atomFunctionClause, clauseAt("foldr_1", term.List{f, a[1], improperTail(a[2])}, lineFoldr1))
			}
			acc := a[1]
			for i := len(l) - 1; i >= 0; i-- {
				acc = c.applyIn(f, []term.Term{l[i], acc}, at("foldr_1", 3, lineFoldr1Call))
			}
			return acc
		}),
		listsBIF("mapfoldl", 3, "map and fold from the left: F(X, Acc) -> {Y, Acc1}", func(c *Call, a []term.Term) term.Term {
			return mapfold(c, a, lineMapfoldl, false)
		}),
		listsBIF("mapfoldr", 3, "map and fold from the right", func(c *Call, a []term.Term) term.Term {
			return mapfold(c, a, lineMapfoldr, true)
		}),
		listsBIF("sum", 1, "the sum of a list of numbers", func(_ *Call, a []term.Term) term.Term {
			// sum/1 is sum(L, 0) in lists.erl: it adds left to right, so a bad
			// element raises badarith from + in sum/2 with the sum so far, and
			// an improper tail is a function_clause after the prefix is summed.
			var acc term.Term = 0
			for l := a[0]; !isNil(l); {
				x, tail, ok := cons(l)
				if !ok {
					raiseWith(atomFunctionClause, clauseAt("sum", term.List{l, acc}, lineSum))
				}
				s, ok := add(acc, x)
				if !ok {
					raiseOperator(atomBadarith, "+", []term.Term{acc, x}, SourceFrame("lists", "sum", 2, "lists.erl", lineSum))
				}
				acc, l = s, tail
			}
			return acc
		}),
		listsBIF("max", 1, "the largest element", func(_ *Call, a []term.Term) term.Term {
			return extreme(a[0], lineMax, 1)
		}),
		listsBIF("min", 1, "the smallest element", func(_ *Call, a []term.Term) term.Term {
			return extreme(a[0], lineMin, -1)
		}),
		listsBIF("sort", 1, "the list sorted in term order", func(_ *Call, a []term.Term) term.Term {
			l := append(term.List{}, list(a[0], lineSort1)...)
			sort.SliceStable(l, func(i, j int) bool { return term.Compare(l[i], l[j]) < 0 })
			return l
		}),
		listsBIF("sort", 2, "sorted by F(A, B) meaning A =< B", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 2, lineSort2), append(term.List{}, list(a[1], lineSort2)...)
			// F(A, B) means A may come first; "i strictly before j" is therefore
			// not F(j, i), which keeps equal elements in order as erl's sort/2 does.
			// The number and order of calls to F differ from erl's merge sort, so a
			// fun with side effects may see other pairs.
			sort.SliceStable(l, func(i, j int) bool { return c.Apply(f, []term.Term{l[j], l[i]}) != term.True })
			return l
		}),
		listsBIF("usort", 1, "sorted, without duplicates", func(_ *Call, a []term.Term) term.Term {
			l := append(term.List{}, list(a[0], lineUsort1)...)
			sort.SliceStable(l, func(i, j int) bool { return term.Compare(l[i], l[j]) < 0 })
			out := term.List{}
			for _, x := range l {
				// usort drops elements that compare equal (==, so 1.0 goes when 1
				// is there), keeping the first in sort order, as erl documents.
				if len(out) == 0 || term.Compare(out[len(out)-1], x) != 0 {
					out = append(out, x)
				}
			}
			return out
		}),
		listsBIF("keyfind", 3, "the first tuple whose N-th element == Key, or false", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgs(a[1], a[2])
			if i := keyIndex(a[0], n, l); i >= 0 {
				return l[i]
			}
			return term.False
		}),
		listsBIF("keymember", 3, "whether a tuple's N-th element == Key", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgs(a[1], a[2])
			return term.Bool(keyIndex(a[0], n, l) >= 0)
		}),
		listsBIF("keysearch", 3, "{value, Tuple} or false", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgs(a[1], a[2])
			if i := keyIndex(a[0], n, l); i >= 0 {
				return term.Tuple{term.Atom("value"), l[i]}
			}
			return term.False
		}),
		listsBIF("keysort", 2, "tuples sorted by their N-th element", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			if !ok || n < 1 {
				noClause(lineKeysort)
			}
			l := append(term.List{}, list(a[1], lineKeysort)...)
			for _, x := range l {
				// Every element is checked before sorting, so a short tuple or a
				// non-tuple fails at once and not half-way through a sort.
				if t, ok := x.(term.Tuple); !ok || len(t) < n {
					badarg()
				}
			}
			sort.SliceStable(l, func(i, j int) bool {
				return term.Compare(l[i].(term.Tuple)[n-1], l[j].(term.Tuple)[n-1]) < 0
			})
			return l
		}),
		listsBIF("keystore", 4, "replace the tuple with Key, or append New", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgsClause(a[1], a[2], lineKeystore)
			if _, ok := a[3].(term.Tuple); !ok {
				noClause(lineKeystore)
			}
			if i := keyIndex(a[0], n, l); i >= 0 {
				out := append(term.List{}, l...)
				out[i] = a[3]
				return out
			}
			return append(append(term.List{}, l...), a[3])
		}),
		listsBIF("keyreplace", 4, "replace the first tuple with Key by New", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgsClause(a[1], a[2], lineKeyrepl)
			if _, ok := a[3].(term.Tuple); !ok {
				noClause(lineKeyrepl)
			}
			out := append(term.List{}, l...)
			if i := keyIndex(a[0], n, l); i >= 0 {
				out[i] = a[3]
			}
			return out
		}),
		listsBIF("keydelete", 3, "delete the first tuple with Key", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgsClause(a[1], a[2], lineKeydelete)
			if i := keyIndex(a[0], n, l); i >= 0 {
				return append(append(term.List{}, l[:i]...), l[i+1:]...)
			}
			return l
		}),
		listsBIF("keytake", 3, "{value, Tuple, Rest} or false", func(_ *Call, a []term.Term) term.Term {
			n, l := keyArgsClause(a[1], a[2], lineKeytake)
			if i := keyIndex(a[0], n, l); i >= 0 {
				return term.Tuple{term.Atom("value"), l[i], append(append(term.List{}, l[:i]...), l[i+1:]...)}
			}
			return term.False
		}),
		listsBIF("last", 1, "the last element", func(_ *Call, a []term.Term) term.Term {
			l := list(a[0], lineLast)
			if len(l) == 0 {
				noClause(lineLast)
			}
			return l[len(l)-1]
		}),
		listsBIF("droplast", 1, "the list without its last element", func(_ *Call, a []term.Term) term.Term {
			l := list(a[0], lineDroplast)
			if len(l) == 0 {
				noClause(lineDroplast)
			}
			return l[:len(l)-1]
		}),
		listsBIF("flatten", 1, "a deep list made flat", func(c *Call, a []term.Term) term.Term {
			l := list(a[0], lineFlatten1)
			c.checkCells(flatCount(l, c.limits().Max()/term.CellBytes))
			return flatten(l, term.List{})
		}),
		listsBIF("duplicate", 2, "N copies of a term", func(c *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			if !ok || n < 0 {
				noClause(lineDuplicate)
			}
			return term.List(c.copies(n, a[1]))
		}),
		listsBIF("zip", 2, "[{A,B}] from two lists of equal length", func(_ *Call, a []term.Term) term.Term {
			l1, l2 := list(a[0], lineZip), list(a[1], lineZip)
			if len(l1) != len(l2) {
				// zip is body recursive; erl shows one caller frame
				// however deep the mismatch.
				k := min(len(l1), len(l2))
				frames := []term.Tuple{clauseAt("zip", term.List{l1[k:], l2[k:]}, lineZip)}
				if k > 0 {
					frames = append(frames, at("zip", 2, lineZip))
				}
				raiseWith(atomFunctionClause, frames...)
			}
			out := make(term.List, len(l1))
			for i := range l1 {
				out[i] = term.Tuple{l1[i], l2[i]}
			}
			return out
		}),
		listsBIF("unzip", 1, "{[A], [B]} from [{A,B}]", func(_ *Call, a []term.Term) term.Term {
			l := list(a[0], lineUnzip)
			l1, l2 := make(term.List, len(l)), make(term.List, len(l))
			for i, x := range l {
				t, ok := x.(term.Tuple)
				if !ok || len(t) != 2 {
					noClause(lineUnzip)
				}
				l1[i], l2[i] = t[0], t[1]
			}
			return term.Tuple{l1, l2}
		}),
		listsBIF("split", 2, "{first N elements, rest}", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			l, okl := a[1].(term.List)
			// split/2 raises badarg with the clause's line (OTP 25 calls
			// erlang:error(badarg, ...) after its own checks), not
			// function_clause.
			if !ok || !okl || n < 0 || n > len(l) {
				panic(&failure{reason: atomBadarg, line: lineSplit})
			}
			return term.Tuple{append(term.List{}, l[:n]...), l[n:]}
		}),
		listsBIF("sublist", 2, "the first N elements", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[1].(int)
			l, okl := prefixElems(a[0], n)
			if !ok || !okl {
				noClause(lineSublist2)
			}
			if n < 0 {
				raiseWith(atomFunctionClause, clauseAt("sublist_2", term.List{a[0], n}, lineSublist2Tail))
			}
			return l[:min(n, len(l))]
		}),
		listsBIF("sublist", 3, "N elements from position Start", func(_ *Call, a []term.Term) term.Term {
			s, ok1 := a[1].(int)
			n, ok2 := a[2].(int)
			l, okl := prefixElems(a[0], s-1+n)
			if !okl || !ok1 || !ok2 || s < 1 || n < 0 || s > len(l)+1 {
				noClause(lineSublist3)
			}
			return l[s-1 : s-1+min(n, len(l)-(s-1))]
		}),
		listsBIF("delete", 2, "the list without the first element =:= X", func(_ *Call, a []term.Term) term.Term {
			l := list(a[1], lineDelete)
			for i, x := range l {
				if term.ExactEqual(x, a[0]) {
					return append(append(term.List{}, l[:i]...), l[i+1:]...)
				}
			}
			return l
		}),
		listsBIF("all", 2, "whether F(X) is true for every element", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 1, lineAll)
			// all/2 opens with case List of [H|T] -> ...; [] -> true end, so a
			// non-list is a case_clause there, before any call of F.
			if _, _, ok := cons(a[1]); !ok && !isNil(a[1]) {
				raiseWith(term.Tuple{term.Atom("case_clause"), a[1]}, at("all", 2, lineAllCase))
			}
			for l := a[1]; !isNil(l); {
				x, tail, ok := cons(l)
				if !ok {
					raiseWith(atomFunctionClause, clauseAt("all_1", term.List{f, l}, lineAll1))
				}
				if !c.predIn(f, x, at("all", 2, lineAllCall)) {
					return term.False
				}
				l = tail
			}
			return term.True
		}),
		listsBIF("any", 2, "whether F(X) is true for some element", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 1, lineAny)
			l, ok := a[1].(term.List)
			if !ok {
				// any/2 has the same case as all/2.
				raiseWith(term.Tuple{term.Atom("case_clause"), a[1]}, at("any", 2, lineAnyCase))
			}
			for _, x := range l {
				if c.predIn(f, x, at("any", 2, lineAnyCall)) {
					return term.True
				}
			}
			return term.False
		}),
		listsBIF("takewhile", 2, "the longest prefix whose elements satisfy F", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 1, lineTakewhile), list(a[1], lineTakewhile)
			i := 0
			for i < len(l) && c.pred(f, l[i]) {
				i++
			}
			return l[:i]
		}),
		listsBIF("dropwhile", 2, "the list after takewhile's prefix", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 1, lineDropwhile), list(a[1], lineDropwhile)
			i := 0
			for i < len(l) && c.pred(f, l[i]) {
				i++
			}
			return l[i:]
		}),
		listsBIF("splitwith", 2, "{takewhile(F, L), dropwhile(F, L)}", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 1, lineSplitwith), list(a[1], lineSplitwith)
			i := 0
			for i < len(l) && c.pred(f, l[i]) {
				i++
			}
			return term.Tuple{l[:i], l[i:]}
		}),
		listsBIF("partition", 2, "{elements satisfying F, the others}", func(c *Call, a []term.Term) term.Term {
			f, l := fun(a[0], 1, linePartition), list(a[1], linePartition)
			// pred makes a non-boolean result of F a case_clause, as the case in
			// partition's Erlang code does.
			yes, no := term.List{}, term.List{}
			for _, x := range l {
				if c.pred(f, x) {
					yes = append(yes, x)
				} else {
					no = append(no, x)
				}
			}
			return term.Tuple{yes, no}
		}),
		listsBIF("enumerate", 1, "[{1,A}, {2,B}, ...]", func(_ *Call, a []term.Term) term.Term {
			l := list(a[0], lineEnumerate)
			out := make(term.List, len(l))
			for i, x := range l {
				out[i] = term.Tuple{i + 1, x}
			}
			return out
		}),
		listsBIF("join", 2, "the elements with Sep between them", func(_ *Call, a []term.Term) term.Term {
			l := list(a[1], lineJoin)
			out := term.List{}
			for i, x := range l {
				if i > 0 {
					out = append(out, a[0])
				}
				out = append(out, x)
			}
			return out
		}),
		listsBIF("concat", 1, "the texts of atoms, numbers and strings joined", func(_ *Call, a []term.Term) term.Term {
			out := term.List{}
			for _, x := range list(a[0], lineConcat) {
				// concat is thing_to_list over each element: atoms by name, numbers
				// as the BIFs integer_to_list and float_to_list print them, strings as
				// they are; anything else has no clause.
				switch v := x.(type) {
				case term.Atom:
					out = append(out, term.String(string(v))...)
				case int:
					out = append(out, term.String(term.Sprint(v))...)
				case float64:
					out = append(out, term.String(floatText(v, term.List{}))...)
				case term.List:
					out = append(out, v...)
				default:
					noClause(lineConcat)
				}
			}
			return out
		}),
		listsBIF("prefix", 2, "whether L1 is a prefix of L2", func(_ *Call, a []term.Term) term.Term {
			l1, l2 := list(a[0], linePrefix), list(a[1], linePrefix)
			// prefix/2 matches its elements by pattern in erl, hence =:=, and
			// [1] is not a prefix of [1.0].
			return term.Bool(len(l1) <= len(l2) && term.ExactEqual(l1, l2[:len(l1)]))
		}),
		listsBIF("suffix", 2, "whether L1 is a suffix of L2", func(_ *Call, a []term.Term) term.Term {
			l1, ok1 := a[0].(term.List)
			l2, ok2 := a[1].(term.List)
			if !ok1 || !ok2 {
				badarg()
			}
			// suffix/2 calls length/1 on both lists in erl, hence badarg (not
			// function_clause) for a non-list, and compares with =:=.
			return term.Bool(len(l1) <= len(l2) && term.ExactEqual(l1, l2[len(l2)-len(l1):]))
		}),
		listsBIF("uniq", 1, "the list without later duplicates (=:=)", func(_ *Call, a []term.Term) term.Term {
			return uniqBy(list(a[0], lineUniq), func(x term.Term) term.Term { return x })
		}),
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
			// Merging one list at a time is quadratic in the number of lists but
			// gives erl's result: merge is stable and takes from the earlier list
			// on ties.
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
		listsBIF("flatten", 2, "flatten(L) ++ Tail", func(c *Call, a []term.Term) term.Term {
			tail := list(a[1], lineFlatten1)
			c.checkCells(flatCount(list(a[0], lineFlatten1), c.limits().Max()/term.CellBytes) + len(tail))
			return append(flatten(list(a[0], lineFlatten1), term.List{}), tail...)
		}),
		listsBIF("uniq", 2, "the list without later elements whose F(X) was seen", func(c *Call, a []term.Term) term.Term {
			f := fun(a[0], 1, lineUniq2)
			l := list(a[1], lineUniq2)
			return uniqBy(l, func(x term.Term) term.Term { return c.Apply(f, []term.Term{x}) })
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
			// keymap is setelement(N, T, F(element(N, T))) per tuple in erl, so
			// every bad argument surfaces as a badarg from those BIFs.
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

// prefixElems returns the first n elements of a list that may be
// improper after them (OTP's sublist walks no further: sublist([a,b|c],
// 2) is [a,b]); ok is false when the list ends improperly before n.
func prefixElems(t term.Term, n int) (term.List, bool) {
	switch l := t.(type) {
	case term.List:
		return l, true
	case term.Improper:
		if n <= len(l.Elems) {
			return term.List(l.Elems), true
		}
	}
	return nil, false
}

// seqBig is lists:seq over integers of any size; ok is false where erl
// rejects the arguments (the list would run away from To).
func seqBig(c *Call, fromT, toT, incT term.Term) (term.List, bool) {
	from, to, inc := new(big.Int).Set(term.ToBig(fromT)), term.ToBig(toT), term.ToBig(incT)
	var n big.Int
	switch inc.Sign() {
	case 0:
		if from.Cmp(to) == 0 {
			return term.List{fromT}, true
		}
		return nil, false
	case 1:
		if n.Sub(from, inc).Cmp(to) > 0 {
			return nil, false
		}
	default:
		if n.Sub(from, inc).Cmp(to) < 0 {
			return nil, false
		}
	}
	// The length is known before building, so a seq of bignums that would
	// not fit the allocation budget is system_limit without allocating.
	if count := n.Quo(n.Sub(to, from), inc); !count.IsInt64() || !c.limits().Fits(int(count.Int64()), term.CellBytes) {
		systemLimit()
	}
	out := term.List{}
	for (inc.Sign() > 0 && from.Cmp(to) <= 0) || (inc.Sign() < 0 && from.Cmp(to) >= 0) {
		out = append(out, term.BigInt(new(big.Int).Set(from)))
		from.Add(from, inc)
	}
	return out, true
}

// seq builds lists:seq/3's list; the length is computed first so the
// allocation is checked against the budget before it happens.
func seq(c *Call, from, to, inc int) term.List {
	n := seqLen(from, to, inc)
	c.checkCells(n)
	out := make(term.List, 0, n)
	for x := from; len(out) < n; x += inc {
		out = append(out, x)
	}
	return out
}

// seqLen is the length of lists:seq(From, To, Incr) for a non-zero
// increment, or -1 when it does not fit in an int (1 bsl 62 elements
// would not fit in memory anyway).
func seqLen(from, to, inc int) int {
	span := new(big.Int).Sub(big.NewInt(int64(to)), big.NewInt(int64(from)))
	// To is behind From in the direction of Incr: the callers' guards
	// allow this only when the list is empty (seq(5, 4) is []).
	if span.Sign() != 0 && (span.Sign() < 0) != (inc < 0) {
		return 0
	}
	n := span.Quo(span, big.NewInt(int64(inc)))
	if !n.IsInt64() || n.Int64() >= math.MaxInt32*int64(math.MaxInt32) {
		return -1
	}
	return int(n.Int64()) + 1
}

// reverse is lists:reverse/2: l reversed onto tail (improper when tail
// is not a list, as in erl).
func reverse(l term.List, tail term.Term) term.Term {
	r := make([]term.Term, len(l))
	for i, x := range l {
		r[len(l)-1-i] = x
	}
	return term.ConsN(r, tail)
}

// appendLists is ++: a copy of l1 in front of l2; l1 must be proper.
func appendLists(l1, l2 term.Term, caller term.Tuple) term.Term {
	l, ok := l1.(term.List)
	if !ok {
		raiseOperator(atomBadarg, "++", []term.Term{l1, l2}, caller)
	}
	return term.ConsN(l, l2)
}

// subtract is --: remove, for each element of l2, its first =:=
// occurrence in l1.
func subtract(l1, l2 term.Term) term.Term {
	a, ok1 := l1.(term.List)
	b, ok2 := l2.(term.List)
	if !ok1 || !ok2 {
		raiseOperator(atomBadarg, "--", []term.Term{l1, l2}, nil)
	}
	// Quadratic, but the result is erl's: each element of l2 removes
	// only the first =:= occurrence, left to right (OTP's faster algorithm
	// for long lists gives the same list).
	out := append(term.List{}, a...)
	for _, y := range b {
		for i, x := range out {
			if term.ExactEqual(x, y) {
				out = append(out[:i:i], out[i+1:]...)
				break
			}
		}
	}
	return out
}

// flatten appends the leaves of a deep list to out, depth first.
// The callers count the leaves first (flatCount), so the result is
// checked against the allocation budget before it is built. Only proper
// sublists are descended into: an improper one is kept as a leaf, where
// erl's do_flatten would fail on its tail.
func flatten(l term.List, out term.List) term.List {
	for _, x := range l {
		if sub, ok := x.(term.List); ok {
			out = flatten(sub, out)
		} else {
			out = append(out, x)
		}
	}
	return out
}

// extreme is lists:max/1 (sign 1) and lists:min/1 (sign -1) in term
// order; the first of equal elements wins, as in lists.erl.
func extreme(t term.Term, line, sign int) term.Term {
	l := list(t, line)
	if len(l) == 0 {
		noClause(line)
	}
	best := l[0]
	for _, x := range l[1:] {
		if term.Compare(x, best)*sign > 0 {
			best = x
		}
	}
	return best
}

// mapfold is lists:mapfoldl/3 and mapfoldr/3; F must return {R, Acc},
// anything else is the badmatch erl raises inside mapfoldl_1.
func mapfold(c *Call, a []term.Term, line int, fromRight bool) term.Term {
	f, l := fun(a[0], 2, line), list(a[2], line)
	acc := a[1]
	out := make(term.List, len(l))
	// mapfoldl_1/mapfoldr_1 match {R, Acc1} = F(Hd, Acc) four lines
	// below the function's clause.
	helper, callOffset := "mapfoldl_1", 4
	if fromRight {
		helper = "mapfoldr_1"
	}
	for k := range l {
		i := k
		if fromRight {
			i = len(l) - 1 - k
		}
		v := c.applyIn(f, []term.Term{l[i], acc}, at(helper, 3, line+callOffset))
		r, ok := v.(term.Tuple)
		if !ok || len(r) != 2 {
			raiseWith(term.Tuple{term.Atom("badmatch"), v}, at(helper, 3, line+callOffset))
		}
		out[i], acc = r[0], r[1]
	}
	return term.Tuple{out, acc}
}

// keyArgs checks the N and List of the key BIFs (keyfind, keymember,
// keysearch): they are erts BIFs and fail with badarg.
func keyArgs(pos, l term.Term) (int, term.List) {
	n, ok := pos.(int)
	list, okl := l.(term.List)
	if !ok || !okl || n < 1 {
		badarg()
	}
	return n, list
}

// keyArgsClause checks the N and List of the key functions written in
// Erlang (keydelete, keyreplace, ...), which fail with function_clause
// at their clause's line.
func keyArgsClause(pos, l term.Term, line int) (int, term.List) {
	n, ok := pos.(int)
	if !ok || n < 1 {
		noClause(line)
	}
	return n, list(l, line)
}

// keyIndex finds the first tuple whose n-th element == key.
func keyIndex(key term.Term, n int, l term.List) int {
	for i, x := range l {
		// Keys compare with ==, as erl documents for the key functions:
		// keyfind(1, 1, [{1.0, a}]) finds the tuple. Shorter tuples and
		// non-tuples are skipped, not errors.
		if t, ok := x.(term.Tuple); ok && len(t) >= n && term.Equal(t[n-1], key) {
			return i
		}
	}
	return -1
}

// Lines of OTP 25's lists.erl for the functions below.
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

// restsAfter is what is left of each list after its first k elements:
// the arguments erl shows in zip3's or zipwith's function_clause once
// one list ran out.
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

// flatLength counts the leaves of a deep list (lists:flatlength/1).
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

// uniqBy is lists:uniq/2: l without the elements whose key was seen
// before, keeping the first of each. erl keys a map by the keys, so 1
// and 1.0 are distinct, hence ExactEqual.
func uniqBy(l term.List, key func(term.Term) term.Term) term.List {
	var seen term.List
	out := term.List{}
	for _, x := range l {
		k := key(x)
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
}
