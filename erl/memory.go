package erl

import (
	"reflect"
)

// Grow is what the source rewrite calls before make(T, n) (see package
// interp): t is a nil value of T (a slice, map or channel type), n the
// length, capacity or size hint. It returns n, after checking the
// allocation against the runtime's memory budgets (error:system_limit
// when it is over them).
func (a *api) Grow(t any, n int) int {
	if n > 0 {
		a.ctx.Runtime.Alloc(saturatedMul(n, elemSize(reflect.TypeOf(t))))
	}
	return n
}

// GrowAppend is what the rewrite calls before an append of k elements
// to s that needs a bigger array: it checks the array append will make.
func (a *api) GrowAppend(s any, k int) {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Slice || k <= 0 {
		return
	}
	need := v.Len() + k
	// append's growth: double small slices, a quarter more for big ones.
	c := v.Cap()
	grown := c + c/4
	if c < 256 {
		grown = 2 * c
	}
	if grown < need {
		grown = need
	}
	a.ctx.Runtime.Alloc(saturatedMul(grown, int(v.Type().Elem().Size())))
}

func elemSize(t reflect.Type) int {
	if t == nil {
		return 1
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Chan:
		return max(int(t.Elem().Size()), 1)
	case reflect.Map:
		// A map entry holds its key and value, plus about 8 bytes of
		// bucket overhead.
		return int(t.Key().Size()+t.Elem().Size()) + 8
	}
	return 1
}

// saturatedMul is n*size, or the largest int when that overflows.
func saturatedMul(n, size int) int {
	if size != 0 && n > int(^uint(0)>>1)/size {
		return int(^uint(0) >> 1)
	}
	return n * size
}
