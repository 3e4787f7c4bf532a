package utf8_pkg

import (
	"fmt"
	"unicode/utf8"
)

func Main() {
	s := "a€𝄞"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%c %d %U\n", r, size, r)
		s = s[size:]
	}
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'é')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'))
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("\xff"), utf8.RuneError)
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString("héllo")
	fmt.Println(string(last), size, utf8.AppendRune(nil, 'x'))
}
