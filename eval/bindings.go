package eval

import (
	"sort"

	"goerl/term"
)

// Bindings are variable bindings, immutable: operations return new ones.
// They form a linked list, newest first, so that binding a variable in a
// match is O(1) and a failed clause simply drops its extension. The zero
// value and nil are both the empty bindings.
type Bindings struct {
	head *binding
}

type binding struct {
	name    string
	value   term.Term
	removed bool // a tombstone left by Without
	next    *binding
}

// NewBindings returns empty bindings.
func NewBindings() *Bindings { return &Bindings{} }

func (b *Bindings) first() *binding {
	if b == nil {
		return nil
	}
	return b.head
}

// Get returns the value bound to name.
func (b *Bindings) Get(name string) (term.Term, bool) {
	for n := b.first(); n != nil; n = n.next {
		if n.name == name {
			if n.removed {
				return nil, false
			}
			return n.value, true
		}
	}
	return nil, false
}

// With returns the bindings with name bound to v.
func (b *Bindings) With(name string, v term.Term) *Bindings {
	return &Bindings{head: &binding{name: name, value: v, next: b.first()}}
}

// Without returns the bindings without name.
func (b *Bindings) Without(name string) *Bindings {
	if _, ok := b.Get(name); !ok {
		return b
	}
	return &Bindings{head: &binding{name: name, removed: true, next: b.first()}}
}

// Names returns the bound variable names, sorted.
func (b *Bindings) Names() []string {
	seen := map[string]bool{}
	var names []string
	for n := b.first(); n != nil; n = n.next {
		if seen[n.name] {
			continue
		}
		seen[n.name] = true
		if !n.removed {
			names = append(names, n.name)
		}
	}
	sort.Strings(names)
	return names
}

// Len is the number of bound variables.
func (b *Bindings) Len() int { return len(b.Names()) }
