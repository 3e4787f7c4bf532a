//go:build (amd64 || arm64) && gc

package process

// stackHi returns the high end of the calling goroutine's stack
// (runtime.g.stack.hi, the first field of g since Go 1.5 and still in
// Go 1.26). Reading it fresh on every call stays right after the runtime
// moves a growing stack, which a base address recorded at start does not.
func stackHi() uintptr

// stackLo returns the low end of the calling goroutine's stack
// (runtime.g.stack.lo): hi - lo is the size the stack has grown to.
func stackLo() uintptr

// stackSize is how big the calling goroutine's stack has grown.
func stackSize() uintptr { return stackHi() - stackLo() }

// stackGuarded reports whether this build can measure stack depth.
const stackGuarded = true
