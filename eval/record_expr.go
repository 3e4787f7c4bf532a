package eval

import (
	"goerl/syntax"
	"goerl/term"
)

// Records in expressions, patterns and guards. erl's shell rewrites them
// into tuple operations (erl_expand_records) before evaluating; evaluating
// them directly gives the same values and errors: a record is the tuple
// {Name, Field1, ...}.

// recordDefinition reads rd/2's arguments as shell.erl does: the name is
// an atom literal, the definition a tuple of field names and
// Name = Default. The failure is the exception erl raises.
func recordDefinition(args []syntax.Expr) (RecordDef, *term.Exception) {
	name, ok := args[0].(*syntax.Atom)
	if !ok {
		return RecordDef{}, &term.Exception{Class: "error", Reason: term.Atom("function_clause"),
			Stack: term.List{term.Tuple{term.Atom("shell"), term.Atom("rd"), 2, term.List{}}}}
	}
	tuple, ok := args[1].(*syntax.Tuple)
	if !ok {
		return RecordDef{}, recordExit("bad record declaration")
	}
	def := RecordDef{Name: name.Name}
	for _, e := range tuple.Elems {
		var f RecordField
		switch e := e.(type) {
		case *syntax.Atom:
			f.Name = e.Name
		case *syntax.Match:
			a, ok := e.Left.(*syntax.Atom)
			if !ok {
				return RecordDef{}, recordExit("bad record field")
			}
			f = RecordField{Name: a.Name, Default: e.Right}
		default:
			return RecordDef{}, recordExit("bad record field")
		}
		if def.index(f.Name) != 0 {
			return RecordDef{}, recordExit("field " + f.Name + " already defined in record " + def.Name)
		}
		def.Fields = append(def.Fields, f)
	}
	return def, nil
}

// recordExit is rd/2's exit with erl_parse's message as a string.
func recordExit(msg string) *term.Exception {
	return &term.Exception{Class: "exit", Reason: term.String(msg), Stack: stackOf()}
}

// recordBuiltin handles rd/2, whose arguments are not evaluated, and
// is_record/2 on a record the shell knows, which erl_expand_records turns
// into a test of the size as well. ok is false for any other call.
func (r *run) recordBuiltin(name string, args []syntax.Expr, b *Bindings) (term.Term, *Bindings, bool) {
	switch {
	case name == "rd" && len(args) == 2:
		def, ex := recordDefinition(args)
		if ex != nil {
			panic(ex)
		}
		r.ev.records.Define(def)
		return term.Atom(def.Name), b, true
	case name == "record_info" && len(args) == 2:
		// The check made sure both are atoms and the record is known.
		def, ok := r.knownRecordArg(args[1])
		info, _ := args[0].(*syntax.Atom)
		if !ok || info == nil {
			return nil, nil, false
		}
		if info.Name == "size" {
			return len(def.Fields) + 1, b, true
		}
		fields := make(term.List, len(def.Fields))
		for i, f := range def.Fields {
			fields[i] = term.Atom(f.Name)
		}
		return fields, b, true
	case name == "is_record" && len(args) == 2:
		def, ok := r.knownRecordArg(args[1])
		if !ok {
			return nil, nil, false
		}
		v, b := r.expr(args[0], b)
		_, is := def.is(v)
		return term.Bool(is), b, true
	}
	return nil, nil, false
}

// knownRecordArg is the definition named by a literal atom argument.
func (r *run) knownRecordArg(e syntax.Expr) (RecordDef, bool) {
	a, ok := e.(*syntax.Atom)
	if !ok {
		return RecordDef{}, false
	}
	return r.ev.records.Lookup(a.Name)
}

// recordDef is the definition e uses; the pre-check has made sure it
// exists, so a missing one is erl_eval's undefined_record.
func (r *run) recordDef(e *syntax.Record) RecordDef {
	def, ok := r.ev.records.Lookup(e.Name)
	if !ok {
		raiseEval(term.Tuple{term.Atom("undefined_record"), term.Atom(e.Name)}, "expr", 6, 480)
	}
	return def
}

// fieldIndex is the tuple position of a field the pre-check accepted.
func fieldIndex(def RecordDef, field string) int {
	i := def.index(field)
	if i == 0 {
		raiseEval(term.Tuple{term.Atom("undefined_field"), term.Atom(def.Name), term.Atom(field)}, "expr", 6, 480)
	}
	return i
}

func badrecord(v term.Term) {
	raise(term.Tuple{term.Atom("badrecord"), v}, stackOf())
}

