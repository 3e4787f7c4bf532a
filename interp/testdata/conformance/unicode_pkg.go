package unicode_pkg

import (
	"fmt"
	"unicode"
)

func Main() {
	for _, r := range "aZ3 !é\t" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Q')), unicode.Is(unicode.Greek, 'λ'))
	fmt.Println(unicode.In('世', unicode.Han), unicode.MaxRune)
}
