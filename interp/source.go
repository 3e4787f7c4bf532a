package interp

import (
	"fmt"
	"io"
	"reflect"
	"time"
)

// Source is one module's source file.
type Source struct {
	Module string // the module name, which must equal the Go package name
	File   string // the file name shown in diagnostics and directives, "t.go"
	Text   []byte
}

// Options configure Load.
type Options struct {
	// Erl holds the symbols of package "erl" bound to this version (built
	// by package erl). It must include "Check" (a func()), which the
	// rewrite calls at every function entry and, sampled, in loops.
	Erl map[string]reflect.Value
	// Stderr receives yaegi's own "file:l:c: panic: ..." lines when
	// Local is nil (default io.Discard). It must be safe for concurrent
	// use.
	Stderr io.Writer
	// Local returns a slot private to the calling goroutine (nil when it
	// has none). When set, the frames a panic unwinds are recorded there
	// instead of printed, for Version.Unwound (see trace.go).
	Local func() *any
	// Stdout receives fmt.Print, Printf and Println from module code
	// (default io.Discard). It must be safe for concurrent use.
	Stdout io.Writer
	// Interrupt is called by a channel operation of module code about to
	// block (process.Runtime.Interrupt): it returns a channel that ends
	// the wait and the function to call then. nil: only a Stop ends it.
	Interrupt func() (<-chan struct{}, func())
	// InitBudget bounds how long package initialisation may run
	// (default DefaultInitBudget); see initguard.go.
	InitBudget time.Duration
	// Abort, when it closes, stops package initialisation (the loading
	// process was killed).
	Abort <-chan struct{}
	// Alloc checks an allocation of n bytes made for module code by a
	// standard function (strings.Repeat); it raises when over budget
	// (process.Runtime.Alloc). nil: no check.
	Alloc func(n int)
}

// Diagnostic is one compiler message, positioned in the user's source.
type Diagnostic struct {
	File       string // "t.go"
	Line, Col  int    // 1-based; 0 when the message has no position
	Msg        string
	Warning    bool
	SourceLine string // the text of line Line, for erl's excerpt
}

// String formats the diagnostic as Go tools do: "t.go:4:9: undefined: y".
func (d Diagnostic) String() string {
	if d.Line == 0 {
		return fmt.Sprintf("%s: %s", d.File, d.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Msg)
}

// HasErrors reports whether diags holds anything but warnings.
func HasErrors(diags []Diagnostic) bool {
	for _, d := range diags {
		if !d.Warning {
			return true
		}
	}
	return false
}
