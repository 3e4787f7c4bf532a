#include "textflag.h"

// func stackHi() uintptr
// Reads g.stack.hi: g is at (TLS) and stack{lo,hi} is its first field.
TEXT ·stackHi(SB),NOSPLIT,$0-8
	MOVQ (TLS), AX
	MOVQ 8(AX), AX
	MOVQ AX, ret+0(FP)
	RET
