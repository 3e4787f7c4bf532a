package term

import "sort"

// Map is an immutable Erlang map. Keys are kept sorted in term order, which
// is also the order erl prints them in.
type Map struct {
	keys []Term
	vals []Term
}

// NewMap builds a map from key/value pairs; a later pair wins over an
// earlier one with an equal (=:=) key.
func NewMap(keys, vals []Term) *Map {
	m := &Map{}
	for i := range keys {
		m = m.Put(keys[i], vals[i])
	}
	return m
}

// Len is the number of associations.
func (m *Map) Len() int { return len(m.keys) }

// Keys returns the keys in term order. The slice must not be modified.
func (m *Map) Keys() []Term { return m.keys }

// Values returns the values in key order. The slice must not be modified.
func (m *Map) Values() []Term { return m.vals }

func (m *Map) find(k Term) (int, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return CompareExact(m.keys[i], k) >= 0 })
	return i, i < len(m.keys) && CompareExact(m.keys[i], k) == 0
}

// Get returns the value for k (matched with =:=).
func (m *Map) Get(k Term) (Term, bool) {
	if i, ok := m.find(k); ok {
		return m.vals[i], true
	}
	return nil, false
}

// Put returns a new map with k associated to v.
func (m *Map) Put(k, v Term) *Map {
	i, ok := m.find(k)
	n := &Map{}
	if ok {
		n.keys = m.keys
		n.vals = append([]Term(nil), m.vals...)
		n.vals[i] = v
		return n
	}
	n.keys = make([]Term, 0, len(m.keys)+1)
	n.keys = append(append(append(n.keys, m.keys[:i]...), k), m.keys[i:]...)
	n.vals = make([]Term, 0, len(m.vals)+1)
	n.vals = append(append(append(n.vals, m.vals[:i]...), v), m.vals[i:]...)
	return n
}

// Remove returns a new map without k.
func (m *Map) Remove(k Term) *Map {
	i, ok := m.find(k)
	if !ok {
		return m
	}
	n := &Map{}
	n.keys = append(append([]Term(nil), m.keys[:i]...), m.keys[i+1:]...)
	n.vals = append(append([]Term(nil), m.vals[:i]...), m.vals[i+1:]...)
	return n
}
