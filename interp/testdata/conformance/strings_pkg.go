package strings_pkg

import (
	"fmt"
	"strings"
)

func Main() {
	s := "  Hello, World! Hello!  "
	fmt.Println(strings.Contains(s, "World"), strings.Count(s, "Hello"), strings.Index(s, "o"))
	fmt.Println(strings.LastIndex(s, "Hello"), strings.HasPrefix(s, "  H"), strings.HasSuffix(s, "!"))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Trim(s, " !"))
	fmt.Println(strings.ToUpper("abc"), strings.ToLower("ABC"), strings.Title("x"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "bb"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Printf("%q\n", strings.Fields(" a  b\tc\n"))
	fmt.Println(strings.SplitN("a=b=c", "=", 2), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexByte("hello", 'l'), strings.IndexRune("chicken", 'k'), strings.ContainsAny("abc", "xyzc"))
}
