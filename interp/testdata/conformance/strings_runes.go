package strings_runes

import (
	"fmt"
	"unicode/utf8"
)

func Main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(s[1], s[0:1], []byte(s[:3]))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]), rs[1])
	for i := 0; i < 3; i++ {
		fmt.Printf("%c", s[i])
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), string(rune(65)), string(rs[1]))
}
