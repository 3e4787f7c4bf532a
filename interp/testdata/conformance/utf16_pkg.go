package utf16_pkg

import (
	"fmt"
	"unicode/utf16"
)

func Main() {
	enc := utf16.Encode([]rune("a𝄞"))
	fmt.Println(enc, len(enc))
	fmt.Println(string(utf16.Decode(enc)))
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %v\n", r1, r2, utf16.IsSurrogate(r1))
}
