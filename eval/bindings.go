package eval

import (
	"goerl/term"
)

// Bindings are variable bindings, immutable: operations return new ones.
// They are a persistent balanced tree (the treap of varset.go), so that
// binding or looking up a variable costs O(log n) however many the
// command or the session has bound (a linked list made a command of
// 20,000 bindings quadratic), and a failed clause simply drops its
// extension. The zero value and nil are both the empty bindings.
type Bindings struct {
	root *varNode
}

// NewBindings returns empty bindings.
func NewBindings() *Bindings { return &Bindings{} }

func (b *Bindings) tree() *varNode {
	if b == nil {
		return nil
	}
	return b.root
}

// Get returns the value bound to name.
func (b *Bindings) Get(name string) (term.Term, bool) {
	if n := lookup(b.tree(), name); n != nil {
		return n.value, true
	}
	return nil, false
}

// With returns the bindings with name bound to v.
func (b *Bindings) With(name string, v term.Term) *Bindings {
	return &Bindings{root: insert(b.tree(), name, v)}
}

// Without returns the bindings without name.
func (b *Bindings) Without(name string) *Bindings {
	if lookup(b.tree(), name) == nil {
		return b
	}
	return &Bindings{root: remove(b.tree(), name)}
}

// Names returns the bound variable names, sorted.
func (b *Bindings) Names() []string {
	var names []string
	inOrder(b.tree(), func(n *varNode) { names = append(names, n.name) })
	return names
}

// each calls f for every binding, by name.
func (b *Bindings) each(f func(name string, v term.Term)) {
	inOrder(b.tree(), func(n *varNode) { f(n.name, n.value) })
}

// Len is the number of bound variables.
func (b *Bindings) Len() int {
	n := 0
	inOrder(b.tree(), func(*varNode) { n++ })
	return n
}
