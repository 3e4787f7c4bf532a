package eval

import "goerl/term"

// varSet is the set of bound variable names at a point of a command, as
// the pre-check (check.go) follows it. It is persistent: with and
// without return a new set and leave the old one as it was, sharing all
// but O(log n) nodes with it. The check keeps many sets alive at once
// (the bindings before and after each expression, each clause's own),
// and a command of n bindings used to copy an n-entry map per binding:
// 10,000 bindings took 15 s to check. Now each costs O(log n).
//
// The set is a treap: a binary search tree on the names whose shape is
// fixed by per-name priorities taken from a hash, so it stays balanced
// without rebalancing state.
type varSet struct{ root *varNode }

// varNode is a node of a treap; Bindings (bindings.go) uses the same
// trees with values.
type varNode struct {
	name        string
	value       term.Term
	prio        uint64
	left, right *varNode
}

// priority is the name's FNV-1a hash, mixed so that names differing in
// their last character (A1, A2, ...) get unrelated priorities; a fixed
// function keeps the trees the same on every run.
func priority(name string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 1099511628211
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

func newVarSet(names ...string) varSet {
	var s varSet
	for _, n := range names {
		s = s.with(n)
	}
	return s
}

func (s varSet) has(name string) bool { return s.node(name) != nil }

// with returns s plus name.
func (s varSet) with(name string) varSet {
	if s.has(name) {
		return s
	}
	return varSet{insert(s.root, name, nil)}
}

// insert returns the tree with name bound to value, replacing an
// existing binding of name.
func insert(n *varNode, name string, value term.Term) *varNode {
	if n == nil {
		return &varNode{name: name, value: value, prio: priority(name)}
	}
	c := *n
	if name == n.name {
		c.value = value
		return &c
	}
	if name < n.name {
		c.left = insert(n.left, name, value)
		if c.left.prio > c.prio {
			l := *c.left
			c.left, l.right = l.right, &c
			return &l
		}
	} else {
		c.right = insert(n.right, name, value)
		if c.right.prio > c.prio {
			r := *c.right
			c.right, r.left = r.left, &c
			return &r
		}
	}
	return &c
}

// without returns s minus name.
func (s varSet) without(name string) varSet {
	if !s.has(name) {
		return s
	}
	return varSet{remove(s.root, name)}
}

func remove(n *varNode, name string) *varNode {
	switch {
	case name < n.name:
		c := *n
		c.left = remove(n.left, name)
		return &c
	case name > n.name:
		c := *n
		c.right = remove(n.right, name)
		return &c
	}
	return merge(n.left, n.right)
}

// merge joins two treaps whose names are all smaller in a than in b.
func merge(a, b *varNode) *varNode {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case a.prio > b.prio:
		c := *a
		c.right = merge(a.right, b)
		return &c
	default:
		c := *b
		c.left = merge(a, b.left)
		return &c
	}
}

// union returns s plus every name of t. When t was made from s by adding
// names (a clause's bindings from the bindings before it), the subtrees
// they still share are skipped: a node of t that is also s's node for
// its name roots the same subtree in both, nodes being immutable.
func (s varSet) union(t varSet) varSet {
	out := s
	var walk func(n *varNode)
	walk = func(n *varNode) {
		if n == nil || s.node(n.name) == n {
			return
		}
		out = out.with(n.name)
		walk(n.left)
		walk(n.right)
	}
	walk(t.root)
	return out
}

// node is s's node for name, or nil.
func (s varSet) node(name string) *varNode { return lookup(s.root, name) }

func lookup(n *varNode, name string) *varNode {
	for n != nil && n.name != name {
		if name < n.name {
			n = n.left
		} else {
			n = n.right
		}
	}
	return n
}

// inOrder calls f for every node of the tree rooted at n, by name.
func inOrder(n *varNode, f func(*varNode)) {
	for n != nil {
		inOrder(n.left, f)
		f(n)
		n = n.right
	}
}
