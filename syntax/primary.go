package syntax

// primary parses expr_max: literals, variables, bracketed data,
// parenthesised expressions and the keyword-delimited constructs.
func (p *parser) primary() Expr {
	t := p.peek()
	switch t.kind {
	case tokAtom:
		p.advance()
		return &Atom{Pos: t.pos, Name: t.text}
	case tokVar:
		p.advance()
		return &Var{Pos: t.pos, Name: t.text}
	case tokInt:
		p.advance()
		return &Integer{Pos: t.pos, Value: t.value}
	case tokFloat:
		p.advance()
		return &Float{Pos: t.pos, Value: t.value.(float64)}
	case tokChar:
		p.advance()
		return &Char{Pos: t.pos, Value: rune(t.value.(int))}
	case tokString:
		p.advance()
		s := &String{Pos: t.pos, Value: t.runes}
		for p.peek().kind == tokString {
			s.Value = append(append([]rune(nil), s.Value...), p.advance().runes...)
		}
		return s
	case tokPunct:
		switch t.text {
		case "[":
			return p.list()
		case "<<":
			return p.binaryExpr()
		case "{":
			p.advance()
			tu := &Tuple{Pos: t.pos}
			if !p.is("}") {
				tu.Elems = p.exprs()
			}
			p.expect("}")
			return tu
		case "(":
			p.advance()
			e := p.expr()
			p.expect(")")
			return e
		case "begin":
			p.advance()
			b := &Block{Pos: t.pos, Body: p.exprs()}
			p.expect("end")
			return b
		case "if":
			return p.ifExpr()
		case "case":
			p.advance()
			c := &Case{Pos: t.pos, Expr: p.expr()}
			p.expect("of")
			c.Clauses = p.crClauses()
			p.expect("end")
			return c
		case "receive":
			return p.receiveExpr()
		case "fun":
			return p.funExpr()
		case "try":
			return p.tryExpr()
		}
	}
	p.fail()
	return nil
}

// list parses [], [E, ...], [E, ... | Tail] and the list comprehension
// [E || Qualifiers]: the first expression is parsed before it is known
// which of them it starts, as erl_parse does.
func (p *parser) list() Expr {
	open := p.expect("[")
	if p.is("]") {
		p.advance()
		return &List{Pos: open.pos}
	}
	first := p.expr()
	if p.is("||") {
		p.advance()
		c := &Comprehension{Pos: open.pos, Elem: first, Quals: p.qualifiers()}
		p.expect("]")
		return c
	}
	l := &List{Pos: open.pos, Elems: []Expr{first}}
	for p.is(",") {
		p.advance()
		l.Elems = append(l.Elems, p.expr())
	}
	if p.is("|") {
		p.advance()
		l.Tail = p.expr()
	}
	p.expect("]")
	return l
}

// qualifiers parses a comprehension's generators (P <- L, P <= B) and
// filters, comma-separated. A generator's pattern is parsed as an
// expression first and only the arrow after it makes it a pattern.
func (p *parser) qualifiers() []Expr {
	var qs []Expr
	for {
		e := p.expr()
		switch {
		case p.is("<-"):
			op := p.advance()
			e = &Generator{Pos: op.pos, Pattern: e, Expr: p.expr()}
		case p.is("<="):
			op := p.advance()
			e = &Generator{Pos: op.pos, IsBinary: true, Pattern: e, Expr: p.expr()}
		}
		qs = append(qs, e)
		if !p.is(",") {
			return qs
		}
		p.advance()
	}
}

// binaryExpr parses <<>>, <<Elem, ...>> and the binary comprehension
// <<E || Qualifiers>>; only a first element without size or type can
// start a comprehension, as in erl_parse.
func (p *parser) binaryExpr() Expr {
	open := p.expect("<<")
	b := &Binary{Pos: open.pos}
	if p.is(">>") {
		p.advance()
		return b
	}
	for {
		el := p.binElement()
		if len(b.Elems) == 0 && p.is("||") && el.Size == nil && el.Types == nil {
			p.advance()
			c := &Comprehension{Pos: open.pos, IsBinary: true, Elem: el.Value, Quals: p.qualifiers()}
			p.expect(">>")
			return c
		}
		b.Elems = append(b.Elems, el)
		if p.is(">>") {
			p.advance()
			return b
		}
		p.expect(",")
	}
}

