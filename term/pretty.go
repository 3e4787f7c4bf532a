package term

import (
	"strings"
	"unicode/utf8"
)

// PrettyOptions are io_lib_pretty:print/2's options (OTP 25).
type PrettyOptions struct {
	// Column is where the term starts on its line, 1-based ({column,N}).
	Column int
	// LineLength is the width of the line ({line_length,N}); 0 means 80.
	LineLength int
	// LineMaxChars caps the characters of a term on one line, indentation
	// not counted ({line_max_chars,N}); 0 or negative means no cap.
	LineMaxChars int
	// Depth cuts deeper parts to "..." ({depth,N}); 0 or negative means
	// unlimited.
	Depth int
	// Strings prints printable lists as "strings" and printable binaries
	// as <<"text">> ({strings,true}).
	Strings bool
	// Encoding is the device's: Unicode keeps non-Latin-1 atom characters
	// and recognises UTF-8 binaries.
	Encoding Encoding
	// Records, when set, prints known records as #name{f = V} (the
	// shell's record table; see record.go).
	Records RecordFields
}

// ShellOptions are the options the erl shell prints a command's value with
// (shell:pp/4 on an 80-column UTF-8 terminal), starting at column.
func ShellOptions(column int) PrettyOptions {
	return PrettyOptions{Column: column, LineLength: 80, LineMaxChars: 60, Depth: 30, Strings: true, Encoding: Unicode}
}

// ShellPrint is what the erl shell prints for a command's value.
func ShellPrint(t Term) string { return Pretty(t, ShellOptions(1)) }

// PrettyString is io:format's ~p of t at a 1-based column: line length 80,
// no depth limit, Latin-1 device.
func PrettyString(t Term, column int) string {
	return Pretty(t, PrettyOptions{Column: column, LineLength: 80, Depth: Unlimited, Strings: true})
}

// Pretty prints t as io_lib_pretty:print/2 does: on one line when it fits,
// otherwise broken over lines with erl's exact indentation rules.
func Pretty(t Term, o PrettyOptions) string {
	col, ll, depth, m0 := o.Column, o.LineLength, o.Depth, o.LineMaxChars
	if col <= 0 {
		col = 1
	}
	if ll <= 0 {
		ll = 80
	}
	if depth <= 0 {
		depth = Unlimited
	}
	if m0 <= 0 {
		m0 = -1
	}
	switch v := t.(type) {
	case Atom:
		return writeAtom(string(v), o.Encoding == Unicode)
	case Tuple, List, Improper, *Map, Binary, Bitstring:
	default:
		return writeAtomic(v)
	}
	b := builder{strings: o.Strings, enc: o.Encoding, records: o.Records}
	n := b.node(t, depth)
	m := m0
	if m < 0 {
		m = n.length
	}
	var out strings.Builder
	if n.length < ll-col && n.length <= m {
		writeNode(&out, n)
		return out.String()
	}
	p := &layout{out: &out, ll: ll, m: m}
	p.tind = 1
	for _, try := range []int{-1, 4} {
		if p.indentFits(n, col, try) {
			p.tind = try
			break
		}
	}
	p.pp(n, col, indent(col-1), 0, 0)
	return out.String()
}

// nodeKind tells the shapes of io_lib_pretty's intermediate format apart.
type nodeKind uint8

const (
	leafNode  nodeKind = iota // text printed as is; the only "atomic" kind
	listNode                  // [...], items separated by ',' and the tail by '|'
	tupleNode                 // {...}
	mapNode                   // #{...}
	pairNode                  // K => V inside a map
	binNode                   // <<1,2,3>>, breakable between bytes
)

// node is one entry of io_lib_pretty's intermediate format: the term cut
// to depth, with the length it takes on one line.
type node struct {
	kind   nodeKind
	text   string // leafNode
	tagged bool   // tupleNode whose first element is an atom (size > 1)
	items  items  // listNode, tupleNode, mapNode
	key    *node  // pairNode
	val    *node  // pairNode
	bytes  []string
	length int
}

// items is io_lib_pretty's if_list: elements, then possibly an improper
// tail or the "..." left by the depth cut.
type items struct {
	elems []*node
	tail  *node
	dots  bool
}

// isAtomic is the ?ATM macro: only flat text may share a line with its
// neighbours when a compound term is broken.
func (n *node) isAtomic() bool { return n.kind == leafNode }

// pairIsAtomic is ?ATM for a map association: both sides flat text.
func (n *node) pairIsAtomic() bool { return n.key.isAtomic() && n.val.isAtomic() }

// builder is io_lib_pretty:print_length/6 (chars_limit -1, no records).
type builder struct {
	strings bool
	enc     Encoding
	records RecordFields
}

