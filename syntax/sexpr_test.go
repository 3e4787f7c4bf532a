package syntax

import (
	"fmt"
	"math/big"
	"strings"

	"goerl/term"
)

// sexpr prints an expression as an S-expression, so tests can state the
// tree a form parses to in one line.
func sexpr(e Expr) string {
	var b strings.Builder
	writeSexpr(&b, e)
	return b.String()
}

func sexprs(es []Expr) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = sexpr(e)
	}
	return strings.Join(parts, " ")
}

func clausesSexpr(cs []Clause) string {
	var parts []string
	for _, c := range cs {
		s := "(clause (" + sexprs(c.Patterns) + ")"
		if len(c.Guard) > 0 {
			var gs []string
			for _, conj := range c.Guard {
				gs = append(gs, "("+sexprs(conj)+")")
			}
			s += " (when " + strings.Join(gs, " ") + ")"
		}
		parts = append(parts, s+" "+sexprs(c.Body)+")")
	}
	return strings.Join(parts, " ")
}

func writeSexpr(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case nil:
		b.WriteString("nil")
	case *Atom:
		b.WriteString(term.QuoteAtom(e.Name))
	case *Var:
		b.WriteString(e.Name)
	case *Integer:
		if v, ok := e.Value.(*big.Int); ok {
			b.WriteString(v.String())
		} else {
			fmt.Fprint(b, e.Value)
		}
	case *Char:
		fmt.Fprintf(b, "$%d", e.Value)
	case *Float:
		b.WriteString(term.FormatFloat(e.Value))
	case *String:
		b.WriteString(quoteString(e.Value, '"'))
	case *Tuple:
		b.WriteString("{" + sexprs(e.Elems) + "}")
	case *List:
		b.WriteString("[" + sexprs(e.Elems))
		if e.Tail != nil {
			b.WriteString(" | " + sexpr(e.Tail))
		}
		b.WriteString("]")
	case *Map:
		b.WriteString("(map " + sexpr(e.Base))
		for _, a := range e.Assocs {
			op := "=>"
			if a.Exact {
				op = ":="
			}
			b.WriteString(" (" + op + " " + sexpr(a.Key) + " " + sexpr(a.Value) + ")")
		}
		b.WriteString(")")
	case *Binary:
		b.WriteString("(bin")
		for _, el := range e.Elems {
			b.WriteString(" (" + sexpr(el.Value) + " " + sexpr(el.Size))
			for _, t := range el.Types {
				b.WriteString(" " + t.Name)
				if t.Unit != 0 {
					fmt.Fprintf(b, ":%d", t.Unit)
				}
			}
			b.WriteString(")")
		}
		b.WriteString(")")
	case *Record:
		fmt.Fprintf(b, "(record %s %s %s)", sexpr(e.Base), e.Name, e.Field)
	case *Match:
		b.WriteString("(= " + sexpr(e.Left) + " " + sexpr(e.Right) + ")")
	case *BinOp:
		b.WriteString("(" + e.Op + " " + sexpr(e.Left) + " " + sexpr(e.Right) + ")")
	case *UnaryOp:
		b.WriteString("(" + e.Op + " " + sexpr(e.Operand) + ")")
	case *Catch:
		b.WriteString("(catch " + sexpr(e.Expr) + ")")
	case *Call:
		b.WriteString("(call " + sexpr(e.Fun))
		if len(e.Args) > 0 {
			b.WriteString(" " + sexprs(e.Args))
		}
		b.WriteString(")")
	case *Remote:
		b.WriteString(sexpr(e.Mod) + ":" + sexpr(e.Fun))
	case *FunRef:
		b.WriteString("(funref ")
		if e.Module != nil {
			b.WriteString(sexpr(e.Module) + ":")
		}
		b.WriteString(sexpr(e.Name) + "/" + sexpr(e.Arity) + ")")
	case *Fun:
		b.WriteString("(fun ")
		if e.Name != "" {
			b.WriteString(e.Name + " ")
		}
		b.WriteString(clausesSexpr(e.Clauses) + ")")
	case *Block:
		b.WriteString("(begin " + sexprs(e.Body) + ")")
	case *If:
		b.WriteString("(if " + clausesSexpr(e.Clauses) + ")")
	case *Case:
		b.WriteString("(case " + sexpr(e.Expr) + " " + clausesSexpr(e.Clauses) + ")")
	case *Receive:
		b.WriteString("(receive " + clausesSexpr(e.Clauses))
		if e.After != nil {
			b.WriteString(" (after " + sexpr(e.After) + " " + sexprs(e.AfterBody) + ")")
		}
		b.WriteString(")")
	case *Try:
		b.WriteString("(try (" + sexprs(e.Body) + ")")
		if e.OfClauses != nil {
			b.WriteString(" (of " + clausesSexpr(e.OfClauses) + ")")
		}
		if e.CatchClauses != nil {
			b.WriteString(" (catch " + clausesSexpr(e.CatchClauses) + ")")
		}
		if e.After != nil {
			b.WriteString(" (after " + sexprs(e.After) + ")")
		}
		b.WriteString(")")
	case *Comprehension:
		kind := "lc"
		if e.IsBinary {
			kind = "bc"
		}
		b.WriteString("(" + kind + " " + sexpr(e.Elem) + " " + sexprs(e.Quals) + ")")
	case *Generator:
		op := "<-"
		if e.IsBinary {
			op = "<="
		}
		b.WriteString("(" + op + " " + sexpr(e.Pattern) + " " + sexpr(e.Expr) + ")")
	default:
		fmt.Fprintf(b, "?%T", e)
	}
}