// binElement parses Value[:Size][/Type-Type:Unit...]. The value and size
// are primaries (bit_expr in erl_parse), not full expressions: in
// <<X:8/integer>> the / is the type separator, never division, and a
// prefix operator applies to the value alone (<<-1:8>>).
func (p *parser) binElement() BinElem {
	var v Expr
	if t := p.peek(); isPrefixOp(t) {
		p.advance()
		v = &UnaryOp{Pos: t.pos, Op: t.text, Operand: p.primary()}
	} else {
		v = p.primary()
	}
	el := BinElem{Pos: v.Position(), Value: v}
	if p.is(":") {
		p.advance()
		el.Size = p.primary()
	}
	if p.is("/") {
		p.advance()
		for {
			name := p.atomName()
			bt := BinType{Name: name}
			if p.is(":") {
				p.advance()
				t := p.peek()
				if t.kind != tokInt {
					p.fail()
				}
				p.advance()
				n, _ := t.value.(int)
				bt.Unit = n
			}
			el.Types = append(el.Types, bt)
			if !p.is("-") {
				break
			}
			p.advance()
		}
	}
	return el
}

// body parses a clause body: "->" and its expressions.
func (p *parser) body() []Expr {
	p.expect("->")
	return p.exprs()
}

// guard parses a guard sequence: guards separated by ";" (or), each
// of expressions separated by "," (and).
func (p *parser) guard() Guard {
	g := Guard{p.exprs()}
	for p.is(";") {
		p.advance()
		g = append(g, p.exprs())
	}
	return g
}

// optGuard parses an optional "when Guard".
func (p *parser) optGuard() Guard {
	if p.is("when") {
		p.advance()
		return p.guard()
	}
	return nil
}

// crClauses parses the clauses of case and receive: one pattern, an
// optional guard and a body each, separated by ";".
func (p *parser) crClauses() []Clause {
	var cs []Clause
	for {
		pat := p.expr()
		c := Clause{Pos: pat.Position(), Patterns: []Expr{pat}}
		c.Guard = p.optGuard()
		c.Body = p.body()
		cs = append(cs, c)
		if !p.is(";") {
			return cs
		}
		p.advance()
	}
}

// ifExpr parses if Guard -> Body; ... end. An if clause has a guard and
// no pattern; its position is its first guard's, where erl reports it.
func (p *parser) ifExpr() Expr {
	kw := p.expect("if")
	e := &If{Pos: kw.pos}
	for {
		start := p.peek().pos
		g := p.guard()
		e.Clauses = append(e.Clauses, Clause{Pos: start, Guard: g, Body: p.body()})
		if !p.is(";") {
			break
		}
		p.advance()
	}
	p.expect("end")
	return e
}

// receiveExpr parses receive [Clauses] [after Timeout -> Body] end; a
// receive may have only the after part (a sleep).
func (p *parser) receiveExpr() Expr {
	kw := p.expect("receive")
	r := &Receive{Pos: kw.pos}
	if !p.is("after") {
		r.Clauses = p.crClauses()
	}
	if p.is("after") {
		p.advance()
		r.After = p.expr()
		r.AfterBody = p.body()
	}
	p.expect("end")
	return r
}

