package interp

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/stdlib"
)

// The tables below are package-level because they are constant data,
// never written after initialisation.

// allowedStd lists the standard packages a module may import. The rule:
// pure computation only. Nothing that reaches the host (os, net, io/fs,
// reflect, unsafe) and nothing that blocks in a way a kill cannot
// interrupt (sync, and the sleeping parts of time, see deniedSymbols):
// such a block would also keep a purged interpreter alive forever.
var allowedStd = map[string]bool{
	"bytes": true, "cmp": true, "container/heap": true, "container/list": true,
	"container/ring": true, "encoding/base64": true, "encoding/hex": true,
	"encoding/json": true, "errors": true, "fmt": true, "hash/crc32": true,
	"hash/fnv": true, "maps": true, "math": true, "math/big": true,
	"math/bits": true, "math/rand": true, "regexp": true, "slices": true,
	"sort": true, "strconv": true, "strings": true, "sync/atomic": true,
	"text/tabwriter": true, "time": true, "unicode": true,
	"unicode/utf16": true, "unicode/utf8": true,
}

// newerStd are packages that exist in today's Go but not in the Go 1.22
// standard library yaegi v0.16.1 carries; they get a specific message.
var newerStd = map[string]bool{"iter": true, "unique": true, "weak": true}

// genericStd are packages yaegi provides as interpreted generic source
// (compiled once per interpreter, ~4.5 ms: the price of importing them).
var genericStd = map[string]bool{"cmp": true, "maps": true, "slices": true}

// genericDeps are the compiled packages those generic sources import
// (goerl's slices sorts with package sort), registered with them.
var genericDeps = []string{"sort"}

// deniedSymbols are symbols of allowed packages that block the calling
// goroutine where no kill can reach it, with the replacement to suggest.
var deniedSymbols = map[string]map[string]string{
	"time": {
		"Sleep": "erl.Sleep", "After": "erl.ReceiveTimeout", "AfterFunc": "erl.SendAfter",
		"NewTimer": "erl.SendAfter", "NewTicker": "erl.SendAfter", "Tick": "erl.SendAfter",
	},
}

// stdExports returns the yaegi Use table for one allowed standard package,
// with denied symbols removed and fmt's printing bound to stdout.
func stdExports(importPath string, stdout io.Writer, alloc func(n int)) map[string]reflect.Value {
	name := path.Base(importPath)
	src := stdlib.Symbols[importPath+"/"+name]
	syms := make(map[string]reflect.Value, len(src))
	for k, v := range src {
		if _, denied := deniedSymbols[importPath][k]; !denied {
			syms[k] = v
		}
	}
	if alloc != nil {
		budgeted(importPath, syms, alloc)
	}
	if importPath == "errors" {
		syms["As"] = reflect.ValueOf(errorsAs)
	}
	if importPath == "fmt" {
		// Every printer checks its arguments for values that contain
		// themselves first (acyclic.go).
		syms["Print"] = reflect.ValueOf(func(a ...any) (int, error) { acyclic(a); return fmt.Fprint(stdout, a...) })
		syms["Printf"] = reflect.ValueOf(func(f string, a ...any) (int, error) { acyclic(a); return fmt.Fprintf(stdout, f, a...) })
		syms["Println"] = reflect.ValueOf(func(a ...any) (int, error) { acyclic(a); return fmt.Fprintln(stdout, a...) })
		syms["Sprint"] = reflect.ValueOf(func(a ...any) string { acyclic(a); return fmt.Sprint(a...) })
		syms["Sprintf"] = reflect.ValueOf(func(f string, a ...any) string { acyclic(a); return fmt.Sprintf(f, a...) })
		syms["Sprintln"] = reflect.ValueOf(func(a ...any) string { acyclic(a); return fmt.Sprintln(a...) })
		syms["Errorf"] = reflect.ValueOf(func(f string, a ...any) error { acyclic(a); return fmt.Errorf(f, a...) })
		syms["Fprint"] = reflect.ValueOf(func(w io.Writer, a ...any) (int, error) { acyclic(a); return fmt.Fprint(w, a...) })
		syms["Fprintf"] = reflect.ValueOf(func(w io.Writer, f string, a ...any) (int, error) { acyclic(a); return fmt.Fprintf(w, f, a...) })
		syms["Fprintln"] = reflect.ValueOf(func(w io.Writer, a ...any) (int, error) { acyclic(a); return fmt.Fprintln(w, a...) })
		syms["_Stringer"] = reflect.ValueOf((*stringer)(nil))
		// A module has no standard input.
		for _, k := range []string{"Scan", "Scanf", "Scanln"} {
			delete(syms, k)
		}
	}
	return syms
}

