package terminal

import (
	"sort"

	"goerl/node"
)

// NodeNames offers a node's modules and functions to completion, plus the
// given commands callable without a module prefix.
func NodeNames(n *node.Node, commands []Function) Names {
	return nodeNames{n: n, commands: commands}
}

type nodeNames struct {
	n        *node.Node
	commands []Function
}

// Modules are built-in modules and Go modules that are loaded or compiled.
func (nn nodeNames) Modules() []string {
	seen := map[string]bool{}
	var out []string
	add := func(m string) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, m := range nn.n.BIFs.Modules() {
		add(m)
	}
	for _, m := range nn.n.Code.Loaded() {
		add(m.Name)
	}
	for _, m := range nn.n.Code.Artifacts() {
		add(m)
	}
	sort.Strings(out)
	return out
}

func (nn nodeNames) Functions(mod string) []Function {
	var out []Function
	for _, f := range nn.n.BIFs.Functions(mod) {
		out = append(out, Function{f.Name, f.Arity})
	}
	if fns, ok := nn.n.Code.Exports(mod); ok {
		for _, f := range fns {
			out = append(out, Function{f.Name, f.Arity})
		}
	}
	return sortFunctions(out)
}

func (nn nodeNames) Commands() []Function {
	out := append([]Function(nil), nn.commands...)
	for _, e := range nn.n.BIFs.Functions("c") {
		out = append(out, Function{e.Name, e.Arity})
	}
	return sortFunctions(out)
}

// sortFunctions sorts by name then arity and drops duplicates.
func sortFunctions(fs []Function) []Function {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Name != fs[j].Name {
			return fs[i].Name < fs[j].Name
		}
		return fs[i].Arity < fs[j].Arity
	})
	out := fs[:0]
	for i, f := range fs {
		if i == 0 || f != fs[i-1] {
			out = append(out, f)
		}
	}
	return out
}
