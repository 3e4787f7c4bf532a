#include "textflag.h"

// func stackHi() uintptr
// Reads g.stack.hi: g is at (TLS) and stack{lo,hi} is its first field.
TEXT ·stackHi(SB),NOSPLIT,$0-8
	MOVQ (TLS), AX
	MOVQ 8(AX), AX
	MOVQ AX, ret+0(FP)
	RET

// func stackLo() uintptr
// Reads g.stack.lo, the first word of g.
TEXT ·stackLo(SB),NOSPLIT,$0-8
	MOVQ (TLS), AX
	MOVQ 0(AX), AX
	MOVQ AX, ret+0(FP)
	RET