// recordExpr evaluates #r{...}, E#r{...}, E#r.f and #r.f.
func (r *run) recordExpr(e *syntax.Record, b *Bindings) (term.Term, *Bindings) {
	def := r.recordDef(e)
	switch {
	case e.Base == nil && e.Field != "":
		return fieldIndex(def, e.Field), b
	case e.Base == nil:
		return r.construct(def, e.Fields, b, r.expr)
	case e.Field != "":
		v, b := r.expr(e.Base, b)
		tup, ok := def.is(v)
		if !ok {
			badrecord(v)
		}
		return tup[fieldIndex(def, e.Field)-1], b
	}
	v, b := r.expr(e.Base, b)
	vals, b := r.exprList(fieldValues(e.Fields), b)
	tup, ok := def.is(v)
	if !ok {
		badrecord(v)
	}
	out := append(term.Tuple{}, tup...)
	for i, f := range e.Fields {
		out[fieldIndex(def, fieldName(f))-1] = vals[i]
	}
	return out, b
}

// evalFunc evaluates one expression: r.expr, or its guard form.
type evalFunc func(syntax.Expr, *Bindings) (term.Term, *Bindings)

// construct builds a new record in definition order: a field given a
// value takes it, others the value of `_ = E` if present, else their
// default (evaluated now, with no bindings), else undefined.
func (r *run) construct(def RecordDef, given []syntax.RecordField, b *Bindings, eval evalFunc) (term.Term, *Bindings) {
	explicit, rest := splitFields(given)
	out := make(term.Tuple, 1, len(def.Fields)+1)
	out[0] = term.Atom(def.Name)
	for _, f := range def.Fields {
		var v term.Term = term.Atom("undefined")
		switch {
		case explicit[f.Name] != nil:
			v, b = eval(explicit[f.Name], b)
		case rest != nil:
			v, b = eval(rest, b)
		case f.Default != nil:
			v = r.value(f.Default, NewBindings())
		}
		out = append(out, v)
	}
	return out, b
}

// splitFields separates Name = E fields from the `_ = E` one.
func splitFields(fs []syntax.RecordField) (map[string]syntax.Expr, syntax.Expr) {
	explicit := map[string]syntax.Expr{}
	var rest syntax.Expr
	for _, f := range fs {
		if a, ok := f.Name.(*syntax.Atom); ok {
			explicit[a.Name] = f.Value
		} else {
			rest = f.Value
		}
	}
	return explicit, rest
}

func fieldName(f syntax.RecordField) string {
	if a, ok := f.Name.(*syntax.Atom); ok {
		return a.Name
	}
	return "_"
}

func fieldValues(fs []syntax.RecordField) []syntax.Expr {
	vs := make([]syntax.Expr, len(fs))
	for i, f := range fs {
		vs[i] = f.Value
	}
	return vs
}

// matchRecord matches #r{f = P, _ = Q} (a tuple pattern; unnamed fields
// match Q or anything) and #r.f (the field's index).
func (m *matcher) matchRecord(p *syntax.Record, v term.Term) bool {
	def := m.r.recordDef(p)
	if p.Base != nil {
		raiseEval(term.Tuple{term.Atom("illegal_pattern"), term.Atom("pattern")}, "expr", 6, 480)
	}
	if p.Field != "" {
		return term.CompareExact(fieldIndex(def, p.Field), v) == 0
	}
	tup, ok := def.is(v)
	if !ok {
		return false
	}
	explicit, rest := splitFields(p.Fields)
	for i, f := range def.Fields {
		fp := explicit[f.Name]
		if fp == nil {
			fp = rest
		}
		if fp != nil && !m.match(fp, tup[i+1]) {
			return false
		}
	}
	return true
}

// guardRecord evaluates a record expression in a guard, where a field of
// something that is not the record makes the guard fail.
func (r *run) guardRecord(e *syntax.Record, b *Bindings) term.Term {
	def := r.recordDef(e)
	guardEval := func(x syntax.Expr, b *Bindings) (term.Term, *Bindings) { return r.guardExpr(x, b), b }
	switch {
	case e.Base == nil && e.Field != "":
		return fieldIndex(def, e.Field)
	case e.Base == nil:
		v, _ := r.construct(def, e.Fields, b, guardEval)
		return v
	}
	tup, ok := def.is(r.guardExpr(e.Base, b))
	if !ok {
		panic(guardFailure{})
	}
	if e.Field != "" {
		return tup[fieldIndex(def, e.Field)-1]
	}
	out := append(term.Tuple{}, tup...)
	for _, f := range e.Fields {
		out[fieldIndex(def, fieldName(f))-1] = r.guardExpr(f.Value, b)
	}
	return out
}

// guardIsRecord is is_record(E, Name) in a guard on a known record.
func (r *run) guardIsRecord(e *syntax.Call, b *Bindings) (term.Term, bool) {
	if a, ok := e.Fun.(*syntax.Atom); !ok || a.Name != "is_record" || len(e.Args) != 2 {
		return nil, false
	}
	def, ok := r.knownRecordArg(e.Args[1])
	if !ok {
		return nil, false
	}
	_, is := def.is(r.guardExpr(e.Args[0], b))
	return term.Bool(is), true
}

// isGuardRecord reports whether a record expression may appear in a
// guard: its parts are guard expressions.
func isGuardRecord(e *syntax.Record) bool {
	if e.Base != nil && !isGuardExpr(e.Base) {
		return false
	}
	return allGuardExprs(fieldValues(e.Fields))
}
