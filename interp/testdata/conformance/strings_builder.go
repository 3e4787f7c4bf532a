package strings_builder

import (
	"fmt"
	"strings"
)

func Main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d^2=%d", i, i*i)
	}
	b.WriteByte('.')
	b.WriteRune('✓')
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	b.WriteString("fresh")
	fmt.Println(b.String(), b.Len())
}
