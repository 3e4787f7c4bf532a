package fmt_sprint_spacing

import "fmt"

func Main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 3, 4, "y"))
	fmt.Println(fmt.Sprintln("a", 1) == "a 1\n")
	fmt.Print("no newline", 1, 2, "\n")
	fmt.Println(nil, []string(nil), map[int]int(nil))
	var err error
	fmt.Println(err)
	fmt.Printf("%v|%s|%d\n", nil, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
}
