//go:build !((amd64 || arm64) && gc)

package process

// stackHi is unknown on this architecture: 0 disables the stack guard
// (deep recursion then ends in Go's own fatal stack overflow).
func stackHi() uintptr { return 0 }

// stackGuarded reports whether this build can measure stack depth.
const stackGuarded = false

// stackSize is unknown on this architecture.
func stackSize() uintptr { return 0 }
