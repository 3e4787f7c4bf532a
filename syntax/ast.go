package syntax

import "goerl/term"

// Expr is an expression (or a pattern, which shares the syntax).
type Expr interface {
	Position() Pos
}

// Literals.
type (
	// Atom is an atom literal.
	Atom struct {
		Pos
		Name string
	}
	// Var is a variable; Name "_" is the anonymous variable.
	Var struct {
		Pos
		Name string
	}
	// Integer is an integer literal: Value is int or *big.Int.
	Integer struct {
		Pos
		Value term.Term
	}
	// Char is a character literal $c; it evaluates to an integer.
	Char struct {
		Pos
		Value rune
	}
	// Float is a float literal.
	Float struct {
		Pos
		Value float64
	}
	// String is a string literal (adjacent literals already joined).
	String struct {
		Pos
		Value []rune
	}
)

// Compound data.
type (
	// Tuple is {E1, ..., En}.
	Tuple struct {
		Pos
		Elems []Expr
	}
	// List is [E1, ..., En | Tail]; Tail is nil for a proper list.
	List struct {
		Pos
		Elems []Expr
		Tail  Expr
	}
	// Map is #{K => V, K := V} (Base nil) or Base#{...} (an update).
	Map struct {
		Pos
		Base   Expr
		Assocs []Assoc
	}
	// Assoc is one map association; Exact is true for :=.
	Assoc struct {
		Pos
		Key, Value Expr
		Exact      bool
	}
	// Binary is <<E1, ..., En>>.
	Binary struct {
		Pos
		Elems []BinElem
	}
	// BinElem is Value:Size/Type-Spec; Size is nil when absent.
	BinElem struct {
		Pos
		Value Expr
		Size  Expr
		Types []BinType
	}
	// BinType is one type specifier; Unit is set for unit:N (Name "unit").
	BinType struct {
		Name string
		Unit int
	}
	// Record is a record expression (#r{...}, E#r{...}, E#r.f, #r.f). The
	// shell has no record definitions, so evaluation reports it undefined.
	Record struct {
		Pos
		Base   Expr
		Name   string
		Field  string        // for field access and index
		Fields []RecordField // for #r{...} and E#r{...}
	}
	// RecordField is Name = Value inside #r{...}; Name is an Atom, or the
	// Var _ for the default of all other fields.
	RecordField struct {
		Pos
		Name, Value Expr
	}
)

// Operators.
type (
	// Match is Left = Right.
	Match struct {
		Pos
		Left, Right Expr
	}
	// BinOp is a binary operator, including ! andalso orelse; Op is its
	// Erlang spelling.
	BinOp struct {
		Pos
		Op          string
		Left, Right Expr
	}
	// UnaryOp is a prefix operator: - + bnot not.
	UnaryOp struct {
		Pos
		Op      string
		Operand Expr
	}
	// Catch is catch Expr.
	Catch struct {
		Pos
		Expr Expr
	}
)

// Calls and funs.
type (
	// Call is Fun(Args); Fun is a Remote for Mod:Fun(Args).
	Call struct {
		Pos
		Fun  Expr
		Args []Expr
	}
	// Remote is Mod:Fun, seen as the callee of a Call.
	Remote struct {
		Pos
		Mod, Fun Expr
	}
	// FunRef is fun Name/Arity (Module nil) or fun Mod:Name/Arity.
	FunRef struct {
		Pos
		Module, Name, Arity Expr
	}
	// Fun is fun (...) -> ... end; Name is set for a named fun.
	Fun struct {
		Pos
		Name    string
		Clauses []Clause
	}
)

// Clause is one clause of a case, receive, fun, if or try. For if, Patterns
// is empty; for a try's catch clause, Patterns is [Class, Reason, Stack]
// with Class defaulting to the atom throw and Stack to _.
type Clause struct {
	Pos
	Patterns []Expr
	Guard    Guard
	Body     []Expr
}

// Guard is a disjunction (;) of conjunctions (,) of guard tests; empty
// means no guard.
type Guard [][]Expr

// Control flow.
type (
	// Block is begin ... end.
	Block struct {
		Pos
		Body []Expr
	}
	// If is if ... end.
	If struct {
		Pos
		Clauses []Clause
	}
	// Case is case Expr of ... end.
	Case struct {
		Pos
		Expr    Expr
		Clauses []Clause
	}
	// Receive is receive ... [after T -> ...] end; After is nil without
	// an after section.
	Receive struct {
		Pos
		Clauses   []Clause
		After     Expr
		AfterBody []Expr
	}
	// Try is try ... [of ...] [catch ...] [after ...] end.
	Try struct {
		Pos
		Body         []Expr
		OfClauses    []Clause
		CatchClauses []Clause
		After        []Expr
	}
	// Comprehension is [Elem || Quals] or <<Elem || Quals>> (IsBinary).
	Comprehension struct {
		Pos
		IsBinary bool
		Elem     Expr
		Quals    []Expr
	}
	// Generator is Pattern <- Expr or, with IsBinary, Pattern <= Expr.
	Generator struct {
		Pos
		IsBinary bool
		Pattern  Expr
		Expr     Expr
	}
)
