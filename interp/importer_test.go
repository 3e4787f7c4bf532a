package interp

import (
	"go/types"
	"sync"
	"testing"
)

// typeCheckSource is a module that imports a compiled package (fmt,
// strings), a generic one (slices) and erl, so that every kind of
// package the importer converts is on the path.
const typeCheckSource = `package t

import (
	"erl"
	"fmt"
	"slices"
	"strings"
)

func F(xs []int) string {
	slices.Sort(xs)
	return fmt.Sprint(strings.Repeat("x", len(xs)), erl.Receive())
}
`

func checkedSource(tb testing.TB, text string) *checked {
	c, diags := check(Source{Module: "t", File: "t.go", Text: []byte(text)})
	if diags != nil {
		tb.Fatal(diags)
	}
	return c
}

// BenchmarkTypeCheck is the type check of one load, most of which was
// converting the imported packages before they were shared (sharedStd).
func BenchmarkTypeCheck(b *testing.B) {
	erl := newFakeErl().symbols()
	for _, bc := range []struct{ name, text string }{
		{"strings", benchModule},
		{"slices", typeCheckSource},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := checkedSource(b, bc.text)
			b.ReportAllocs()
			for b.Loop() {
				if ty := typeCheck(c, erl); len(ty.errs) > 0 {
					b.Fatal(ty.errs)
				}
			}
		})
	}
}

// TestSharedStdConcurrent type-checks modules on several goroutines at
// once, as code servers load in parallel: under -race it fails if a
// check writes to the shared standard packages, and each check must see
// the same fmt package and no type errors.
func TestSharedStdConcurrent(t *testing.T) {
	erl := newFakeErl().symbols()
	const n = 4
	fmts := make(chan *types.Package, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		c := checkedSource(t, typeCheckSource)
		wg.Add(1)
		go func() {
			defer wg.Done()
			ty := typeCheck(c, erl)
			if len(ty.errs) > 0 {
				t.Errorf("type errors: %v", ty.errs)
			}
			for _, imp := range ty.pkg.Imports() {
				if imp.Path() == "fmt" {
					fmts <- imp
				}
			}
		}()
	}
	wg.Wait()
	close(fmts)
	first, count := <-fmts, 1
	for p := range fmts {
		count++
		if p != first {
			t.Errorf("fmt converted again: %p and %p", first, p)
		}
	}
	if first == nil || count != n || first != sharedStd().pkgs["fmt"] {
		t.Errorf("%d checks imported fmt, want %d, all the shared one", count, n)
	}
}
