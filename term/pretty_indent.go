package term

// indentTrial is io_lib_pretty's cind family: a dry run of the layout
// that fails (no_good) when an indentation of tagged tuples and map values
// by ind columns would push text past half the line without leaving room
// for line_max_chars characters.
type indentTrial struct {
	ll, m, ind int
}

// indentFits reports whether the layout of n can use ind (while_fail/3).
func (p *layout) indentFits(n *node, col, ind int) bool {
	c := indentTrial{ll: p.ll, m: p.m, ind: ind}
	return c.cind(n, col, 0, 0)
}

// fits and fitsTail are the layout's guards (pretty.go), repeated on
// the trial's own limits.
func (c *indentTrial) fits(length, col, ld, w int) bool {
	return length < c.ll-col-ld && length+w+ld <= c.m
}

func (c *indentTrial) fitsTail(elen, col, ld1, w int) bool {
	if ld1 == 0 {
		return elen+1 < c.ll-col && w+elen+1 <= c.m
	}
	return elen < c.ll-col-ld1 && w+elen+ld1 <= c.m
}

// cind is cind/6: whether n can be laid out from col with the trial
// indentation, following the same cases as pp without writing anything.
func (c *indentTrial) cind(n *node, col, ld, w int) bool {
	if c.fits(n.length, col, ld, w) {
		return true
	}
	switch n.kind {
	case listNode:
		return c.cindList(n.items, col+1, ld, w+1)
	case tupleNode:
		if n.tagged {
			return c.cindTagTuple(n.items, col, ld, w+1)
		}
		return c.cindList(n.items, col+1, ld, w+1)
	case mapNode:
		return c.cindMap(n.items, col+2, ld, w+2)
	case recordNode:
		return c.cindRecord(n, col, ld, w)
	}
	return true
}

// cindTagTuple is cind_tag_tuple: the tuple's elements after its tag,
// at the trial indentation.
func (c *indentTrial) cindTagTuple(it items, col, ld, w int) bool {
	if len(it.elems) == 0 {
		return true
	}
	tlen := it.elems[0].length
	rest := items{elems: it.elems[1:], tail: it.tail, dots: it.dots}
	tagInd := tlen + 2
	tcol := col + tagInd
	if c.ind > 0 && tagInd > c.ind {
		col1 := col + c.ind
		if c.m+col1 <= c.ll || col1 <= c.ll/2 {
			return c.cindTail(rest, col1, tcol, ld, w+tlen)
		}
		return false
	}
	if c.m+tcol < c.ll || tcol < c.ll/2 {
		return c.cindList(rest, tcol, ld, w+tlen+1)
	}
	return false
}

// cindMap is cind_map: the associations after "#{".
func (c *indentTrial) cindMap(it items, col, ld, w int) bool {
	if len(it.elems) == 0 {
		return true
	}
	rest := items{elems: it.elems[1:], dots: it.dots}
	pw, ok := c.cindPair(it.elems[0], col, lastDepth(rest, ld), w)
	if !ok {
		return false
	}
	return c.cindPairsTail(rest, col, col+pw, ld, w+pw)
}

// cindPairsTail is cind_pairs_tail, the trial of ppPairsTail.
func (c *indentTrial) cindPairsTail(it items, col0, col, ld, w int) bool {
	for i, e := range it.elems {
		rest := items{elems: it.elems[i+1:], dots: it.dots}
		ld1 := lastDepth(rest, ld)
		elen := 1 + e.length
		if c.fitsTail(elen, col, ld1, w) && e.pairIsAtomic() {
			col += elen
			w += elen
			continue
		}
		pw, ok := c.cindPair(e, col0, ld1, 0)
		if !ok {
			return false
		}
		col = col0 + pw
		w = pw
	}
	return true
}

// cindPair is cind_pair, the trial of ppPair; it returns the column
// after the association.
func (c *indentTrial) cindPair(e *node, col, ld, w int) (int, bool) {
	if c.fits(e.length, col, ld, w) {
		if e.pairIsAtomic() {
			return e.length, true
		}
		return c.ll, true
	}
	if !c.cind(e.key, col, ld, w) {
		return 0, false
	}
	if !c.cind(e.val, col+mapValueIndent(c.ind), ld, 0) {
		return 0, false
	}
	return c.ll, true
}

// cindList is cind_list, the trial of ppList.
func (c *indentTrial) cindList(it items, col0, ld, w int) bool {
	if len(it.elems) == 0 {
		return true
	}
	rest := items{elems: it.elems[1:], tail: it.tail, dots: it.dots}
	we, ok := c.cindElement(it.elems[0], col0, lastDepth(rest, ld), w)
	if !ok {
		return false
	}
	return c.cindTail(rest, col0, col0+we, ld, w+we)
}

// cindTail is cind_tail, the trial of ppTail.
func (c *indentTrial) cindTail(it items, col0, col, ld, w int) bool {
	for i, e := range it.elems {
		rest := items{elems: it.elems[i+1:], tail: it.tail, dots: it.dots}
		ld1 := lastDepth(rest, ld)
		elen := 1 + e.length
		if c.fitsTail(elen, col, ld1, w) && e.isAtomic() {
			col += elen
			w += elen
			continue
		}
		we, ok := c.cindElement(e, col0, ld1, 0)
		if !ok {
			return false
		}
		col = col0 + we
		w = we
	}
	if it.tail == nil || it.dots {
		return true
	}
	e := it.tail
	if e.length+1 < c.ll-col-(ld+1) && e.length+1+w+(ld+1) <= c.m && e.isAtomic() {
		return true
	}
	// cind_tail/8 measures an improper tail from the current column, not
	// from the start of the line the way pp_tail lays it out.
	return c.cind(e, col, ld+1, 0)
}

// cindElement is cind_element: one element of a list or tuple, returning
// the column after it.
func (c *indentTrial) cindElement(e *node, col, ld, w int) (int, bool) {
	if c.fits(e.length, col, ld, w) && e.isAtomic() {
		return e.length, true
	}
	if !c.cind(e, col, ld, w) {
		return 0, false
	}
	return c.ll, true
}