// leaf is flat text; its length counts characters, the unit of erl's
// line length.
func leaf(s string) *node { return &node{text: s, length: utf8.RuneCountInString(s)} }

// node is print_length/6 for one term: it builds the term's tree with
// the one-line length of every subterm, so that the layout can decide at
// each level whether a subterm fits without printing it twice. d is the
// remaining depth (-1 unlimited); past it erl prints "...".
func (b *builder) node(t Term, d int) *node {
	switch v := t.(type) {
	case Atom:
		return leaf(writeAtom(string(v), b.enc == Unicode))
	case List:
		if len(v) == 0 {
			return leaf("[]")
		}
		if b.strings && d != 1 && IsPrintableList(v) {
			return leaf(b.quoteString(v))
		}
		return b.list(v, nil, d)
	case Improper:
		return b.list(v.Elems, v.Tail, d)
	case Tuple:
		if len(v) == 0 {
			return leaf("{}")
		}
		if n := b.record(v, d); n != nil {
			return n
		}
		if d == 1 {
			return leaf("{...}")
		}
		n := &node{kind: tupleNode, tagged: isAtom(v[0]) && len(v) > 1}
		dd := d
		for _, e := range v {
			if dd == 1 {
				n.items.dots = true
				break
			}
			n.items.elems = append(n.items.elems, b.node(e, dd-1))
			dd--
		}
		n.length = n.items.length(2)
		return n
	case *Map:
		if v.Len() == 0 {
			return leaf("#{}")
		}
		if d == 1 {
			return leaf("#{...}")
		}
		n := &node{kind: mapNode}
		dd := d
		for i, k := range v.keys {
			if dd == 1 {
				n.items.dots = true
				break
			}
			kn, vn := b.node(k, d-1), b.node(v.vals[i], d-1)
			n.items.elems = append(n.items.elems, &node{kind: pairNode, key: kn, val: vn, length: kn.length + 4 + vn.length})
			dd--
		}
		n.length = n.items.length(3)
		return n
	case Binary:
		return b.binary(v, d)
	case Bitstring:
		return b.bitstring(v, d)
	}
	return leaf(writeAtomic(t))
}

// isAtom tests a tuple's first element, which makes it a tagged tuple.
func isAtom(t Term) bool { _, ok := t.(Atom); return ok }

// list is print_length_list: a printable list becomes a string leaf
// (with ~p's strings option), anything else a list node with the
// improper tail kept apart for the "|" layout.
func (b *builder) list(elems []Term, tail Term, d int) *node {
	n := &node{kind: listNode}
	dd := d
	for _, e := range elems {
		if dd == 1 {
			n.items.dots = true
			break
		}
		n.items.elems = append(n.items.elems, b.node(e, dd-1))
		dd--
	}
	if tail != nil && !n.items.dots {
		if dd == 1 {
			n.items.dots = true
		} else {
			n.items.tail = b.node(tail, dd-1)
		}
	}
	n.length = n.items.length(2)
	return n
}

// length is list_length/3: the brackets plus the items and their commas.
func (it *items) length(brackets int) int {
	n := brackets
	count := len(it.elems)
	for _, e := range it.elems {
		n += e.length
	}
	if it.tail != nil {
		n += it.tail.length
		count++
	}
	if it.dots {
		n += 3
		count++
	}
	if count > 1 {
		n += count - 1
	}
	return n
}

// quoteString writes a printable list as a double-quoted string with
// erl's escapes.
func (b *builder) quoteString(cs List) string {
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = rune(c.(int))
	}
	var sb strings.Builder
	mode := escapeLatin1
	if b.enc == Unicode {
		mode = escapeUnicode
	}
	writeQuoted(&sb, rs, '"', mode)
	return sb.String()
}

// layout is io_lib_pretty:pp/8 and friends: it writes a node over lines.
type layout struct {
	out  *strings.Builder
	ll   int // line length
	m    int // line_max_chars (or the whole length when unlimited)
	tind int // indentation of tagged tuples' tails: -1, 4 or 1
}

// fits is the guard every pp_* clause starts with.
func (p *layout) fits(length, col, ld, w int) bool {
	return length < p.ll-col-ld && length+w+ld <= p.m
}

// fitsTail is the guard of pp_tail for a further element.
func (p *layout) fitsTail(elen, col, ld1, w int) bool {
	if ld1 == 0 {
		return elen+1 < p.ll-col && w+elen+1 <= p.m
	}
	return elen < p.ll-col-ld1 && w+elen+ld1 <= p.m
}