// funExpr parses the three kinds of fun: a reference to a local function
// (fun f/1), to a remote one (fun m:f/1, module and name possibly
// variables), and a fun expression with clauses, named when it starts
// with a variable (fun F(0) -> 1; F(N) -> N * F(N-1) end), in which case
// every clause must repeat that name. The two tokens after "fun" tell
// them apart.
func (p *parser) funExpr() Expr {
	kw := p.expect("fun")
	t, next := p.peek(), p.peekAt(1)
	isPunct := func(t token, s string) bool { return t.kind == tokPunct && t.text == s }
	switch {
	case t.kind == tokAtom && isPunct(next, "/"):
		p.advance()
		p.advance()
		return &FunRef{Pos: kw.pos, Name: &Atom{Pos: t.pos, Name: t.text}, Arity: p.intOrVar()}
	case (t.kind == tokAtom || t.kind == tokVar) && isPunct(next, ":"):
		mod := p.atomOrVar()
		p.advance()
		name := p.atomOrVar()
		p.expect("/")
		return &FunRef{Pos: kw.pos, Module: mod, Name: name, Arity: p.intOrVar()}
	}
	f := &Fun{Pos: kw.pos}
	if t.kind == tokVar && isPunct(next, "(") {
		f.Name = t.text
	}
	for {
		c := Clause{Pos: p.peek().pos}
		if f.Name != "" {
			v := p.peek()
			if v.kind != tokVar || v.text != f.Name {
				p.fail()
			}
			p.advance()
		}
		c.Patterns = p.argumentList()
		c.Guard = p.optGuard()
		c.Body = p.body()
		f.Clauses = append(f.Clauses, c)
		if !p.is(";") {
			break
		}
		p.advance()
	}
	p.expect("end")
	return f
}

// atomOrVar parses an atom or a variable: the module or function of a
// remote fun reference.
func (p *parser) atomOrVar() Expr {
	t := p.peek()
	switch t.kind {
	case tokAtom:
		p.advance()
		return &Atom{Pos: t.pos, Name: t.text}
	case tokVar:
		p.advance()
		return &Var{Pos: t.pos, Name: t.text}
	}
	p.fail()
	return nil
}

// intOrVar parses a fun reference's arity, a literal or a variable.
func (p *parser) intOrVar() Expr {
	t := p.peek()
	switch t.kind {
	case tokInt:
		p.advance()
		return &Integer{Pos: t.pos, Value: t.value}
	case tokVar:
		p.advance()
		return &Var{Pos: t.pos, Name: t.text}
	}
	p.fail()
	return nil
}

// tryExpr parses try Exprs [of Clauses] catch Clauses [after Exprs] end
// and try Exprs [of Clauses] after Exprs end: a try needs a catch part, an
// after part or both.
func (p *parser) tryExpr() Expr {
	kw := p.expect("try")
	tr := &Try{Pos: kw.pos, Body: p.exprs()}
	if p.is("of") {
		p.advance()
		tr.OfClauses = p.crClauses()
	}
	switch {
	case p.is("catch"):
		p.advance()
		tr.CatchClauses = p.tryClauses()
		if p.is("after") {
			p.advance()
			tr.After = p.exprs()
		}
	case p.is("after"):
		p.advance()
		tr.After = p.exprs()
	default:
		p.fail()
	}
	p.expect("end")
	return tr
}

// tryClauses parses [Class:]Reason[:Stack] [when G] -> Body clauses.
func (p *parser) tryClauses() []Clause {
	var cs []Clause
	for {
		start := p.peek().pos
		var class, reason, stack Expr
		t, next := p.peek(), p.peekAt(1)
		if (t.kind == tokAtom || t.kind == tokVar) && next.kind == tokPunct && next.text == ":" {
			class = p.atomOrVar()
			p.advance()
			reason = p.expr()
			if r, ok := reason.(*Remote); ok {
				reason, stack = r.Mod, r.Fun
				if _, isVar := stack.(*Var); !isVar {
					panic(errorAt(r.Pos, "syntax error before: ':'"))
				}
			} else if p.is(":") {
				p.advance()
				v := p.peek()
				if v.kind != tokVar {
					p.fail()
				}
				p.advance()
				stack = &Var{Pos: v.pos, Name: v.text}
			}
		} else {
			class = &Atom{Pos: start, Name: "throw"}
			reason = p.expr()
		}
		if stack == nil {
			stack = &Var{Pos: start, Name: "_"}
		}
		c := Clause{Pos: start, Patterns: []Expr{class, reason, stack}}
		c.Guard = p.optGuard()
		c.Body = p.body()
		cs = append(cs, c)
		if !p.is(";") {
			return cs
		}
		p.advance()
	}
}
