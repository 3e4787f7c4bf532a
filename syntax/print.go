package syntax

import (
	"strconv"

	"goerl/term"
)

// Format prints the comma-separated expressions of one command as
// erl_pp:exprs/3 does at indentation 0 on a Unicode device.
func Format(exprs []Expr) string { return FormatIndented(exprs, 0) }

// FormatIndented prints exprs as erl_pp:exprs(Exprs, Indent, [{encoding,
// unicode}]): the first line is assumed to start at column indent, and
// continuation lines are indented relative to it.
func FormatIndented(exprs []Expr, indent int) string {
	return newLayout().format(seq{sep: commaSep, items: exprDocs(exprs)}, indent)
}

// HistoryEntry prints one command of the shell's h() listing, "N: Exprs",
// exactly as shell.erl's list_commands does (without the newline, and
// without the "-> Value" line that follows it).
func HistoryEntry(n int, exprs []Expr) string {
	prefix := strconv.Itoa(n) + ": "
	return prefix + FormatIndented(exprs, len(prefix))
}

// FormatExpr prints one expression as erl_pp:expr/1 does (on a Unicode
// device).
func FormatExpr(e Expr) string { return newLayout().format(exprDoc(e, 0), 0) }

// Operator precedences from erl_parse (inop_prec, preop_prec, func_prec,
// max_prec): an operand printed at a context precedence above its own
// gets parentheses.
const (
	precMatch    = 100
	precCatchArg = 100
	precCall     = 700 // func_prec's P
	precCallee   = 800 // func_prec's F
	precUnary    = 600
	precUnaryArg = 700
	precMapBase  = 800
	precHash     = 700
	precRemote   = 800
	precMax      = 900
)

// opPrec is erl_parse's inop_prec/1 for one operator: the precedence
// its left operand is printed at, its own, and its right operand's. An
// operand whose own precedence is lower than its slot gets parentheses,
// so the printed text parses back to the same tree.
type opPrec struct{ left, prec, right int }

var binaryOpPrec = map[string]opPrec{
	"=": {150, 100, 100}, "!": {150, 100, 100},
	"orelse": {160, 150, 150}, "andalso": {200, 160, 160},
	"==": {300, 200, 300}, "/=": {300, 200, 300}, "=<": {300, 200, 300}, "<": {300, 200, 300},
	">=": {300, 200, 300}, ">": {300, 200, 300}, "=:=": {300, 200, 300}, "=/=": {300, 200, 300},
	"++": {400, 300, 300}, "--": {400, 300, 300},
	"+": {400, 400, 500}, "-": {400, 400, 500}, "bor": {400, 400, 500}, "bxor": {400, 400, 500},
	"bsl": {400, 400, 500}, "bsr": {400, 400, 500}, "or": {400, 400, 500}, "xor": {400, 400, 500},
	"*": {500, 500, 600}, "/": {500, 500, 600}, "div": {500, 500, 600}, "rem": {500, 500, 600},
	"band": {500, 500, 600}, "and": {500, 500, 600},
}

// maybeParen wraps d, an expression of precedence p, in parentheses
// when the context prec binds tighter (erl_pp's maybe_paren/4).
func maybeParen(p, prec int, d doc) doc {
	if p < prec {
		return concat{char('('), d, char(')')}
	}
	return d
}

// word is one of erl_pp's words ('fun', ' ->', 'end', ...): atomic text.
func word(s string) doc { return atomicLeaf(s) }

// exprDocs lays out expressions that stand at the top level of their
// position (a body, arguments): precedence 0, no parentheses needed.
func exprDocs(es []Expr) []doc {
	out := make([]doc, len(es))
	for k, e := range es {
		out[k] = exprDoc(e, 0)
	}
	return out
}

