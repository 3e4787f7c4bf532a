package syntax

// ParseForm parses one form, as SplitForm returns it: comma-separated
// expressions ended by a dot. Errors are *Error with erl's messages.
func ParseForm(form string) (exprs []Expr, err error) {
	toks, serr := newScanner(form).tokens()
	if serr != nil {
		return nil, serr
	}
	p := &parser{toks: toks}
	defer func() {
		if r := recover(); r != nil {
			perr, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			exprs, err = nil, perr
		}
	}()
	exprs = p.exprs()
	if p.peek().kind != tokDot {
		p.fail()
	}
	p.advance()
	if p.peek().kind != tokEOF {
		p.fail()
	}
	return exprs, nil
}

// parser is a recursive-descent parser over erl_parse's grammar, with
// operator precedence climbing for the binary operators.
type parser struct {
	toks []token
	i    int
	// depth is the current nesting (depth.go).
	depth int
}

// peek is the next token without consuming it; the token list always
// ends with tokEOF, so there is one to return.
func (p *parser) peek() token { return p.toks[p.i] }

// peekAt looks n tokens ahead, answering tokEOF past the end: the
// parser decides a few constructs (fun M:F/A, a record field) by the
// token after next.
func (p *parser) peekAt(n int) token {
	if p.i+n < len(p.toks) {
		return p.toks[p.i+n]
	}
	return p.toks[len(p.toks)-1]
}

// advance consumes the next token; at tokEOF it stays put, so a parse
// that runs off the end keeps failing at the end instead of panicking
// on an index.
func (p *parser) advance() token {
	t := p.toks[p.i]
	if t.kind != tokEOF {
		p.i++
	}
	return t
}

// fail reports "syntax error before: T" for the next token. At the end
// of the text erl names no token and points at the last one.
func (p *parser) fail() {
	t := p.peek()
	if t.kind == tokEOF && p.i > 0 {
		panic(errorAt(p.toks[p.i-1].pos, "syntax error before: "))
	}
	panic(errorAt(t.pos, "syntax error before: %s", t.describe()))
}

// is reports whether the next token is the punctuation or keyword s.
func (p *parser) is(s string) bool {
	t := p.peek()
	return t.kind == tokPunct && t.text == s
}

// expect consumes the punctuation or keyword s, or fails with erl's
// "syntax error before:" naming what is there instead.
func (p *parser) expect(s string) token {
	if !p.is(s) {
		p.fail()
	}
	return p.advance()
}

// exprs parses erl_parse's exprs: one or more expressions separated by
// commas (a form's body, a clause body, an argument list).
func (p *parser) exprs() []Expr {
	es := []Expr{p.expr()}
	for p.is(",") {
		p.advance()
		es = append(es, p.expr())
	}
	return es
}

// expr parses one expression, starting at the loosest binding level.
func (p *parser) expr() Expr { return p.binary(0) }

// opInfo is a binary operator's precedence and associativity, as
// erl_parse.yrl declares them (Left/Right/Nonassoc 100 ... 500).
type opInfo struct {
	prec  int
	assoc int // -1 left, 0 none, 1 right
}

// binaryOps are erl_parse's binary operators: = and ! bind loosest and
// to the right; comparisons do not associate (1 < 2 < 3 is a syntax
// error); ++ and -- associate to the right ([1] ++ [2] ++ [3]).
var binaryOps = map[string]opInfo{
	"=": {100, 1}, "!": {100, 1},
	"orelse":  {150, 1},
	"andalso": {160, 1},
	"==":      {200, 0}, "/=": {200, 0}, "=<": {200, 0}, "<": {200, 0},
	">=": {200, 0}, ">": {200, 0}, "=:=": {200, 0}, "=/=": {200, 0},
	"++": {300, 1}, "--": {300, 1},
	"+": {400, -1}, "-": {400, -1}, "bor": {400, -1}, "bxor": {400, -1},
	"bsl": {400, -1}, "bsr": {400, -1}, "or": {400, -1}, "xor": {400, -1},
	"/": {500, -1}, "*": {500, -1}, "div": {500, -1}, "rem": {500, -1},
	"band": {500, -1}, "and": {500, -1},
}

// binaryOp reports the next token as a binary operator, if it is one.
func (p *parser) binaryOp() (string, opInfo, bool) {
	t := p.peek()
	if t.kind != tokPunct {
		return "", opInfo{}, false
	}
	info, ok := binaryOps[t.text]
	return t.text, info, ok
}

// binary is precedence climbing over binaryOps: it parses operators
// binding at least as tightly as minPrec. A right-associative operator
// parses its right operand at its own level, a left-associative one at
// the next; a non-associative one refuses a second operator of the same
// level after it, as erl does. = builds a Match, which evaluation and
// the printer treat apart from the other operators.
func (p *parser) binary(minPrec int) Expr {
	p.enter()
	defer p.leave()
	left := p.unary()
	for {
		op, info, ok := p.binaryOp()
		if !ok || info.prec < minPrec {
			return left
		}
		opTok := p.advance()
		next := info.prec + 1
		if info.assoc == 1 {
			next = info.prec
		}
		right := p.binary(next)
		if op == "=" {
			left = &Match{Pos: left.Position(), Left: left, Right: right}
		} else {
			left = &BinOp{Pos: opTok.pos, Op: op, Left: left, Right: right}
		}
		if info.assoc == 0 {
			if _, again, ok := p.binaryOp(); ok && again.prec == info.prec {
				p.fail()
			}
		}
	}
}

