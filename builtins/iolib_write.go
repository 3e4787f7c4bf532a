package builtins

import (
	"goerl/term"
)

// deepWrite is the deep character list io_lib:write/2 builds (and ~w,
// and ~p of a term that fits on one line): erl's shell prints these
// lists as they are, so their shape is part of what a user sees
// (io_lib:write([1,2]) is [91,["1",44,"2"],93]). Atoms, numbers, pids
// and other leaves are flat strings; a list is [$[, [E1, $,, E2 ...],
// $]], a tuple the same in braces, a map [$#,${,[[K," => ",V], ...],$}],
// a binary [$<,$<,["1",44,"2"],$>,$>]. depth is io_lib's depth limit
// (-1: none); where it runs out, "..." stands for the rest. With pretty
// (io_lib_pretty's ~p), printable strings and binaries are quoted text.
type deepWriter struct {
	pretty  bool
	unicode bool // ~tp: leaves are printed with ~tp
	// nest counts the enclosing terms: the result is as deep as the
	// term, and beyond maxWriteNesting write raises system_limit rather
	// than overflow the Go stack.
	nest int
}

func (w deepWriter) leaf(t term.Term) term.Term {
	if w.pretty {
		f := "~p"
		if w.unicode {
			f = "~tp"
		}
		if s, err := term.Format(f, []term.Term{t}, 0); err == nil {
			return term.String(s)
		}
	}
	return term.String(term.Sprint(t))
}

// printable is the shell's +pc latin1 test, which ~tp keeps too.
func (w deepWriter) printable(l term.List) bool {
	return len(l) > 0 && term.IsPrintableList(l)
}

func (w deepWriter) write(t term.Term, depth int) term.Term {
	if w.nest++; w.nest > maxWriteNesting {
		systemLimit()
	}
	if depth == 0 {
		return term.String("...")
	}
	switch v := t.(type) {
	case term.List:
		if len(v) == 0 {
			return term.String("[]")
		}
		if w.pretty && w.printable(v) {
			return w.leaf(v)
		}
		return w.list(v, nil, depth)
	case term.Improper:
		return w.list(term.List(v.Elems), v.Tail, depth)
	case term.Tuple:
		if len(v) == 0 {
			return term.String("{}")
		}
		if depth == 1 {
			return term.String("{...}")
		}
		return term.List{int('{'), w.elems(v, nil, depth-1, false), int('}')}
	case *term.Map:
		if v.Len() == 0 {
			return term.String("#{}")
		}
		if depth == 1 {
			return term.String("#{...}")
		}
		return term.List{int('#'), int('{'), w.assocs(v, depth-1), int('}')}
	case term.Binary:
		if len(v) == 0 {
			return term.String("<<>>")
		}
		if depth == 1 {
			return term.String("<<...>>")
		}
		if w.pretty && term.IsPrintableList(bytesList(v)) {
			return term.List{int('<'), int('<'), w.leaf(bytesList(v)), int('>'), int('>')}
		}
		return term.List{int('<'), int('<'), binaryBody(v, depth), int('>'), int('>')}
	}
	return w.leaf(t)
}

func bytesList(b []byte) term.List {
	l := make(term.List, len(b))
	for i, c := range b {
		l[i] = int(c)
	}
	return l
}

func (w deepWriter) list(l term.List, tail term.Term, depth int) term.Term {
	if depth == 1 {
		return term.String("[...]")
	}
	return term.List{int('['), w.elems(l, tail, depth-1, true), int(']')}
}

// elems is [E1, $,, E2, ...] with an improper tail as $| and its text;
// at depth 1 the rest is "|..." in a list and ",..." in a tuple.
func (w deepWriter) elems(es []term.Term, tail term.Term, depth int, isList bool) term.Term {
	out := term.List{w.write(es[0], depth)}
	d := depth
	for _, e := range es[1:] {
		if d == 1 {
			if isList {
				return append(out, int('|'), int('.'), int('.'), int('.'))
			}
			return append(out, int(','), int('.'), int('.'), int('.'))
		}
		d--
		out = append(out, int(','), w.write(e, d))
	}
	if tail != nil {
		if d == 1 {
			return append(out, int('|'), int('.'), int('.'), int('.'))
		}
		out = append(out, int('|'))
		t := w.write(tail, d-1)
		if s, ok := t.(term.List); ok && w.pretty {
			return append(out, s...) // io_lib_pretty splices the tail's text
		}
		return append(out, t)
	}
	return out
}

func (w deepWriter) assocs(m *term.Map, depth int) term.Term {
	keys, vals := m.Keys(), m.Values()
	assoc := func(i, d int) term.Term {
		return term.List{w.write(keys[i], d), term.String(" => "), w.write(vals[i], d)}
	}
	out := term.List{assoc(0, depth)}
	d := depth
	for i := 1; i < len(keys); i++ {
		if d == 1 {
			return append(out, int(','), int('.'), int('.'), int('.'))
		}
		d--
		out = append(out, int(','), assoc(i, d))
	}
	return out
}

// binaryBody is io_lib's write_binary_body: the bytes as decimal text
// separated by commas, "..." where the depth runs out.
func binaryBody(b []byte, depth int) term.Term {
	out := term.List{}
	for i, c := range b {
		if i > 0 {
			out = append(out, int(','))
		}
		if depth > 0 && i == depth-1 && i < len(b)-1 {
			return append(out, term.String("..."))
		}
		out = append(out, term.String(term.Sprint(int(c))))
	}
	return out
}