// exprDoc is erl_pp's lexpr/3 on the expression as erl_parse would
// have built it.
func exprDoc(e Expr, prec int) doc {
	switch e := e.(type) {
	case *Var:
		return atomicLeaf(e.Name)
	case *Atom:
		return atomicLeaf(term.QuoteAtom(e.Name))
	case *Integer:
		return atomicLeaf(term.Sprint(e.Value))
	case *Char:
		return complexLeaf(writeCharLiteral(e.Value))
	case *Float:
		return atomicLeaf(term.FormatFloat(e.Value))
	case *String:
		return stringLit{e.Value}
	case *List:
		return listDoc(e)
	case *Tuple:
		return tupleDoc(exprDocs(e.Elems))
	case *Map:
		return mapDoc(e, prec)
	case *Binary:
		return binaryDoc(e)
	case *Record:
		return recordDoc(e, prec)
	case *Comprehension:
		return comprehensionDoc(e)
	case *Match:
		d := list(cstep{concat{exprDoc(e.Left, 150), word(" =")}, exprDoc(e.Right, precMatch)})
		return maybeParen(precMatch, prec, d)
	case *BinOp:
		return binOpDoc(e, prec)
	case *UnaryOp:
		op := e.Op
		if op != "-" && op != "+" {
			op += " "
		}
		d := concat{reserved{atomicLeaf(op)}, exprDoc(e.Operand, precUnaryArg)}
		return maybeParen(precUnary, prec, d)
	case *Catch:
		d := list(step{word("catch"), exprDoc(e.Expr, precCatchArg)})
		return maybeParen(precCall, prec, d)
	case *Call:
		return callDoc(e, prec)
	case *Remote:
		d := concat{exprDoc(e.Mod, precMax), char(':'), exprDoc(e.Fun, precMax)}
		return maybeParen(precRemote, prec, d)
	case *FunRef:
		return funRefDoc(e)
	case *Fun:
		return funDoc(e)
	case *Block:
		return list(step{word("begin"), bodyDoc(e.Body)}, reserved{word("end")})
	case *If:
		return list(step{word("if"), clausesDoc(e.Clauses, ifClauseDoc)}, reserved{word("end")})
	case *Case:
		head := list(step{word("case"), exprDoc(e.Expr, 0)}, reserved{word("of")})
		return list(step{head, clausesDoc(e.Clauses, crClauseDoc)}, reserved{word("end")})
	case *Receive:
		return receiveDoc(e)
	case *Try:
		return tryDoc(e)
	case *Generator:
		return generatorDoc(e)
	}
	return atomicLeaf("INVALID-FORM")
}

// listDoc is erl_pp's cons and list printing: [E1, E2 | T], with a
// proper tail merged into the elements.
func listDoc(l *List) doc {
	// erl_parse builds [A|[B]] as cons(A, cons(B, nil)), which erl_pp
	// prints as [A, B]: flatten tails that are lists.
	elems, tail := append([]Expr(nil), l.Elems...), l.Tail
	for {
		inner, ok := tail.(*List)
		if !ok {
			break
		}
		elems = append(elems, inner.Elems...)
		tail = inner.Tail
	}
	if len(elems) == 0 {
		if tail == nil {
			return word("[]")
		}
		return exprDoc(tail, 0) // [|T] cannot be written; keep T
	}
	items := exprDocs(elems)
	sep := commaSep
	if tail != nil {
		items = append(items, exprDoc(tail, 0))
		sep = separator{listed: true, item: char(','), last: word(" |")}
	}
	return seq{before: char('['), after: char(']'), sep: sep, items: items}
}

// tupleDoc lays out {A, B, ...}, breaking after commas when it does not
// fit; it also serves record fields (#r{...} prints its fields as one).
func tupleDoc(items []doc) doc {
	if len(items) == 0 {
		return atomicLeaf("{}")
	}
	return seq{before: char('{'), after: char('}'), sep: commaSep, items: items}
}

// mapDoc is erl_pp's map_expr: #{K => V, K := V} or Base#{...}; each
// association breaks after its operator when too long, as erl's does.
func mapDoc(m *Map, prec int) doc {
	fields := make([]doc, len(m.Assocs))
	for k, a := range m.Assocs {
		op := " =>"
		if a.Exact {
			op = " :="
		}
		fields[k] = list(step{concat{exprDoc(a.Key, 0), atomicLeaf(op)}, exprDoc(a.Value, 0)})
	}
	if m.Base == nil {
		return maybeParen(precHash, prec, first(char('#'), tupleDoc(fields)))
	}
	head := concat{exprDoc(m.Base, precMapBase), hashAfter(m.Base)}
	return maybeParen(precHash, prec, first(head, tupleDoc(fields)))
}

