package range_string_forms

import "fmt"

type name string

func Main() {
	s := "aé€\xffz"
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	for _, r := range name("héllo") {
		fmt.Print(string(r))
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)
	for i, r := range "" {
		fmt.Println("never", i, r)
	}
	words := []string{"go", "日本"}
	for _, w := range words {
		for j, c := range w {
			fmt.Print(j, string(c), ";")
		}
	}
	fmt.Println()
}
