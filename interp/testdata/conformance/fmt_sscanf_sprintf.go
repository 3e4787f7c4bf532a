package fmt_sscanf_sprintf

import "fmt"

func Main() {
	var name string
	var age int
	n, err := fmt.Sscanf("alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	fmt.Sscan("3 4", &a, &b)
	fmt.Println(a + b)
	s := fmt.Sprintf("%s is %d", name, age)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%08.3f|%x|%X", 3.14159, -255, "Go"))
}
