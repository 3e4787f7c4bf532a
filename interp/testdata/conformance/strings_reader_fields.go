package strings_reader_fields

import (
	"fmt"
	"strings"
	"unicode"
)

func Main() {
	f := strings.FieldsFunc("one1two22three", unicode.IsDigit)
	fmt.Println(f, len(f))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.LastIndexByte("a/b/c", '/'))
	rd := strings.NewReader("hello")
	buf := make([]byte, 3)
	n, _ := rd.Read(buf)
	fmt.Println(n, string(buf[:n]), rd.Len())
}
