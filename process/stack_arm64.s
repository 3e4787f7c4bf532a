#include "textflag.h"

// func stackHi() uintptr
// Reads g.stack.hi: g lives in its register and stack{lo,hi} is its first field.
TEXT ·stackHi(SB),NOSPLIT,$0-8
	MOVD g, R0
	MOVD 8(R0), R0
	MOVD R0, ret+0(FP)
	RET

// func stackLo() uintptr
// Reads g.stack.lo, the first word of g.
TEXT ·stackLo(SB),NOSPLIT,$0-8
	MOVD g, R0
	MOVD 0(R0), R0
	MOVD R0, ret+0(FP)
	RET
