package algo_caesar

import (
	"fmt"
	"strings"
)

func shift(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func Main() {
	enc := shift("Hello, World!", 3)
	fmt.Println(enc)
	fmt.Println(shift(enc, -3))
	fmt.Println(shift("xyz", 4))
}