// hashAfter is erl_pp's hash_after_integer: 1 #{} and fun f/1 #{} need a
// space so that they read back.
func hashAfter(base Expr) doc {
	switch base.(type) {
	case *Integer, *FunRef:
		return concat{char(' '), char('#')}
	}
	return char('#')
}

// recordDoc prints #r{...}, #r.f, Base#r{...} and Base#r.f, with erl_pp's
// precedence for the base (a match or call base gets parentheses).
func recordDoc(r *Record, prec int) doc {
	name := concat{char('#'), atomicLeaf(term.QuoteAtom(r.Name))}
	switch {
	case r.Base == nil && r.Field != "":
		d := concat{name, char('.'), atomicLeaf(term.QuoteAtom(r.Field))}
		return maybeParen(precHash, prec, d)
	case r.Base == nil:
		return maybeParen(precHash, prec, first(name, recordFieldsDoc(r.Fields)))
	case r.Field != "":
		d := concat{exprDoc(r.Base, precMapBase), hashAfter(r.Base), atomicLeaf(term.QuoteAtom(r.Name)),
			char('.'), atomicLeaf(term.QuoteAtom(r.Field))}
		return maybeParen(precHash, prec, d)
	default:
		head := concat{exprDoc(r.Base, precMapBase), hashAfterRecord(r.Base), name}
		return maybeParen(precHash, prec, first(head, recordFieldsDoc(r.Fields)))
	}
}

// recordFieldsDoc prints {f = V, ...}; a field's value is at match
// precedence, so #r{a = X = 1} needs no parentheses.
func recordFieldsDoc(fs []RecordField) doc {
	items := make([]doc, len(fs))
	for k, f := range fs {
		items[k] = list(cstep{concat{exprDoc(f.Name, 150), word(" =")}, exprDoc(f.Value, precMatch)})
	}
	return tupleDoc(items)
}

// hashAfterRecord is hash_after_integer(Rec, []) for a record update,
// whose name already starts with #.
func hashAfterRecord(base Expr) doc {
	switch base.(type) {
	case *Integer, *FunRef:
		return char(' ')
	}
	return nil
}

// binaryDoc prints <<V:Size/Type-Type:Unit, ...>>. Values and sizes are
// printed at the highest precedence, because in the binary syntax they
// are primaries: <<(X + 1):8>> keeps its parentheses.
func binaryDoc(b *Binary) doc {
	if len(b.Elems) == 0 {
		return atomicLeaf("<<>>")
	}
	elems := make([]doc, len(b.Elems))
	for k, el := range b.Elems {
		d := exprDoc(el.Value, precMax)
		if el.Size != nil {
			d = concat{d, char(':'), exprDoc(el.Size, precMax)}
		}
		if len(el.Types) > 0 {
			ts := concat{d, char('/')}
			for n, t := range el.Types {
				if n > 0 {
					ts = append(ts, char('-'))
				}
				ts = append(ts, atomicLeaf(term.QuoteAtom(t.Name)))
				if t.Name == "unit" {
					ts = append(ts, char(':'), atomicLeaf(strconv.Itoa(t.Unit)))
				}
			}
			d = ts
		}
		elems[k] = d
	}
	return concat{word("<<"), seq{sep: bareSep(','), items: elems}, word(">>")}
}

// comprehensionDoc prints [E || Q, ...] and <<E || Q, ...>>. erl_pp
// always breaks a comprehension, even a short one: the bracket, the
// element and "||", then the qualifiers on lines of their own.
func comprehensionDoc(c *Comprehension) doc {
	open, close, elemPrec := doc(char('[')), doc(char(']')), 0
	if c.IsBinary {
		open, close, elemPrec = word("<<"), word(">>"), precMax
	}
	quals := make([]doc, len(c.Quals))
	for k, q := range c.Quals {
		quals[k] = exprDoc(q, 0)
	}
	body := list(step{concat{exprDoc(c.Elem, elemPrec), atomicLeaf(" ||")}, preferNL{sep: commaSep, items: quals}})
	return list(seq{before: open, sep: spaceSep, items: []doc{forceNL{atomicLeaf(" "), concat{body}}}}, close)
}

