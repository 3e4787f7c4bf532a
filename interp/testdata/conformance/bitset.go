package bitset

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (uint(i) % 64)
}

func (b BitSet) Has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(uint(i)%64)) != 0 }

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b BitSet) String() string {
	var parts []string
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func Main() {
	var b BitSet
	for _, i := range []int{1, 5, 64, 130, 5} {
		b.Set(i)
	}
	fmt.Println(b, b.Count(), b.Has(64), b.Has(63), len(b))
}
