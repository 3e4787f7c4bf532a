package interp

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/traefik/yaegi/interp"

	"goerl/term"
)

// yaegiPosition matches yaegi's error prefix "t.go:4:9: msg" or "4:9: msg".
var yaegiPosition = regexp.MustCompile(`^(?:(.+?):)?(\d+):(\d+): (.*)$`)

// yaegiDiagnostics turns a compile error from yaegi into diagnostics in
// the user's file. Thanks to the rewrite's line directives the positions
// yaegi reports are already the user's.
func yaegiDiagnostics(src Source, err error) []Diagnostic {
	var cp *compilePanic
	if errors.As(err, &cp) {
		return []Diagnostic{{File: src.File,
			Msg: "unsupported Go construct: the interpreter failed with: " + cp.Error()}}
	}
	var diags []Diagnostic
	for _, line := range strings.Split(strings.TrimSpace(err.Error()), "\n") {
		d := Diagnostic{File: src.File, Msg: line}
		if m := yaegiPosition.FindStringSubmatch(line); m != nil && (m[1] == "" || m[1] == src.File) {
			d.Line, _ = strconv.Atoi(m[2])
			d.Col, _ = strconv.Atoi(m[3])
			d.Msg = m[4]
			d.SourceLine = sourceLine(src.Text, d.Line)
		}
		diags = append(diags, d)
	}
	return diags
}

// initDiagnostics reports a panic raised by package initialisation
// (var initialisers and init functions).
func initDiagnostics(src Source, err error) []Diagnostic {
	msg := err.Error()
	var p interp.Panic
	if errors.As(err, &p) {
		e := PanicToException(p.Value)
		msg = "package initialisation failed: " + string(e.Class) + ":" + term.Sprint(e.Reason)
	}
	return []Diagnostic{{File: src.File, Msg: msg}}
}