// isPrefixOp reports the unary operators of erl_parse's expr_600.
func isPrefixOp(t token) bool {
	if t.kind != tokPunct {
		return false
	}
	switch t.text {
	case "-", "+", "bnot", "not":
		return true
	}
	return false
}

// unary parses catch (which takes a whole expression, so catch 1 + 2 is
// catch (1 + 2)) and the prefix operators, which bind tighter than any
// binary operator: - 1 + 2 is (-1) + 2.
func (p *parser) unary() Expr {
	t := p.peek()
	if t.kind == tokPunct && t.text == "catch" {
		p.advance()
		return &Catch{Pos: t.pos, Expr: p.expr()}
	}
	if isPrefixOp(t) {
		p.advance()
		p.enter()
		defer p.leave()
		return &UnaryOp{Pos: t.pos, Op: t.text, Operand: p.unary()}
	}
	return p.postfix()
}

// postfix parses expr_700: a call, a remote call, or a chain of map
// updates and record operations on a primary expression.
func (p *parser) postfix() Expr {
	if p.is("#") {
		return p.hashChain(nil)
	}
	e := p.primary()
	switch {
	case p.is("#"):
		return p.hashChain(e)
	case p.is(":"):
		p.advance()
		e = &Remote{Pos: e.Position(), Mod: e, Fun: p.primary()}
		if p.is("(") {
			return p.call(e)
		}
		return e
	case p.is("("):
		return p.call(e)
	}
	return e
}

// call parses the argument list of a call of fun. A remote call's
// position is its module's, where erl points errors in m:f(...).
func (p *parser) call(fun Expr) Expr {
	pos := fun.Position()
	if r, ok := fun.(*Remote); ok {
		pos = r.Mod.Position()
	}
	return &Call{Pos: pos, Fun: fun, Args: p.argumentList()}
}

// argumentList parses "(" [exprs] ")".
func (p *parser) argumentList() []Expr {
	p.expect("(")
	if p.is(")") {
		p.advance()
		return nil
	}
	args := p.exprs()
	p.expect(")")
	return args
}

// hashChain parses #{...}, #r{...}, #r.f and their updates on base.
func (p *parser) hashChain(base Expr) Expr {
	for p.is("#") {
		hash := p.advance()
		switch t := p.peek(); {
		case t.kind == tokPunct && t.text == "{":
			base = &Map{Pos: hash.pos, Base: base, Assocs: p.mapAssocs()}
		case t.kind == tokAtom:
			p.advance()
			rec := &Record{Pos: hash.pos, Base: base, Name: t.text}
			if p.is(".") {
				p.advance()
				rec.Field = p.atomName()
				base = rec
				if rec.Base == nil {
					return rec
				}
				continue
			}
			rec.Fields = p.recordFields()
			base = rec
		default:
			p.fail()
		}
	}
	return base
}

// atomName consumes an atom (a record or field name) and returns it.
func (p *parser) atomName() string {
	t := p.peek()
	if t.kind != tokAtom {
		p.fail()
	}
	p.advance()
	return t.text
}

// mapAssocs parses "{" K => V | K := V, ... "}". Both kinds are kept
// apart: := is only legal in an update, which eval.Check enforces (in
// erl too it is erl_lint, not the parser, that rejects #{a := 1}).
func (p *parser) mapAssocs() []Assoc {
	p.expect("{")
	var as []Assoc
	if p.is("}") {
		p.advance()
		return as
	}
	for {
		k := p.expr()
		var exact bool
		opTok := p.peek()
		switch {
		case p.is("=>"):
		case p.is(":="):
			exact = true
		default:
			p.fail()
		}
		p.advance()
		as = append(as, Assoc{Pos: opTok.pos, Key: k, Value: p.expr(), Exact: exact})
		if p.is("}") {
			p.advance()
			return as
		}
		p.expect(",")
	}
}

// recordFields parses {f = E, ...}. The shell knows no record
// definitions, so evaluation rejects them; the fields are kept for
// printing the command back (h()).
func (p *parser) recordFields() []RecordField {
	p.expect("{")
	var fs []RecordField
	if p.is("}") {
		p.advance()
		return fs
	}
	for {
		t := p.peek()
		var name Expr
		switch t.kind {
		case tokAtom:
			name = &Atom{Pos: t.pos, Name: t.text}
		case tokVar:
			name = &Var{Pos: t.pos, Name: t.text}
		default:
			p.fail()
		}
		p.advance()
		p.expect("=")
		fs = append(fs, RecordField{Pos: t.pos, Name: name, Value: p.expr()})
		if p.is("}") {
			p.advance()
			return fs
		}
		p.expect(",")
	}
}
