package shell

import (
	"sort"
	"strings"
	"unicode"
)

// completer completes, at the cursor, module names after nothing, function
// names after "mod:", and shell commands, the way erl's Tab does.
type completer struct{ s *Shell }

// Do implements readline.AutoCompleter.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && isWordRune(line[start-1]) {
		start--
	}
	word := string(line[start:pos])
	var cands []string
	if i := strings.IndexByte(word, ':'); i >= 0 {
		mod, prefix := word[:i], word[i+1:]
		for _, f := range c.s.functionNames(mod) {
			if strings.HasPrefix(f, prefix) {
				cands = append(cands, f[len(prefix):]+"(")
			}
		}
	} else {
		for _, m := range c.s.moduleNames() {
			if strings.HasPrefix(m, word) {
				cands = append(cands, m[len(word):]+":")
			}
		}
		for _, cmd := range commands() {
			if strings.HasPrefix(cmd.name, word) {
				cands = append(cands, cmd.name[len(word):]+"(")
			}
		}
		for _, e := range c.s.node.BIFs.Functions("c") {
			if strings.HasPrefix(e.Name, word) {
				cands = append(cands, e.Name[len(word):]+"(")
			}
		}
	}
	sort.Strings(cands)
	cands = dedupe(cands)
	out := make([][]rune, len(cands))
	for i, s := range cands {
		out[i] = []rune(s)
	}
	return out, len([]rune(word))
}

func isWordRune(r rune) bool {
	return r == '_' || r == ':' || r == '@' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func dedupe(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// moduleNames are the modules a user can call: built-in ones and Go
// modules that are loaded or compiled.
func (s *Shell) moduleNames() []string {
	seen := map[string]bool{}
	var out []string
	add := func(m string) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, m := range s.node.BIFs.Modules() {
		add(m)
	}
	for _, m := range s.node.Code.Loaded() {
		add(m.Name)
	}
	for _, m := range s.node.Code.Artifacts() {
		add(m)
	}
	sort.Strings(out)
	return out
}

func (s *Shell) functionNames(mod string) []string {
	var out []string
	for _, f := range s.node.BIFs.Functions(mod) {
		out = append(out, f.Name)
	}
	if fns, ok := s.node.Code.Exports(mod); ok {
		for _, f := range fns {
			out = append(out, f.Name)
		}
	}
	sort.Strings(out)
	return dedupe(out)
}
