package terminal

import (
	"sort"
	"strings"
	"unicode"
)

// Function is a name and arity offered by completion.
type Function struct {
	Name  string
	Arity int
}

// Names is what completion asks of the node behind the shell.
type Names interface {
	// Modules lists the modules a user can call.
	Modules() []string
	// Functions lists a module's exported functions.
	Functions(module string) []Function
	// Commands lists what is callable without a module prefix (shell
	// commands and those of module c).
	Commands() []Function
}

// completer completes, at the cursor, module names after nothing, function
// names after "mod:", and shell commands, the way erl's Tab does.
type completer struct{ names Names }

// Do implements readline.AutoCompleter.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && isWordRune(line[start-1]) {
		start--
	}
	word := string(line[start:pos])
	if word == "" {
		// erl's Tab on an empty word offers nothing (not every name).
		return nil, 0
	}
	var cands []string
	if i := strings.IndexByte(word, ':'); i >= 0 {
		mod, prefix := word[:i], word[i+1:]
		for _, f := range c.names.Functions(mod) {
			if strings.HasPrefix(f.Name, prefix) {
				cands = append(cands, f.Name[len(prefix):]+"(")
			}
		}
	} else {
		for _, m := range c.names.Modules() {
			if strings.HasPrefix(m, word) {
				cands = append(cands, m[len(word):]+":")
			}
		}
		for _, cmd := range c.names.Commands() {
			if strings.HasPrefix(cmd.Name, word) {
				cands = append(cands, cmd.Name[len(word):]+"(")
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