// pp is io_lib_pretty:pp/7: a node that fits in the rest of the line is
// written flat; otherwise lists and tuples break after their elements,
// tagged tuples keep the tag and first element on the first line, and
// maps break after their associations. col is the current
// column, ind the indentation of new lines, ld the length of
// what must follow on the last line (closing brackets, a comma), w the
// characters written on the current line so far.
func (p *layout) pp(n *node, col int, ind indent, ld, w int) {
	if p.fits(n.length, col, ld, w) {
		writeNode(p.out, n)
		return
	}
	switch n.kind {
	case listNode:
		p.out.WriteByte('[')
		p.ppList(n.items, col+1, ind+1, ld, '|', w+1)
		p.out.WriteByte(']')
	case tupleNode:
		p.out.WriteByte('{')
		if n.tagged {
			p.ppTagTuple(n.items, col, ind, ld, w+1)
		} else {
			p.ppList(n.items, col+1, ind+1, ld, ',', w+1)
		}
		p.out.WriteByte('}')
	case mapNode:
		p.out.WriteString("#{")
		p.ppMap(n.items, col+2, ind+2, ld, w+1)
		p.out.WriteByte('}')
	case binNode:
		p.ppBinary(n, col+2, ind+2, ld, w)
	case recordNode:
		p.ppRecord(n, col, ind, ld, w)
	default:
		writeNode(p.out, n)
	}
}

// ppTagTuple is pp_tag_tuple: the tag first, then the other elements
// aligned after "{tag," or, when the tag is longer than the indentation
// the trial in pretty_indent.go chose (tind), indented by tind under the
// brace so a long tag does not push everything right.
func (p *layout) ppTagTuple(it items, col int, ind indent, ld, w int) {
	if len(it.elems) == 0 {
		p.out.WriteString("...")
		return
	}
	tag := it.elems[0]
	rest := items{elems: it.elems[1:], tail: it.tail, dots: it.dots}
	tagInd := tag.length + 2
	tcol := col + tagInd
	p.out.WriteString(tag.text)
	if p.tind > 0 && tagInd > p.tind {
		p.ppTail(rest, col+p.tind, tcol, ind+indent(p.tind), ld, ',', w+tag.length)
		return
	}
	p.out.WriteByte(',')
	p.ppList(rest, tcol, ind+indent(tagInd), ld, ',', w+tag.length+1)
}

// lastDepth is last_depth/2: the closing brackets that follow the last
// item count against the room it has.
func lastDepth(rest items, ld int) int {
	if len(rest.elems) > 0 {
		return 0
	}
	return ld + 1
}

// ppList is pp_list: the first element after the bracket, the others
// through ppTail.
func (p *layout) ppList(it items, col0 int, ind indent, ld int, sep byte, w int) {
	if len(it.elems) == 0 {
		p.out.WriteString("...")
		return
	}
	rest := items{elems: it.elems[1:], tail: it.tail, dots: it.dots}
	we := p.ppElement(it.elems[0], col0, ind, lastDepth(rest, ld), w)
	p.ppTail(rest, col0, col0+we, ind, ld, sep, w+we)
}

// ppTail is pp_tail: consecutive atomic elements share a line while
// they fit; a compound element, or one that does not fit, starts a new
// line at col0. sep is ',' between elements and '|' before a tail.
func (p *layout) ppTail(it items, col0, col int, ind indent, ld int, sep byte, w int) {
	for i, e := range it.elems {
		rest := items{elems: it.elems[i+1:], tail: it.tail, dots: it.dots}
		ld1 := lastDepth(rest, ld)
		elen := 1 + e.length
		if p.fitsTail(elen, col, ld1, w) && e.isAtomic() {
			p.out.WriteByte(',')
			writeNode(p.out, e)
			col += elen
			w += elen
			continue
		}
		p.out.WriteString(",\n")
		p.writeIndent(ind)
		we := p.ppElement(e, col0, ind, ld1, 0)
		col = col0 + we
		w = we
	}
	switch {
	case it.dots:
		p.out.WriteByte(sep)
		p.out.WriteString("...")
	case it.tail != nil:
		e := it.tail
		if e.length+1 < p.ll-col-(ld+1) && e.length+1+w+(ld+1) <= p.m && e.isAtomic() {
			p.out.WriteByte(sep)
			writeNode(p.out, e)
			return
		}
		p.out.WriteByte(sep)
		p.out.WriteByte('\n')
		p.writeIndent(ind)
		p.pp(e, col0, ind, ld+1, 0)
	}
}

// ppElement returns the width the element takes, or the line length to
// force the next element onto a new line.
func (p *layout) ppElement(e *node, col int, ind indent, ld, w int) int {
	if p.fits(e.length, col, ld, w) && e.isAtomic() {
		writeNode(p.out, e)
		return e.length
	}
	p.pp(e, col, ind, ld, w)
	return p.ll
}

