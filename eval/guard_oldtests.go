package eval

import "goerl/syntax"

// Old-style type tests. erl 25 still accepts the type tests of the days
// before is_integer/1 and friends as whole guard tests: `if integer(X)
// -> ...`, `when atom(A), list(L)`, `record(R, r)`. As erl_eval does, a
// test that is one of these calls is evaluated as its is_ form; anywhere
// else in a guard (under not, orelse, as an argument) it is an illegal
// guard expression, and outside guards it is an unknown shell command.
// record/2 needs a record the shell knows, as erl_lint requires.

var oldTypeTests = map[string]struct {
	name  string
	arity int
}{
	"atom": {"is_atom", 1}, "binary": {"is_binary", 1}, "float": {"is_float", 1},
	"function": {"is_function", 1}, "integer": {"is_integer", 1}, "list": {"is_list", 1},
	"number": {"is_number", 1}, "pid": {"is_pid", 1}, "port": {"is_port", 1},
	"reference": {"is_reference", 1}, "tuple": {"is_tuple", 1}, "record": {"is_record", 2},
}

// newTypeTest returns the is_ form of an old type test, or t itself.
// The syntax tree is not changed: the command prints as it was typed.
func newTypeTest(t syntax.Expr) syntax.Expr {
	c, ok := t.(*syntax.Call)
	if !ok {
		return t
	}
	a, ok := c.Fun.(*syntax.Atom)
	if !ok {
		return t
	}
	nt, ok := oldTypeTests[a.Name]
	if !ok || nt.arity != len(c.Args) {
		return t
	}
	return &syntax.Call{Pos: c.Pos, Fun: &syntax.Atom{Pos: a.Pos, Name: nt.name}, Args: c.Args}
}

// oldRecordTest checks record(E, Name): Name must be a known record.
func (c *checker) oldRecordTest(call *syntax.Call) {
	if len(call.Args) != 2 {
		return
	}
	if a, ok := call.Args[1].(*syntax.Atom); ok {
		if _, def := c.defined[a.Name]; !def {
			if _, known := c.records.Lookup(a.Name); !known {
				c.fail(a.Pos, "record %s undefined", a.Name)
			}
		}
	}
}
