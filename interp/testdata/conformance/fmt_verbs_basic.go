package fmt_verbs_basic

import "fmt"

func Main() {
	fmt.Printf("%d %5d %-5d| %05d %+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x %X %o %b %#x %#o\n", 255, 255, 8, 5, 255, 8)
	fmt.Printf("%f %.2f %8.3f %-8.2f| %e %g\n", 3.14159, 3.14159, 3.14159, 2.5, 123456.789, 0.000012)
	fmt.Printf("%s %q %v %10s|%-10s|\n", "go", "go", "go", "right", "left")
	fmt.Printf("%c %U %q\n", 'A', 'é', 'x')
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "abc")
	fmt.Printf("%%d literal, %d%%\n", 50)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%6.2f%%\n", 99.5)
}