// generatorDoc prints P <- L and P <= B, breaking after the arrow.
func generatorDoc(g *Generator) doc {
	arrow := " <-"
	if g.IsBinary {
		arrow = " <="
	}
	return list(step{concat{exprDoc(g.Pattern, 0), atomicLeaf(arrow)}, exprDoc(g.Expr, 0)})
}

// binOpDoc prints a binary operator with erl_pp's spacing and
// precedence. andalso and orelse are erl_pp's preferred newlines: the
// operands and the operator each take a line of their own, however short
// (true andalso false prints on three lines).
func binOpDoc(b *BinOp, prec int) doc {
	p, ok := binaryOpPrec[b.Op]
	if !ok {
		return atomicLeaf("INVALID-FORM")
	}
	if chain := sameLevelChain(b, p); len(chain) > flatChain {
		// A long chain of one left-associative level (1+1+...+1 typed
		// at the prompt) is laid out as one sequence instead of one
		// nested sequence per operator, which would recurse a million
		// levels deep in the layout.
		items := []doc{exprDoc(chain[0].Left, p.left)}
		for _, op := range chain {
			items = append(items, reserved{atomicLeaf(op.Op)}, exprDoc(op.Right, p.right))
		}
		return maybeParen(p.prec, prec, list(items...))
	}
	left, op, right := exprDoc(b.Left, p.left), reserved{atomicLeaf(b.Op)}, exprDoc(b.Right, p.right)
	if b.Op == "andalso" || b.Op == "orelse" {
		return maybeParen(p.prec, prec, preferNL{sep: spaceSep, items: []doc{left, op, right}})
	}
	return maybeParen(p.prec, prec, list(left, op, right))
}

// callDoc prints a local or remote call, dropping erlang: for
// auto-imported BIFs as erl_pp does.
func callDoc(c *Call, prec int) doc {
	name := c.Fun
	// erlang:length(L) prints as length(L): erl_pp drops the module of
	// auto-imported BIFs (except float, which is also a guard test name).
	if r, ok := c.Fun.(*Remote); ok {
		mod, modOK := r.Mod.(*Atom)
		fn, fnOK := r.Fun.(*Atom)
		if modOK && fnOK && mod.Name == "erlang" && fn.Name != "float" && term.AutoImported(fn.Name, len(c.Args)) {
			name = fn
		}
	}
	return maybeParen(precCall, prec, first(exprDoc(name, precCallee), argsDoc(c.Args)))
}

// argsDoc prints an argument list or a fun clause's patterns.
func argsDoc(args []Expr) doc {
	return seq{before: char('('), after: char(')'), sep: commaSep, items: exprDocs(args)}
}

// funRefDoc prints fun f/A and fun M:F/A. The remote form is a complex
// leaf, so erl_pp may break after "fun " where a local one stays whole.
func funRefDoc(f *FunRef) doc {
	if f.Module == nil {
		return concat{atomicLeaf("fun "), exprDoc(f.Name, 0), concat{char('/'), exprDoc(f.Arity, 0)}}
	}
	return concat{complexLeaf("fun "), exprDoc(f.Module, 0), char(':'), exprDoc(f.Name, 0), char('/'), exprDoc(f.Arity, 0)}
}

// funDoc prints fun (Args) -> Body end and named funs, with clauses
// separated by ";", each body on its own line indented past its head,
// and end on a line of its own.
func funDoc(f *Fun) doc {
	clauses := make([]doc, len(f.Clauses))
	for k, c := range f.Clauses {
		st := step{guardWhen(argsDoc(c.Patterns), c.Guard), bodyDoc(c.Body)}
		if f.Name != "" {
			st.head = concat{complexLeaf(f.Name), st.head}
		}
		clauses[k] = st
	}
	var kw doc = word("fun")
	if f.Name != "" {
		kw = concat{word("fun"), complexLeaf(" ")}
	}
	return list(first(kw, preferNL{sep: semiSep, items: clauses}), reserved{word("end")})
}

// receiveDoc prints receive Clauses [after T -> Body] end with every
// part on its own line, as erl_pp always breaks a receive.
func receiveDoc(r *Receive) doc {
	recv := step{word("receive"), clausesDoc(r.Clauses, crClauseDoc)}
	if r.After == nil {
		return list(recv, reserved{word("end")})
	}
	after := list(step{concat{exprDoc(r.After, 0), word(" ->")}, bodyDoc(r.AfterBody)})
	return list(recv, step{word("after"), after}, reserved{word("end")})
}

