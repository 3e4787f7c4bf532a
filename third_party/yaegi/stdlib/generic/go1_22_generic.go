//go:build go1.22
// +build go1.22

package generic

import _ "embed"

//go:embed go1_22_cmp_cmp.go.txt
var cmpSource string

//go:embed go1_22_maps_maps.go.txt
var mapsSource string

//go:embed go1_22_slices_slices.go.txt
var slicesSource string

// goerl: sorting and iterators for slices, iterators and Clone for maps.
//
//go:embed goerl_slices_sort.go.txt
var goerlSlicesSource string

//go:embed goerl_maps_iter.go.txt
var goerlMapsSource string

/*
//go:embed go1_22_slices_sort.go.txt
var slicesSource1 string

//go:embed go1_22_slices_zsortanyfunc.go.txt
var slicesSource2 string

//go:embed go1_22_sync_oncefunc.go.txt
var syncSource string

//go:embed go1_22_sync_atomic_type.go.txt
var syncAtomicSource string
*/

// Sources contains the list of generic packages source strings.
var Sources = [...]string{
	cmpSource,
	mapsSource,
	slicesSource + goerlSlicesSource, // goerl: one file (see goerl_slices_sort.go.txt)
	goerlMapsSource,                  // goerl
	// FIXME(marc): support the following.
	// slicesSource1,
	// slicesSource2,
	// syncAtomicSource,
	// syncSource,
}
