package strings_compare_sort

import (
	"fmt"
	"sort"
	"strings"
)

func Main() {
	fmt.Println("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	words := []string{"pear", "Apple", "fig", "banana"}
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}
