package process

import (
	"sync"

	"goerl/term"
)

// Dictionary is a process dictionary (put/2, get/1, erase/1, ...): keys
// are compared with =:= and kept in insertion order, which is what get/0
// and get_keys/0 list. (erl lists them in the order of its internal hash
// table, which goerl does not reproduce; for one or two keys the orders
// agree.) It is safe for concurrent use, so process_info-like readers may
// look at another process's dictionary.
//
// A Dictionary belongs to one process and dies with it: the runtime never
// reuses a pid, so whoever keeps dictionaries by pid (the BIF dispatcher)
// hands a new process an empty one, as erl does for a new shell evaluator
// after an exception.
type Dictionary struct {
	mu   sync.Mutex
	keys []term.Term
	vals []term.Term
}

// NewDictionary makes an empty dictionary.
func NewDictionary() *Dictionary { return &Dictionary{} }

func (d *Dictionary) indexLocked(key term.Term) int {
	for i, k := range d.keys {
		if term.ExactEqual(k, key) {
			return i
		}
	}
	return -1
}

// Put stores value under key; it returns the previous value, or
// undefined.
func (d *Dictionary) Put(key, value term.Term) term.Term {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i := d.indexLocked(key); i >= 0 {
		old := d.vals[i]
		d.vals[i] = value
		return old
	}
	d.keys = append(d.keys, key)
	d.vals = append(d.vals, value)
	return term.Undefined
}

// Get is the value under key, or undefined.
func (d *Dictionary) Get(key term.Term) term.Term {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i := d.indexLocked(key); i >= 0 {
		return d.vals[i]
	}
	return term.Undefined
}

// Erase removes key; it returns its value, or undefined.
func (d *Dictionary) Erase(key term.Term) term.Term {
	d.mu.Lock()
	defer d.mu.Unlock()
	i := d.indexLocked(key)
	if i < 0 {
		return term.Undefined
	}
	old := d.vals[i]
	d.keys = append(d.keys[:i:i], d.keys[i+1:]...)
	d.vals = append(d.vals[:i:i], d.vals[i+1:]...)
	return old
}

// List is every entry as [{Key,Value}].
func (d *Dictionary) List() term.List {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make(term.List, len(d.keys))
	for i, k := range d.keys {
		out[i] = term.Tuple{k, d.vals[i]}
	}
	return out
}

// EraseAll empties the dictionary and returns what it held, as List.
func (d *Dictionary) EraseAll() term.List {
	all := d.List()
	d.mu.Lock()
	d.keys, d.vals = nil, nil
	d.mu.Unlock()
	return all
}

// Keys lists the keys.
func (d *Dictionary) Keys() term.List {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append(term.List{}, d.keys...)
}

// KeysOf lists the keys whose value is =:= value.
func (d *Dictionary) KeysOf(value term.Term) term.List {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := term.List{}
	for i, k := range d.keys {
		if term.ExactEqual(d.vals[i], value) {
			out = append(out, k)
		}
	}
	return out
}