// ppMap is pp_map: #{ then the associations one per line, aligned
// after the brace.
func (p *layout) ppMap(it items, col int, ind indent, ld, w int) {
	if len(it.elems) == 0 {
		if it.dots {
			p.out.WriteString("...")
		}
		return
	}
	rest := items{elems: it.elems[1:], dots: it.dots}
	pw := p.ppPair(it.elems[0], col, ind, lastDepth(rest, ld), w)
	p.ppPairsTail(rest, col, col+pw, ind, ld, pw)
}

// ppPairsTail is pp_pairs_tail: like ppTail for associations, which
// stay on one line only when key and value are both atomic and fit.
func (p *layout) ppPairsTail(it items, col0, col int, ind indent, ld, w int) {
	p.ppItemsTail(it, col0, col, ind, ld, w, (*node).pairIsAtomic, p.ppPair)
}

// ppItemsTail is the loop shared by pp_pairs_tail/8 and pp_fields_tail/9: each
// element goes on the current line when it fits and is atomic, else on a
// new line at col0, printed by one.
func (p *layout) ppItemsTail(it items, col0, col int, ind indent, ld, w int,
	atomic func(*node) bool, one func(e *node, col int, ind indent, ld, w int) int) {
	for i, e := range it.elems {
		rest := items{elems: it.elems[i+1:], dots: it.dots}
		ld1 := lastDepth(rest, ld)
		elen := 1 + e.length
		if p.fitsTail(elen, col, ld1, w) && atomic(e) {
			p.out.WriteByte(',')
			writeNode(p.out, e)
			col += elen
			w += elen
			continue
		}
		p.out.WriteString(",\n")
		p.writeIndent(ind)
		ew := one(e, col0, ind, ld1, 0)
		col = col0 + ew
		w = ew
	}
	if it.dots {
		p.out.WriteString(",...")
	}
}

// ppPair is pp_pair: K => V on one line if it fits, else the value on
// the next line indented under the key; it returns the column after it.
func (p *layout) ppPair(e *node, col int, ind indent, ld, w int) int {
	if p.fits(e.length, col, ld, w) {
		writeNode(p.out, e)
		if e.pairIsAtomic() {
			return e.length
		}
		return p.ll
	}
	i := mapValueIndent(p.tind)
	vind := ind + indent(i)
	p.pp(e.key, col, ind, ld, w)
	p.out.WriteString(" =>\n")
	p.writeIndent(vind)
	p.pp(e.val, col+i, vind, ld, 0)
	return p.ll
}

// mapValueIndent is how far a broken association's value is indented
// under its key: the tagged-tuple indentation when one was chosen,
// else io_lib_pretty's default of 4.
func mapValueIndent(tind int) int {
	if tind > 0 {
		return tind
	}
	return 4
}

// writeNode writes n on one line (io_lib_pretty:write/1).
func writeNode(out *strings.Builder, n *node) {
	switch n.kind {
	case listNode:
		out.WriteByte('[')
		writeItems(out, n.items, '|')
		out.WriteByte(']')
	case tupleNode:
		out.WriteByte('{')
		writeItems(out, n.items, ',')
		out.WriteByte('}')
	case mapNode:
		out.WriteString("#{")
		writeItems(out, n.items, ',')
		out.WriteByte('}')
	case pairNode:
		writeNode(out, n.key)
		out.WriteString(" => ")
		writeNode(out, n.val)
	case binNode:
		out.WriteString("<<" + strings.Join(n.bytes, ",") + ">>")
	case recordNode, fieldNode:
		writeRecord(out, n)
	default:
		out.WriteString(n.text)
	}
}

// writeItems writes elements flat, separated by sep, with a |Tail.
func writeItems(out *strings.Builder, it items, sep byte) {
	for i, e := range it.elems {
		if i > 0 {
			out.WriteByte(',')
		}
		writeNode(out, e)
	}
	if it.tail != nil {
		out.WriteByte(sep)
		writeNode(out, it.tail)
	}
	if it.dots {
		if len(it.elems) > 0 {
			out.WriteByte(sep)
		}
		out.WriteString("...")
	}
}

// indent is the indentation of continuation lines, in spaces. It is a
// count, not the string of spaces: each nesting level adds to it, and a
// string per level made printing a term nested a million deep take
// memory quadratic in the depth.
type indent int

// writeIndent writes ind spaces.
func (p *layout) writeIndent(ind indent) {
	for i := indent(0); i < ind; i++ {
		p.out.WriteByte(' ')
	}
}
