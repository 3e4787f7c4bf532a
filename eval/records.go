package eval

import (
	"sort"
	"sync"

	"goerl/syntax"
	"goerl/term"
)

// Records is one shell's table of record definitions (rd/2, rf/0,1,
// rl/0,1), as shell.erl keeps in its ETS table: the evaluator and the
// pre-check read it, the shell prints values with it. The evaluator
// process writes it (rd) while the shell reads it between commands, so it
// has its own lock.
type Records struct {
	mu   sync.RWMutex
	defs map[string]RecordDef
}

// RecordDef is one definition, -record(Name, {Fields}).
type RecordDef struct {
	Name   string
	Fields []RecordField
}

// RecordField is one field; Default is nil when the field has none (its
// value is then undefined).
type RecordField struct {
	Name    string
	Default syntax.Expr
}

// NewRecords returns an empty table.
func NewRecords() *Records { return &Records{defs: map[string]RecordDef{}} }

// Define adds or replaces a definition.
func (r *Records) Define(def RecordDef) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.defs[def.Name] = def
}

// Lookup returns the definition of name.
func (r *Records) Lookup(name string) (RecordDef, bool) {
	if r == nil {
		return RecordDef{}, false
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	d, ok := r.defs[name]
	return d, ok
}

// Forget removes the named definitions; unknown names are ignored.
func (r *Records) Forget(names ...string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, n := range names {
		delete(r.defs, n)
	}
}

// ForgetAll removes every definition.
func (r *Records) ForgetAll() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.defs = map[string]RecordDef{}
}

// Names returns the defined record names in atom order (the order of
// shell.erl's ordered_set table).
func (r *Records) Names() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.defs))
	for n := range r.defs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// index is the 1-based tuple position of field in def, or 0.
func (d RecordDef) index(field string) int {
	for i, f := range d.Fields {
		if f.Name == field {
			return i + 2
		}
	}
	return 0
}

// is reports whether t is a record of this definition: a tuple of the
// right size whose first element is the name.
func (d RecordDef) is(t term.Term) (term.Tuple, bool) {
	tup, ok := t.(term.Tuple)
	if !ok || len(tup) != len(d.Fields)+1 || tup[0] != term.Atom(d.Name) {
		return nil, false
	}
	return tup, true
}

// Attribute is the definition as rl() prints it (erl_pp:attribute/1):
// -record(name,{f1, f2 = Default}). without the newline.
func (d RecordDef) Attribute() string {
	fields := make([]syntax.Expr, len(d.Fields))
	for i, f := range d.Fields {
		var e syntax.Expr = &syntax.Atom{Name: f.Name}
		if f.Default != nil {
			e = &syntax.Match{Left: e, Right: f.Default}
		}
		fields[i] = e
	}
	prefix := "-record(" + term.QuoteAtomLatin1(d.Name) + ","
	return prefix + syntax.FormatIndented([]syntax.Expr{&syntax.Tuple{Elems: fields}}, len(prefix)) + ")."
}

// Fields is the record_print_fun the shell gives io_lib_pretty: a
// term.RecordFields for printers outside term.Pretty's options (the shell's
// exception texts).
func (r *Records) Fields(tag term.Atom, arity int) ([]term.Atom, bool) { return r.fieldsOf(tag, arity) }

// fieldsOf is the record_print_fun the shell gives io_lib_pretty.
func (r *Records) fieldsOf(tag term.Atom, arity int) ([]term.Atom, bool) {
	d, ok := r.Lookup(string(tag))
	if !ok || len(d.Fields) != arity {
		return nil, false
	}
	names := make([]term.Atom, arity)
	for i, f := range d.Fields {
		names[i] = term.Atom(f.Name)
	}
	return names, true
}

// PrettyOptions returns o printing the records of this table as records.
func (r *Records) PrettyOptions(o term.PrettyOptions) term.PrettyOptions {
	o.Records = r.fieldsOf
	return o
}

// ShellPrint is what the shell prints for a command's value: like
// term.ShellPrint, with known records shown as #name{f = V,...}.
func (r *Records) ShellPrint(v term.Term) string {
	return term.Pretty(v, r.PrettyOptions(term.ShellOptions(1)))
}

// PrintTerm is rp/1's text: the shell's layout without a depth limit.
func (r *Records) PrintTerm(v term.Term) string {
	o := term.ShellOptions(1)
	o.Depth = term.Unlimited
	return term.Pretty(v, r.PrettyOptions(o))
}
