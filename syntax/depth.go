package syntax

// Nesting depth.
//
// erl's parser is a table-driven LALR parser with its stack on the heap,
// so erl accepts expressions nested as deeply as memory allows. goerl's
// parser, pre-checks, evaluator and printers are recursive Go functions,
// and a Go stack that overflows its 1 GB limit is a fatal error that no
// recover can catch: 300,000 nested '[' typed at the prompt would kill
// the shell. So the parser refuses a form nested more than MaxDepth
// levels deep, with an error at the token that goes one level too deep:
//
//   - 1:100001: system_limit: expression nested more than 100000 levels deep
//
// Every other walk over a parsed form is then bounded by MaxDepth levels
// of recursion, a few hundred bytes of stack each.
//
// What counts as a level is one more enclosing expression of any kind:
// brackets, braces, parentheses, begin/case/fun/try bodies, an operand of
// a right-associative operator (++, --, =, !, andalso, orelse) or of a
// prefix operator. Chains of left-associative operators (1+1+...+1,
// A*B*C, X - Y - Z) do not nest while they are parsed, and the walks
// that follow take their left spines iteratively, so a flat sum of a
// million terms is accepted, as erl accepts it.
const MaxDepth = 100000

// enter counts one more level of nesting at the next token, failing
// beyond MaxDepth; leave undoes it.
func (p *parser) enter() {
	p.depth++
	if p.depth > MaxDepth {
		panic(errorAt(p.peek().pos, "system_limit: expression nested more than %d levels deep", MaxDepth))
	}
}

func (p *parser) leave() { p.depth-- }

// LeftSpine returns the operands and operators of a chain of binary
// operators that nest to the left, (((a op1 b) op2 c) op3 d): the first
// element of spine is the innermost BinOp (a op1 b) and the last is e
// itself; first is its leftmost operand a. Walks use it to go down a
// chain of a million '+' without a million levels of recursion. A
// Match or a BinOp whose left side is not a BinOp gives a spine of
// length 1.
func LeftSpine(e *BinOp) (first Expr, spine []*BinOp) {
	for {
		spine = append(spine, e)
		l, ok := e.Left.(*BinOp)
		if !ok {
			break
		}
		e = l
	}
	for i, j := 0, len(spine)-1; i < j; i, j = i+1, j-1 {
		spine[i], spine[j] = spine[j], spine[i]
	}
	return spine[0].Left, spine
}