// tryDoc prints try Body [of Clauses] [catch Clauses] [after Body] end.
func tryDoc(t *Try) doc {
	var parts []doc
	if len(t.OfClauses) == 0 {
		parts = append(parts, step{word("try"), bodyDoc(t.Body)})
	} else {
		head := list(step{word("try"), bodyDoc(t.Body)}, reserved{word("of")})
		parts = append(parts, step{head, clausesDoc(t.OfClauses, crClauseDoc)})
	}
	if len(t.CatchClauses) > 0 {
		parts = append(parts, step{word("catch"), clausesDoc(t.CatchClauses, tryClauseDoc)})
	}
	if len(t.After) > 0 {
		parts = append(parts, step{word("after"), bodyDoc(t.After)})
	}
	return list(append(parts, reserved{word("end")})...)
}

// bodyDoc is erl_pp's body/2: one expression inline, several one per line.
func bodyDoc(body []Expr) doc {
	if len(body) == 1 {
		return exprDoc(body[0], 0)
	}
	return preferNL{sep: commaSep, items: exprDocs(body)}
}

// clausesDoc joins clauses with ";", each on its own line once they do
// not all fit on one.
func clausesDoc(cs []Clause, clause func(Clause) doc) doc {
	items := make([]doc, len(cs))
	for k, c := range cs {
		items[k] = clause(c)
	}
	return preferNL{sep: semiSep, items: items}
}

// crClauseDoc prints a case, receive or try clause: Pattern [when G] ->
// Body.
func crClauseDoc(c Clause) doc {
	return step{guardWhen(exprDoc(c.Patterns[0], 0), c.Guard), bodyDoc(c.Body)}
}

// ifClauseDoc prints an if clause: Guard -> Body, the guard's
// alternatives joined by ";" (true when it has none).
func ifClauseDoc(c Clause) doc {
	var test doc = atomicLeaf("true")
	if len(c.Guard) > 0 {
		test = seq{sep: bareSep(';'), items: guardDocs(c.Guard)}
	}
	return step{concat{test, word(" ->")}, bodyDoc(c.Body)}
}

// tryClauseDoc prints Class:Reason[:Stack]; the parser has already made
// a bare Reason into throw:Reason, as erl_parse does.
func tryClauseDoc(c Clause) doc {
	head := concat{exprDoc(c.Patterns[0], 0), char(':'), exprDoc(c.Patterns[1], 0)}
	if v, ok := c.Patterns[2].(*Var); !ok || v.Name != "_" {
		head = append(head, char(':'), exprDoc(c.Patterns[2], 0))
	}
	return step{guardWhen(head, c.Guard), bodyDoc(c.Body)}
}

// guardWhen prints Head [when Guard] ->, breaking before "when" as
// erl_pp does when the head and guard do not fit on one line.
func guardWhen(before doc, g Guard) doc {
	var guard doc
	if len(g) > 0 {
		guard = list(step{word("when"), seq{sep: semiSep, items: guardDocs(g)}})
	}
	return concat{list(step{before, guard}), word(" ->")}
}

// guardDocs prints each alternative of a guard sequence as its
// comma-separated tests.
func guardDocs(g Guard) []doc {
	out := make([]doc, len(g))
	for k, conj := range g {
		out[k] = seq{sep: commaSep, items: exprDocs(conj)}
	}
	return out
}

// flatChain is the length beyond which a chain of operators of one
// precedence is printed as one flat sequence (binOpDoc); below it the
// layout is erl_pp's exactly.
const flatChain = 1000

// sameLevelChain is b's left spine while it stays at b's precedence and
// that precedence is left-associative, innermost operator first.
func sameLevelChain(b *BinOp, p opPrec) []*BinOp {
	if p.left != p.prec {
		return nil
	}
	var chain []*BinOp
	for e := b; ; {
		chain = append(chain, e)
		l, ok := e.Left.(*BinOp)
		if !ok || binaryOpPrec[l.Op] != p {
			break
		}
		e = l
	}
	for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
		chain[i], chain[j] = chain[j], chain[i]
	}
	return chain
}