// fmtPrinters are the fmt functions stdExports replaces, with the
// originals whose special interfaces they keep (see mapTypes).
var fmtPrinters = map[string]any{
	"Print": fmt.Print, "Printf": fmt.Printf, "Println": fmt.Println,
	"Sprint": fmt.Sprint, "Sprintf": fmt.Sprintf, "Sprintln": fmt.Sprintln, "Errorf": fmt.Errorf,
	"Fprint": fmt.Fprint, "Fprintf": fmt.Fprintf, "Fprintln": fmt.Fprintln,
}

// mapTypes is yaegi's table of host functions that take interface{}
// arguments but treat some interfaces specially, such as fmt's printers
// with fmt.Stringer and fmt.Formatter: yaegi wraps an interpreted value
// whose type has those methods, so that fmt calls them. Without it
// fmt.Println(x) prints x's underlying value instead of x.String().
// It holds yaegi's table plus goerl's replacements of fmt's printers.
func mapTypes(exports map[string]map[string]reflect.Value) map[reflect.Value][]reflect.Type {
	mt := make(map[reflect.Value][]reflect.Type, len(stdlib.MapTypes)+len(fmtPrinters))
	for k, v := range stdlib.MapTypes {
		mt[k] = v
	}
	// An interpreted error passed to fmt directly is an error to fmt, as
	// in Go, where Error wins over String (the first match is taken).
	printing := []reflect.Type{
		reflect.TypeOf((*fmt.Formatter)(nil)).Elem(),
		reflect.TypeOf((*error)(nil)).Elem(),
		reflect.TypeOf((*fmt.Stringer)(nil)).Elem(),
	}
	for _, f := range []any{fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println, fmt.Sprint, fmt.Sprintf, fmt.Sprintln} {
		mt[reflect.ValueOf(f)] = printing
	}
	if syms, ok := exports[useKey("fmt")]; ok {
		for name, orig := range fmtPrinters {
			mt[syms[name]] = mt[reflect.ValueOf(orig)]
		}
	}
	return mt
}

// useKey is the key under which Use registers a package. yaegi splits it
// with path.Dir and path.Base; the doubled slash keeps that split (Dir
// cleans it) while avoiding the exact key "fmt/fmt", whose presence makes
// Use recompile the generic stdlib sources and rebind fmt to the real
// os.Stdout: ~4.5 ms and ~830 KiB per interpreter that we do not want.
func useKey(importPath string) string {
	return importPath + "//" + path.Base(importPath)
}

// budgeted replaces the functions of package importPath that build a
// result whose size a small argument chooses with versions that check
// that size first (see budget.go).
func budgeted(importPath string, syms map[string]reflect.Value, alloc func(n int)) {
	switch importPath {
	case "strings":
		syms["Repeat"] = reflect.ValueOf(func(s string, count int) string {
			alloc(repeatSize(len(s), count))
			return strings.Repeat(s, count)
		})
	case "bytes":
		syms["Repeat"] = reflect.ValueOf(func(b []byte, count int) []byte {
			alloc(repeatSize(len(b), count))
			return bytes.Repeat(b, count)
		})
	}
}

// repeatSize is n*count, saturated (Repeat itself panics on a negative
// count or an overflow).
func repeatSize(n, count int) int {
	if count <= 0 || n == 0 {
		return 0
	}
	if n > int(^uint(0)>>1)/count {
		return int(^uint(0) >> 1)
	}
	return n * count
}
