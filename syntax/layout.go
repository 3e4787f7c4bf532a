package syntax

import (
	"strings"
	"unicode/utf8"
)

// The layout engine is a port of the f/5 family in OTP 25's erl_pp.erl.
// The printer first turns an expression into a tree of docs (erl_pp's
// "items"), then lays the tree out at a given indentation: a seq goes on
// one line when it fits in the line width, otherwise its items go under
// each other; prefer_nl always breaks. Sizes follow erl_pp exactly,
// including its approximations, because the point is to break lines where
// erl breaks them.

// doc is one layout item.
type doc interface{ isDoc() }

type (
	// leaf is text that never breaks. atomic mirrors erl_pp's
	// classify_item: atoms, words and leaf(...) items are atomic, while
	// characters, chars and strings written later are not.
	leaf struct {
		text   string
		width  int
		atomic bool
	}
	// concat is an Erlang deep list of items laid out one after another.
	concat []doc
	// seq is {seq, Before, After, Sep, Items}.
	seq struct {
		before, after doc
		sep           separator
		items         []doc
	}
	// preferNL is {prefer_nl, Sep, Items}: one item per line.
	preferNL struct {
		sep   separator
		items []doc
	}
	// forceNL is {force_nl, Extra, Item}.
	forceNL struct{ extra, item doc }
	// step is {step, A, B}: B goes under A, indented, when it does not fit.
	step struct{ head, body doc }
	// cstep is {cstep, A, B}: like step, but B stays after a short A.
	cstep struct{ head, body doc }
	// reserved is {reserved, Word}: a keyword laid out as an item of its own.
	reserved struct{ word doc }
	// stringLit is {string, S}, split into chunks at layout time.
	stringLit struct{ runes []rune }
)

func (leaf) isDoc()      {}
func (concat) isDoc()    {}
func (seq) isDoc()       {}
func (preferNL) isDoc()  {}
func (forceNL) isDoc()   {}
func (step) isDoc()      {}
func (cstep) isDoc()     {}
func (reserved) isDoc()  {}
func (stringLit) isDoc() {}

// separator is a seq's Sep. listed is erl_pp's "is_list(Sep), Sep =/= []":
// only then do items on one line get a space between them. item is added
// after every item but the last two; last after the second to last.
type separator struct {
	listed     bool
	item, last doc
}

var (
	noSep    = separator{}                                               // []
	spaceSep = separator{listed: true}                                   // [[]]
	commaSep = separator{listed: true, item: char(','), last: char(',')} // [$,]
	semiSep  = separator{listed: true, item: char(';'), last: char(';')} // [$;]
)

// bareSep is a separator given as a character rather than a list ($, or
// $;): items on one line are joined without spaces.
func bareSep(c rune) separator { return separator{item: char(c), last: char(c)} }

func atomicLeaf(s string) leaf { return leaf{text: s, width: utf8.RuneCountInString(s), atomic: true} }

// char is an integer in an erl_pp item list: one character, not atomic.
func char(c rune) leaf { return leaf{text: string(c), width: 1} }

// complexLeaf is text written for a {char,_} or {string,_} item, or a
// plain character list: it lays out like a leaf, but erl_pp does not
// classify it as atomic, so a list of them is not packed onto lines.
func complexLeaf(s string) leaf { return leaf{text: s, width: utf8.RuneCountInString(s)} }

func list(items ...doc) seq { return seq{sep: spaceSep, items: items} }

func first(head, item doc) seq { return seq{before: head, sep: spaceSep, items: []doc{item}} }

// size is erl_pp's Size: an integer, or {line, N} once the text spans
// lines (N is then the width of the last line, counted from the margin).
type size struct {
	n     int
	multi bool
}

func (s size) isZero() bool { return !s.multi && s.n == 0 }

type laid struct {
	text string
	size size
}

// layout holds the fixed parameters of one printing.
type layout struct {
	lineWidth, indent int
}

func newLayout() layout { return layout{lineWidth: 72, indent: 4} }

// format is erl_pp:frmt(Item, I, PP).
func (l layout) format(d doc, indent int) string { return l.f(d, indent).text }

func (l layout) f(d doc, i0 int) laid {
	switch d := d.(type) {
	case nil:
		return laid{}
	case leaf:
		return laid{d.text, size{n: d.width}}
	case concat:
		if len(d) == 0 {
			return laid{}
		}
		return l.consecutive(d[1:], l.f(d[0], i0), i0)
	case seq:
		return l.seq(d, i0)
	case forceNL:
		return l.f(preferNL{sep: noSep, items: []doc{d.extra, d.item}}, i0)
	case preferNL:
		pairs := l.fl(d.items, d.sep, i0, nil)
		all := nonZero(flatten(pairs))
		if len(all) == 0 {
			return laid{}
		}
		steps := nonZero(l.handleStep(pairs, i0))
		return laid{insertNewlines(texts(steps), i0), nsz(all[len(all)-1].size, i0)}
	case reserved:
		return l.f(d.word, i0)
	case stringLit:
		return l.f(l.writeString(d.runes, i0), i0)
	}
	panic("syntax: unknown layout item")
}

func (l layout) seq(d seq, i0 int) laid {
	before := l.f(d.before, i0)
	i := indentAfter(before, i0)
	pairs := l.fl(d.items, d.sep, i, d.after)
	items := nonZero(flatten(pairs))
	head := nonZero([]laid{before})
	sepChars := 0
	if d.sep.listed {
		sepChars = max(0, len(items)-1)
	}
	if total, ok := l.sameLine(i0, append(append([]laid(nil), head...), items...), sepChars); ok {
		joiner := ""
		if sepChars > 0 {
			joiner = " "
		}
		return laid{join(texts(head), "") + join(texts(items), joiner), size{n: total}}
	}
	body := l.maybeNewlines(l.handleStep(pairs, i), d.items, i, sepChars)
	return laid{join(texts(head), "") + body.text, nsz(body.size, i0)}
}

