package builtins

import (
	"sync"

	"goerl/term"
)

// knownAtoms answers list_to_existing_atom/1. goerl has no atom table,
// so an atom "exists" when goerl has met it: atoms erl creates at start
// (a fixed list of common ones), the names of BIF modules and functions,
// the names and exports of compiled or loaded Go modules, atoms made by
// list_to_atom/binary_to_atom, and whatever the shell reports through
// Dispatcher.NoteAtom (the atoms of the forms it parses, as erl's parser
// creates them).
type knownAtoms struct {
	mu    sync.Mutex
	atoms map[term.Atom]struct{}
}

// bootAtoms are atoms every erl node has after start that lessons are
// likely to ask for.
func bootAtoms() []term.Atom {
	return []term.Atom{
		"true", "false", "ok", "error", "undefined", "badarg", "badarith", "badmatch", "badkey", "badmap",
		"function_clause", "case_clause", "if_clause", "try_clause", "undef", "noproc", "normal", "kill",
		"killed", "exit", "throw", "infinity", "nomatch", "none", "timeout", "value", "EXIT", "DOWN",
		"process", "trap_exit", "nonode@nohost", "utf8", "latin1", "unicode", "global", "all", "leading",
		"trailing", "both", "eof", "shell", "init", "user", "standard_io", "standard_error", "code_server",
		"application_controller", "kernel", "stdlib", "erl_eval", "erlang", "positive", "monotonic",
	}
}

// newKnownAtoms starts from the atoms erl has at boot and every BIF's
// module and name, which exist in erl because their modules are loaded.
func newKnownAtoms(t *Table) *knownAtoms {
	k := &knownAtoms{atoms: map[term.Atom]struct{}{}}
	for _, a := range bootAtoms() {
		k.atoms[a] = struct{}{}
	}
	for _, e := range t.entries {
		k.atoms[term.Atom(e.Module)] = struct{}{}
		k.atoms[term.Atom(e.Name)] = struct{}{}
	}
	return k
}

// note records that a now exists.
func (k *knownAtoms) note(a term.Atom) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.atoms[a] = struct{}{}
}

// has reports whether a exists, for list_to_existing_atom/1 and
// binary_to_existing_atom/2.
func (k *knownAtoms) has(a term.Atom) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	_, ok := k.atoms[a]
	return ok
}

// NoteAtom records that an atom exists (the shell calls it for the atoms
// of each form it parses), for list_to_existing_atom/1.
func (d *Dispatcher) NoteAtom(a term.Atom) { d.atoms.note(a) }

// NoteAtoms records every atom inside t.
func (d *Dispatcher) NoteAtoms(t term.Term) {
	switch v := t.(type) {
	case term.Atom:
		d.atoms.note(v)
	case term.Tuple:
		for _, x := range v {
			d.NoteAtoms(x)
		}
	case term.List:
		for _, x := range v {
			d.NoteAtoms(x)
		}
	case term.Improper:
		for _, x := range v.Elems {
			d.NoteAtoms(x)
		}
		d.NoteAtoms(v.Tail)
	case *term.Map:
		for i, k := range v.Keys() {
			d.NoteAtoms(k)
			d.NoteAtoms(v.Values()[i])
		}
	}
}

// atomExists reports whether goerl has met a (see knownAtoms), looking
// at the code server's modules too.
func (c *Call) atomExists(a term.Atom) bool {
	d := c.dispatcher
	if d.atoms.has(a) {
		return true
	}
	if d.code == nil {
		return false
	}
	for _, m := range d.Modules() {
		if term.Atom(m) == a {
			return true
		}
		if exports, ok := d.code.Exports(m); ok {
			for _, x := range exports {
				if term.Atom(x.Name) == a {
					return true
				}
			}
		}
	}
	return false
}
