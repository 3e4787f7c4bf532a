package eval

import (
	"goerl/syntax"
	"goerl/term"
)

// The pre-check of records, at erl_lint's positions: an unknown record at
// its #, an unknown or repeated field at the field's name.

// recordDef is the definition a record expression names.
func (c *checker) recordDef(e *syntax.Record) RecordDef {
	if def, ok := c.defined[e.Name]; ok {
		return def
	}
	def, ok := c.records.Lookup(e.Name)
	if !ok {
		c.fail(e.Pos, "record %s undefined", e.Name)
	}
	return def
}

// checkFields checks the Name = Value fields of #r{...}: each name once
// and defined. The values are left to the caller.
func (c *checker) checkFields(def RecordDef, fs []syntax.RecordField) {
	seen := map[string]bool{}
	for _, f := range fs {
		name := fieldName(f)
		if seen[name] {
			c.fail(f.Name.Position(), "field %s already defined in record %s", name, def.Name)
		}
		seen[name] = true
		if name != "_" && def.index(name) == 0 {
			c.fail(f.Name.Position(), "field %s undefined in record %s", name, def.Name)
		}
	}
}

// checkAccessField checks the f of E#r.f and #r.f. The syntax tree keeps
// no position for f; it is where it stands when written without spaces,
// right after "#r.".
func (c *checker) checkAccessField(def RecordDef, e *syntax.Record) {
	if def.index(e.Field) != 0 {
		return
	}
	pos := e.Pos
	pos.Col += len([]rune(term.QuoteAtom(e.Name))) + 2
	c.fail(pos, "field %s undefined in record %s", e.Field, def.Name)
}

// record checks a record expression and returns the variables bound
// after it.
func (c *checker) record(e *syntax.Record, bound varSet) varSet {
	if e.Base != nil {
		bound = c.expr(e.Base, bound)
	}
	def := c.recordDef(e)
	if e.Field != "" {
		c.checkAccessField(def, e)
		return bound
	}
	c.checkFields(def, e.Fields)
	for _, f := range e.Fields {
		bound = c.expr(f.Value, bound)
	}
	return bound
}

// recordPattern checks #r{f = P} and #r.f in a pattern (see pattern).
func (c *checker) recordPattern(p *syntax.Record, bound varSet, known *varSet) varSet {
	if p.Base != nil {
		c.fail(p.Pos, "illegal pattern")
	}
	def := c.recordDef(p)
	if p.Field != "" {
		c.checkAccessField(def, p)
		return bound
	}
	c.checkFields(def, p.Fields)
	for _, f := range p.Fields {
		bound = c.pattern(f.Value, bound, known)
	}
	return bound
}

// recordInfo checks record_info(fields | size, Name) as erl_lint does:
// both arguments literal atoms, Name a known record.
func (c *checker) recordInfo(call *syntax.Call, fn *syntax.Atom) {
	info, ok1 := call.Args[0].(*syntax.Atom)
	name, ok2 := call.Args[1].(*syntax.Atom)
	switch {
	case !ok1 || !ok2:
		c.fail(call.Pos, "illegal record info")
	case info.Name != "fields" && info.Name != "size":
		c.fail(info.Pos, "illegal record info")
	}
	if _, ok := c.defined[name.Name]; ok {
		return
	}
	if _, ok := c.records.Lookup(name.Name); !ok {
		c.fail(fn.Pos, "record %s undefined", name.Name)
	}
}