// fl lays out the items of a seq or prefer_nl, each with its separator;
// every item yields a pair (head, indented rest).
func (l layout) fl(items []doc, sep separator, i0 int, after doc) [][2]laid {
	if len(items) == 0 {
		return [][2]laid{{l.f(after, i0), {}}}
	}
	one := func(it, s doc) [2]laid {
		switch it := it.(type) {
		case step:
			return [2]laid{l.f(it.head, i0), l.f(concat{it.body, s}, i0+l.indent)}
		case cstep:
			head := l.f(it.head, i0)
			if !head.size.multi && head.size.n < l.indent {
				return [2]laid{l.consecutive([]doc{atomicLeaf(" "), it.body, s}, head, i0), {}}
			}
			return [2]laid{head, l.f(concat{it.body, s}, i0+l.indent)}
		case reserved:
			return [2]laid{l.f(concat{it.word, s}, i0), {}}
		default:
			return [2]laid{l.f(concat{it, s}, i0), {}}
		}
	}
	out := make([][2]laid, len(items))
	for k, it := range items {
		switch {
		case k == len(items)-1:
			out[k] = one(it, after)
		case k == len(items)-2:
			out[k] = one(it, sep.last)
		default:
			out[k] = one(it, sep.item)
		}
	}
	return out
}

func (l layout) consecutive(items []doc, first laid, i0 int) laid {
	all := []laid{first}
	col := indentAfter(first, i0)
	for _, it := range items {
		r := l.f(it, col)
		all = append(all, r)
		col = indentAfter(r, col)
	}
	all = nonZero(all)
	return laid{join(texts(all), ""), lineSize(sizes(all))}
}

func (l layout) sameLine(i0 int, parts []laid, sepChars int) (int, bool) {
	total := sepChars
	for _, p := range parts {
		if p.size.multi {
			return 0, false
		}
		total += p.size.n
	}
	return total, i0+total <= l.lineWidth
}

// handleStep puts the indented rest of each pair under its head when
// there is one.
func (l layout) handleStep(pairs [][2]laid, i int) []laid {
	out := make([]laid, len(pairs))
	for k, p := range pairs {
		switch {
		case p[0].size.isZero() && p[1].size.isZero():
			out[k] = laid{}
		case p[1].size.isZero():
			out[k] = p[0]
		default:
			out[k] = laid{insertNewlines([]string{p[0].text, p[1].text}, i+l.indent),
				lineSize([]size{p[0].size, p[1].size})}
		}
	}
	return out
}

// maybeNewlines is erl_pp's maybe_newlines/maybe_sep: atomic items are
// packed onto lines as far as they fit, anything else starts a new line.
func (l layout) maybeNewlines(ls []laid, items []doc, i0 int, sepChars int) laid {
	if len(ls) == 1 && len(items) == 0 {
		return ls[0]
	}
	if len(ls) == 0 || len(items) == 0 {
		return laid{}
	}
	nl := newlineIndent(i0)
	var b strings.Builder
	b.WriteString(ls[0].text)
	col := l.lineWidth + 1
	if isAtomic(items[0]) {
		col = i0 + ls[0].size.n
	}
	acc := ls[0].size
	for k := 1; k < len(ls) && k < len(items); k++ {
		cur := ls[k]
		if isAtomic(items[k]) && !cur.size.multi {
			width := cur.size.n + 1
			if col+width <= l.lineWidth {
				if sepChars > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(cur.text)
				col += width
				acc = size{n: acc.n + width}
				continue
			}
			b.WriteString(nl)
			b.WriteString(cur.text)
			col = i0 + cur.size.n
			acc = size{n: width}
			continue
		}
		b.WriteString(nl)
		b.WriteString(cur.text)
		col = l.lineWidth + 1
		acc = size{}
	}
	return laid{b.String(), acc}
}

func isAtomic(d doc) bool {
	lf, ok := d.(leaf)
	return ok && lf.atomic
}

func indentAfter(r laid, i int) int {
	if r.size.multi {
		return r.size.n
	}
	return i + r.size.n
}

func nsz(s size, i int) size {
	if s.multi {
		return s
	}
	return size{n: s.n + i, multi: true}
}

func lineSize(ss []size) size {
	total, multi := 0, false
	for _, s := range ss {
		if s.multi {
			total, multi = s.n, true
			continue
		}
		total += s.n
	}
	return size{n: total, multi: multi}
}

func newlineIndent(i int) string { return "\n" + strings.Repeat(" ", i) }

func insertNewlines(parts []string, i int) string { return join(parts, newlineIndent(i)) }

func flatten(pairs [][2]laid) []laid {
	out := make([]laid, 0, 2*len(pairs))
	for _, p := range pairs {
		out = append(out, p[0], p[1])
	}
	return out
}

func nonZero(ls []laid) []laid {
	out := ls[:0:0]
	for _, r := range ls {
		if !r.size.isZero() {
			out = append(out, r)
		}
	}
	return out
}

func texts(ls []laid) []string {
	out := make([]string, len(ls))
	for k, r := range ls {
		out[k] = r.text
	}
	return out
}

func sizes(ls []laid) []size {
	out := make([]size, len(ls))
	for k, r := range ls {
		out[k] = r.size
	}
	return out
}

func join(parts []string, sep string) string { return strings.Join(parts, sep) }
