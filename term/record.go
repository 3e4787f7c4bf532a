package term

import "strings"

// Records printed as records: io_lib_pretty's record_print_fun. The erl
// shell passes one built from its record table, so a tuple whose first
// element names a known record of that size prints as #name{f = V,...}.
// The rest of term knows nothing of records; the builder, pp, cind and
// writeNode each call into this file for recordNode and fieldNode.

// RecordFields returns the field names of record tag when it is defined
// with arity fields (tuple size minus one); ok is false otherwise, and the
// tuple prints as a tuple.
type RecordFields func(tag Atom, arity int) (fields []Atom, ok bool)

const (
	recordNode nodeKind = 100 + iota // #name{...}: text is "#name", items the fields
	fieldNode                        // name = V inside a record: text is the name, val V
)

// record is print_length_record/7: nil when t is not a known record.
func (b *builder) record(t Tuple, d int) *node {
	tag, ok := t[0].(Atom)
	if !ok || b.records == nil {
		return nil
	}
	fields, ok := b.records(tag, len(t)-1)
	if !ok || len(fields) != len(t)-1 {
		return nil
	}
	if d == 1 {
		return leaf("{...}")
	}
	n := &node{kind: recordNode, text: "#" + writeAtom(string(tag), b.enc == Unicode)}
	dd := d - 1
	for i, f := range fields {
		if dd == 1 {
			n.items.dots = true
			break
		}
		name := writeAtom(string(f), b.enc == Unicode)
		v := b.node(t[i+1], dd-1)
		n.items.elems = append(n.items.elems, &node{kind: fieldNode, text: name, val: v, length: fieldNameLength(name) + v.length})
		dd--
	}
	n.length = n.items.length(leaf(n.text).length + 2)
	return n
}

// fieldNameLength is NameL of print_length_field: the name and " = ".
func fieldNameLength(name string) int { return leaf(name).length + 3 }

// fieldIsAtomic is the is_list(element(1, element(4, element(1, F))))
// test of pp_fields_tail: the field's value is flat text.
func (n *node) fieldIsAtomic() bool { return n.val.isAtomic() }

// writeRecord is write/1 for a record and for one of its fields.
func writeRecord(out *strings.Builder, n *node) {
	if n.kind == fieldNode {
		out.WriteString(n.text)
		out.WriteString(" = ")
		writeNode(out, n.val)
		return
	}
	out.WriteString(n.text)
	out.WriteByte('{')
	writeItems(out, n.items, ',')
	out.WriteByte('}')
}

// recIndent is rec_indent/5: a name longer than the tagged-tuple indent
// puts what follows on a new line, indented by tind.
func (p *layout) recIndent(rind, col int, ind indent, w int) (int, indent, int) {
	nl := p.tind > 0 && rind > p.tind
	dcol := rind
	if nl {
		dcol = p.tind
		w = 0
	}
	ind += indent(dcol)
	if nl {
		p.out.WriteByte('\n')
		p.writeIndent(ind)
	}
	return col + dcol, ind, w
}

// ppRecord is pp/8 for a record that does not fit: pp_record/9.
func (p *layout) ppRecord(n *node, col0 int, ind indent, ld, w int) {
	nlen := leaf(n.text).length
	p.out.WriteString(n.text)
	p.out.WriteByte('{')
	defer p.out.WriteByte('}')
	it := n.items
	if len(it.elems) == 0 {
		if it.dots {
			p.out.WriteString("...")
		}
		return
	}
	col, ind, w := p.recIndent(nlen+1, col0, ind, w+nlen+1)
	rest := items{elems: it.elems[1:], dots: it.dots}
	fw := p.ppField(it.elems[0], col, ind, lastDepth(rest, ld), w)
	p.ppFieldsTail(rest, col, col+fw, ind, ld, w+fw)
}

// ppFieldsTail is pp_fields_tail/9.
func (p *layout) ppFieldsTail(it items, col0, col int, ind indent, ld, w int) {
	p.ppItemsTail(it, col0, col, ind, ld, w, (*node).fieldIsAtomic, p.ppField)
}

// ppField is pp_field/8: the width the field takes, or the line length
// when what follows must start a new line.
func (p *layout) ppField(f *node, col0 int, ind indent, ld, w int) int {
	if p.fits(f.length, col0, ld, w) {
		writeNode(p.out, f)
		if f.fieldIsAtomic() {
			return f.length
		}
		return p.ll
	}
	p.out.WriteString(f.text)
	// The separator is written before recIndent may break the line.
	nameL := fieldNameLength(f.text)
	nl := p.tind > 0 && nameL > p.tind
	if nl {
		p.out.WriteString(" =")
	} else {
		p.out.WriteString(" = ")
	}
	col, ind, w := p.recIndent(nameL, col0, ind, w+nameL)
	p.pp(f.val, col, ind, ld, w)
	return p.ll
}

// cindRecord is cind_record/8.
func (c *indentTrial) cindRecord(n *node, col0, ld, w int) bool {
	it := n.items
	if len(it.elems) == 0 {
		return true
	}
	nlen := leaf(n.text).length
	col, w, ok := c.cindRec(nlen+1, col0, w+nlen+1)
	if !ok {
		return false
	}
	rest := items{elems: it.elems[1:], dots: it.dots}
	fw, ok := c.cindField(it.elems[0], col, lastDepth(rest, ld), w)
	if !ok {
		return false
	}
	return c.cindFieldsTail(rest, col, col+fw, ld, w+fw)
}

// cindFieldsTail is cind_fields_tail/8. Unlike pp_fields_tail it moves
// the column on from the current one after a broken field, as erl does.
func (c *indentTrial) cindFieldsTail(it items, col0, col, ld, w int) bool {
	for i, f := range it.elems {
		rest := items{elems: it.elems[i+1:], dots: it.dots}
		ld1 := lastDepth(rest, ld)
		elen := 1 + f.length
		if c.fitsTail(elen, col, ld1, w) && f.fieldIsAtomic() {
			col += elen
			w += elen
			continue
		}
		fw, ok := c.cindField(f, col0, ld1, 0)
		if !ok {
			return false
		}
		col += fw
		w = fw
	}
	return true
}

// cindField is cind_field/7.
func (c *indentTrial) cindField(f *node, col0, ld, w int) (int, bool) {
	if c.fits(f.length, col0, ld, w) {
		if f.fieldIsAtomic() {
			return f.length, true
		}
		return c.ll, true
	}
	nameL := fieldNameLength(f.text)
	col, w, ok := c.cindRec(nameL, col0, w+nameL)
	if !ok || !c.cind(f.val, col, ld, w) {
		return 0, false
	}
	return c.ll, true
}

// cindRec is cind_rec/6: like rec_indent, but failing (no_good) when the
// indentation leaves too little room.
func (c *indentTrial) cindRec(rind, col0, w int) (int, int, bool) {
	nl := c.ind > 0 && rind > c.ind
	dcol := rind
	if nl {
		dcol = c.ind
		w = 0
	}
	col := col0 + dcol
	if c.m+col <= c.ll || col <= c.ll/2 {
		return col, w, true
	}
	return 0, 0, false
}
