package builtins

import (
	"sort"
	"time"

	"goerl/exception"
	"goerl/term"
)

// Paths shown for modules that are built into goerl, as erl shows its
// own: erlang is preloaded, the others live in the OTP tree.
const preloaded term.Atom = "preloaded"

// builtinPath is code:which/1 for a BIF module: erlang is preloaded, the
// others live where an OTP 25 installation keeps their .beam files
// (kernel's or stdlib's ebin), as erl answers.
func builtinPath(mod string) term.Term {
	switch mod {
	case "erlang":
		return preloaded
	case "code":
		return term.String("$OTPROOT/lib/kernel-8.5.3/ebin/" + mod + ".beam")
	}
	return term.String("$OTPROOT/lib/stdlib-4.2/ebin/" + mod + ".beam")
}

// atomNotPurged is load_file's reason when old code is in the way.
const atomNotPurged term.Atom = "not_purged"

// errorReport prints an =ERROR REPORT==== block, stamped with the
// runtime's clock, where io:format output goes: erl's code server logs
// its refusals this way besides returning them.
func (c *Call) errorReport(body string) {
	at := time.Now()
	if c.Runtime != nil {
		at = c.Runtime.Now()
	}
	c.write(exception.ErrorReport(at, body))
}

// moduleArg is a code function's module argument; code.erl's guards
// reject anything but an atom with function_clause.
func moduleArg(t term.Term) string {
	m, ok := t.(term.Atom)
	if !ok {
		noClause(0)
	}
	return string(m)
}

// codeBIFs are the code server's interface, code:load_file/1, purge/1,
// soft_purge/1, delete/1, is_loaded/1, which/1, ..., with erl's exact
// results: load_file refuses ({error,not_purged}) rather than purge, and
// purge answers true only when it killed a process.
func codeBIFs() []Entry {
	return []Entry{
		modBIF("code", "is_sticky", 1, "whether a module is sticky (none of goerl's are)", func(_ *Call, a []term.Term) term.Term {
			moduleArg(a[0])
			return term.False
		}),
		modBIF("code", "modified_modules", 0, "loaded modules whose source changed since they were compiled", func(c *Call, _ []term.Term) term.Term {
			var l term.List
			for _, m := range c.Code.Modified() {
				l = append(l, term.Atom(m))
			}
			return append(term.List{}, l...)
		}),
		modBIF("code", "module_status", 1, "not_loaded, loaded or modified", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return term.Atom("loaded")
			}
			if _, loaded := c.Code.IsLoaded(mod); !loaded {
				return term.Atom("not_loaded")
			}
			for _, m := range c.Code.Modified() {
				if m == mod {
					return term.Atom("modified")
				}
			}
			return term.Atom("loaded")
		}),
		modBIF("code", "load_file", 1, "load a compiled module: {module,M} or {error,Why}", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return term.Tuple{term.Atom("module"), term.Atom(mod)}
			}
			r := c.Code.LoadFile(mod)
			if r, ok := r.(term.Tuple); ok && len(r) == 2 && r[1] == atomNotPurged {
				c.errorReport("Loading of " + c.Code.Which(mod) + " failed: not_purged\n")
			}
			return r
		}),
		modBIF("code", "purge", 1, "drop old code, killing its processes; true if any was killed", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return term.False
			}
			return term.Bool(c.Code.Purge(mod))
		}),
		modBIF("code", "soft_purge", 1, "drop old code unless a process runs it", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return term.True
			}
			return term.Bool(c.Code.SoftPurge(mod))
		}),
		modBIF("code", "delete", 1, "make current code old", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return term.False
			}
			if c.Code.CheckOldCode(mod) {
				// erl's code server logs this with a format ending in ~n,
				// and the logger adds its own empty line after it.
				c.errorReport("Module " + term.QuoteAtom(mod) + " must be purged before deleting\n\n")
				return term.False
			}
			return term.Bool(c.Code.Delete(mod))
		}),
		modBIF("code", "is_loaded", 1, "{file,Path} or false", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return term.Tuple{atomFile, builtinPath(mod)}
			}
			if path, ok := c.Code.IsLoaded(mod); ok {
				return term.Tuple{atomFile, term.String(path)}
			}
			return term.False
		}),
		modBIF("code", "which", 1, "the module's path, or non_existing", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.dispatcher.table.HasModule(mod) {
				return builtinPath(mod)
			}
			if path := c.Code.Which(mod); path != "" {
				return term.String(path)
			}
			return term.Atom("non_existing")
		}),
		modBIF("code", "ensure_loaded", 1, "{module,M}, loading it if needed", func(c *Call, a []term.Term) term.Term {
			mod := moduleArg(a[0])
			if c.moduleLoaded(mod) {
				return term.Tuple{term.Atom("module"), term.Atom(mod)}
			}
			r := c.Code.LoadFile(mod)
			if t, ok := r.(term.Tuple); ok && len(t) == 2 && t[1] == term.Atom("not_purged") {
				return term.Tuple{atomError, term.Atom("nofile")}
			}
			return r
		}),
		modBIF("code", "all_loaded", 0, "[{Module, Path}] of every loaded module", func(c *Call, _ []term.Term) term.Term {
			type row struct {
				name string
				path term.Term
			}
			var rows []row
			for _, m := range c.dispatcher.table.Modules() {
				rows = append(rows, row{m, builtinPath(m)})
			}
			if c.Code != nil {
				for _, m := range c.Code.Loaded() {
					rows = append(rows, row{m.Name, term.String(m.Path)})
				}
			}
			sort.SliceStable(rows, func(i, j int) bool { return rows[i].name < rows[j].name })
			out := make(term.List, len(rows))
			for i, r := range rows {
				out[i] = term.Tuple{term.Atom(r.name), r.path}
			}
			return out
		}),
	}
}
