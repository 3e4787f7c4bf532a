package builtins

import (
	"bytes"

	"goerl/term"
)

// binaryBIFs are the parts of stdlib's binary module that lessons use.
func binaryBIFs() []Entry {
	return []Entry{
		modBIF("binary", "part", 3, "binary:part(Bin, Start, Length)", func(_ *Call, a []term.Term) term.Term {
			return binaryPart(a[0], a[1], a[2])
		}),
		modBIF("binary", "split", 2, "split at the first occurrence of a pattern", func(_ *Call, a []term.Term) term.Term {
			return binarySplit(a[0], a[1], term.List{})
		}),
		modBIF("binary", "split", 3, "split with options [global, trim, trim_all]", func(_ *Call, a []term.Term) term.Term {
			return binarySplit(a[0], a[1], a[2])
		}),
	}
}

// binarySplit is binary:split/3 for binary patterns.
// Several patterns follow binary:match's rule (the earliest match, the
// longest of those starting together); without global only the first
// match splits. trim drops empty parts at the end only, trim_all every
// empty part, both as erl documents ([<<>>] trimmed is []).
func binarySplit(subject, pattern, options term.Term) term.Term {
	b, ok := subject.(term.Binary)
	if !ok {
		badarg()
	}
	var pats [][]byte
	switch p := pattern.(type) {
	case term.Binary:
		pats = append(pats, p)
	case term.List:
		for _, x := range p {
			pb, ok := x.(term.Binary)
			if !ok {
				badarg()
			}
			pats = append(pats, pb)
		}
	default:
		badarg()
	}
	for _, p := range pats {
		// An empty pattern is badarg in erl: it would match at every position.
		if len(p) == 0 {
			badarg()
		}
	}
	opts, ok := properList(options)
	if !ok {
		badarg()
	}
	global, trim, trimAll := false, false, false
	for _, o := range opts {
		switch o {
		case term.Atom("global"):
			global = true
		case term.Atom("trim"):
			trim = true
		case term.Atom("trim_all"):
			trimAll = true
		default:
			badarg()
		}
	}
	var parts []term.Binary
	rest := []byte(b)
	for {
		at, n := -1, 0
		for _, p := range pats {
			if i := bytes.Index(rest, p); i >= 0 && (at < 0 || i < at || i == at && len(p) > n) {
				at, n = i, len(p)
			}
		}
		if at < 0 {
			break
		}
		// Parts are copies, so a small part does not keep the whole subject's
		// array alive.
		parts = append(parts, term.Binary(append([]byte{}, rest[:at]...)))
		rest = rest[at+n:]
		if !global {
			break
		}
	}
	parts = append(parts, term.Binary(append([]byte{}, rest...)))
	if trim {
		for len(parts) > 0 && len(parts[len(parts)-1]) == 0 {
			parts = parts[:len(parts)-1]
		}
	}
	out := term.List{}
	for _, p := range parts {
		if trimAll && len(p) == 0 {
			continue
		}
		out = append(out, p)
	}
	return out
}
