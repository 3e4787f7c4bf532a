package builtins

import (
	"io"
	"sort"

	"goerl/codeserver"
	"goerl/process"
	"goerl/term"
)

// Entry is one built-in function.
type Entry struct {
	Module string
	Name   string
	Arity  int
	// Help is a one-line description for help texts and completion.
	Help string
	// Usage is how help() shows a shell command ("c(Mod)"); empty for
	// functions that are not commands.
	Usage string
	// Fn implements the function. It raises *term.Exception on failure
	// (see raise.go for the frames it must carry).
	Fn func(c *Call, args []term.Term) term.Term
	// AutoImported marks erlang BIFs callable without a module prefix
	// (self(), element(2, T), ...).
	AutoImported bool
}

// Call is the context a BIF runs in: the calling process and the world
// around it.
type Call struct {
	Proc    *process.Proc
	Runtime *process.Runtime
	Code    *codeserver.Server
	// Out is where io:format and friends write.
	Out io.Writer
	// Apply calls a fun on behalf of Proc: shell funs through the
	// evaluator, module funs through the code server, external funs
	// (fun m:f/1) through the dispatcher. It raises badfun/badarity.
	Apply func(f *term.Fun, args []term.Term) term.Term

	dispatcher *Dispatcher
}

type funKey struct {
	module, name string
	arity        int
}

// Table is an immutable set of BIFs indexed by module, name and arity.
type Table struct {
	entries map[funKey]*Entry
	modules map[string][]*Entry
}

// NewTable indexes the entries of several tables; a later entry with the
// same module, name and arity replaces an earlier one (so tests can
// override a BIF).
func NewTable(entries ...[]Entry) *Table {
	t := &Table{entries: map[funKey]*Entry{}, modules: map[string][]*Entry{}}
	for _, list := range entries {
		for i := range list {
			e := &list[i]
			t.entries[funKey{e.Module, e.Name, e.Arity}] = e
		}
	}
	for _, e := range t.entries {
		t.modules[e.Module] = append(t.modules[e.Module], e)
	}
	for _, fns := range t.modules {
		sort.Slice(fns, func(i, j int) bool {
			if fns[i].Name != fns[j].Name {
				return fns[i].Name < fns[j].Name
			}
			return fns[i].Arity < fns[j].Arity
		})
	}
	return t
}

// Lookup finds a BIF.
func (t *Table) Lookup(mod, fun string, arity int) (*Entry, bool) {
	e, ok := t.entries[funKey{mod, fun, arity}]
	return e, ok
}

// Modules lists the modules that have BIFs, sorted.
func (t *Table) Modules() []string {
	mods := make([]string, 0, len(t.modules))
	for m := range t.modules {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	return mods
}

// Functions lists a module's BIFs sorted by name and arity.
func (t *Table) Functions(mod string) []Entry {
	fns := make([]Entry, 0, len(t.modules[mod]))
	for _, e := range t.modules[mod] {
		fns = append(fns, *e)
	}
	return fns
}

// HasModule reports whether mod has any BIF.
func (t *Table) HasModule(mod string) bool { return len(t.modules[mod]) > 0 }

// Standard returns every BIF module goerl provides.
func Standard() []Entry {
	var all []Entry
	for _, m := range [][]Entry{
		erlangProcessBIFs(), erlangTermBIFs(), erlangNumberBIFs(), erlangConvertBIFs(), erlangSystemBIFs(), dictionaryBIFs(),
		listsBIFs(), listsMergeBIFs(), mapsBIFs(), mapsMoreBIFs(), proplistsBIFs(), proplistsMoreBIFs(), stringBIFs(), stringMoreBIFs(), stringUnicodeBIFs(), mathBIFs(),
		ioBIFs(), iolibBIFs(), iolibScanBIFs(), timerBIFs(), osBIFs(), calendarBIFs(), calendarDateBIFs(), calendarZoneBIFs(), fileBIFs(), randBIFs(), binaryBIFs(), binarySearchBIFs(), bitstringBIFs(), unicodeBIFs(), codeBIFs(), cBIFs(),
	} {
		all = append(all, m...)
	}
	return all
}

// erlangBIF makes an erlang entry, auto-imported when erl auto-imports it.
func erlangBIF(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
	return Entry{Module: "erlang", Name: name, Arity: arity, Help: help, Fn: fn, AutoImported: term.AutoImported(name, arity)}
}

// modBIF makes an entry of any module; only erlang's are ever
// auto-imported.
func modBIF(mod, name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
	return Entry{Module: mod, Name: name, Arity: arity, Help: help, Fn: fn}
}

// listsBIF and mathBIF are modBIF for the two modules with the most
// entries.
func listsBIF(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
	return Entry{Module: "lists", Name: name, Arity: arity, Help: help, Fn: fn}
}

func mathBIF(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
	return Entry{Module: "math", Name: name, Arity: arity, Help: help, Fn: fn}
}
