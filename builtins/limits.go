package builtins

import "goerl/term"

// The allocation budget (term.Limits) as BIFs see it: every BIF that
// builds a term from a size argument (lists:duplicate/2, lists:seq/2,
// string:copies/2, binary:copy/2, erlang:make_tuple/2, io:format's field
// widths, ...) or whose result can be much larger than its arguments
// (binary_to_list/1, list_to_binary/1 of a list repeating one binary,
// lists:flatten/1) checks the size first and raises error:system_limit,
// printed as erl does ("a system limit has been reached"), instead of
// letting Go run out of memory. The budget belongs to the Dispatcher, so
// two shells in one test can have different ones.

const atomSystemLimit term.Atom = "system_limit"

// SetLimits sets the budget the dispatcher's BIFs build terms within;
// the zero value means term's defaults.
func (d *Dispatcher) SetLimits(l term.Limits) { d.limits = l }

// Limits returns the budget set by SetLimits.
func (d *Dispatcher) Limits() term.Limits { return d.limits }

// systemLimit rejects the call with error:system_limit.
func systemLimit() { fail(atomSystemLimit) }

// limits is the budget of the dispatcher running the call (the defaults
// for a Call made by hand in a test).
func (c *Call) limits() term.Limits {
	if c == nil || c.dispatcher == nil {
		return term.Limits{}
	}
	return c.dispatcher.limits
}

// checkAlloc raises system_limit unless n items of size bytes each fit
// in the budget; a negative n counts as too large (callers check the
// argument's sign for their own error first).
func (c *Call) checkAlloc(n, size int) {
	if !c.limits().Fits(n, size) {
		systemLimit()
	}
}

// checkCells is checkAlloc for n elements of a list or tuple.
func (c *Call) checkCells(n int) { c.checkAlloc(n, term.CellBytes) }

// copies is n copies of x (make_tuple/2, lists:duplicate/2), checked
// against the allocation budget before they are made.
func (c *Call) copies(n int, x term.Term) []term.Term {
	c.checkCells(n)
	out := make([]term.Term, n)
	for i := range out {
		out[i] = x
	}
	return out
}

// checkInt raises system_limit when an integer result of bits bits would
// exceed erl's bignum limit.
func checkInt(bits int) {
	if !term.IntFits(bits) {
		systemLimit()
	}
}

// failTooLarge raises system_limit when err is io_lib's refusal of a
// field width beyond the budget; other errors are the caller's business.
func failTooLarge(err error) {
	if fe, ok := err.(*term.FormatError); ok && fe.Kind == term.TooLarge {
		systemLimit()
	}
}

// maxTupleArity is erl's largest tuple (erlang:make_tuple/2 and
// append_element/2 beyond it raise badarg): 16777215 elements.
const maxTupleArity = 1<<24 - 1

// checkLength raises system_limit for a field length (string:pad/2,
// string:left/2, ...) whose padding would exceed the budget; other
// values are left to the BIF's own argument checks.
func (c *Call) checkLength(n term.Term) {
	if n, ok := n.(int); ok && n > 0 {
		c.checkCells(n)
	}
}

// iolistSize is the byte size of an iolist without building it, counted
// up to max: past it the result is just some number above max
// (list_to_binary/1 of a list repeating one large binary stops counting
// early). It walks with an explicit stack, so a deeply nested iolist
// costs no Go stack; what is not an iolist is left for the builder to
// reject with badarg.
func iolistSize(t term.Term, max int) int {
	type frame struct {
		elems []term.Term
		tail  term.Term
	}
	n := 0
	var stack []frame
	visit := func(t term.Term) {
		switch v := t.(type) {
		case term.Binary:
			n += len(v)
		case int:
			n++
		case term.List:
			stack = append(stack, frame{elems: v})
		case term.Improper:
			stack = append(stack, frame{elems: v.Elems, tail: v.Tail})
		}
	}
	visit(t)
	for len(stack) > 0 && n <= max {
		top := &stack[len(stack)-1]
		if len(top.elems) == 0 {
			tail := top.tail
			stack = stack[:len(stack)-1]
			if tail != nil {
				visit(tail)
			}
			continue
		}
		e := top.elems[0]
		top.elems = top.elems[1:]
		visit(e)
	}
	return n
}

// maxWriteNesting bounds the recursion of io_lib:write/1,2 and of
// io_lib:format/2's deep result, which mirror the nesting of the term
// printed: a list nested a million deep (built with lists:foldl at the
// prompt) raises system_limit instead of overflowing the Go stack (about
// 1 KB of it per level).
const maxWriteNesting = 100000

// flatCount is the length of lists:flatten(l), counted up to max (past
// it, some number above max) with an explicit stack: a list repeating
// one long list a million times is refused before it is copied.
func flatCount(l term.List, max int) int {
	n := 0
	stack := []term.List{l}
	for len(stack) > 0 && n <= max {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for i, x := range top {
			if sub, ok := x.(term.List); ok {
				stack = append(stack, top[i+1:], sub)
				break
			}
			n++
		}
	}
	return n
}

// appendAll is lists:append/1 of proper lists in one copy (the fold of
// ++ it replaces copied the growing result once per list); ok is false
// when some list but the last is not proper, for the fold to raise erl's
// error.
func appendAll(c *Call, ls term.List) (term.Term, bool) {
	if len(ls) == 0 {
		return term.List{}, true
	}
	total := 0
	for _, l := range ls[:len(ls)-1] {
		p, ok := l.(term.List)
		if !ok {
			return nil, false
		}
		total += len(p)
	}
	c.checkCells(total)
	elems := make([]term.Term, 0, total)
	for _, l := range ls[:len(ls)-1] {
		elems = append(elems, l.(term.List)...)
	}
	return term.ConsN(elems, ls[len(ls)-1]), true
}
