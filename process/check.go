package process

import (
	"runtime"
	"unsafe"

	"goerl/term"
)

// Check is called at every entry from module code into the host and at
// function entries and loop bodies of module code. It ends the calling
// goroutine with runtime.Goexit (once) if its process has a pending kill
// or exit signal, or if its stack is deeper than MaxStack (then with an
// exception error:system_limit, see the package documentation). It is
// cheap when nothing is pending (a stack compare and one atomic load) and
// a no-op on goroutines that are not processes of this runtime or are
// already exiting.
func (rt *Runtime) Check() {
	var marker byte
	if hi := stackHi(); hi-uintptr(unsafe.Pointer(&marker)) > rt.maxStack && hi != 0 {
		rt.stackExhausted()
		return
	}
	if rt.pendingKills.Load() == 0 {
		return
	}
	rt.checkSlow()
}

// stackExhausted ends the calling process for going past MaxStack.
func (rt *Runtime) stackExhausted() {
	e := rt.gs.current()
	if e == nil || e.exiting.Load() {
		return
	}
	x := &term.Exception{Class: classError, Reason: atomSystemLimit, Stack: term.List{}}
	if e.owned {
		// A goroutine the process owns: the process crashes with it.
		e.proc.goroutineCrashed(x)
		e.exiting.Store(true)
		runtime.Goexit()
	}
	e.proc.exitNow(e, x)
}

// stackUsed is how many bytes of stack the calling goroutine uses, or 0
// when this build cannot tell (for tests).
func stackUsed() uintptr {
	var marker byte
	hi := stackHi()
	if hi == 0 {
		return 0
	}
	return hi - uintptr(unsafe.Pointer(&marker))
}
