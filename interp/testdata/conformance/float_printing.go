package float_printing

import "fmt"

func Main() {
	fmt.Println(1.0, 2.5, 1e6, 1e21, 1e-7, 123456789.0, 0.000001)
	fmt.Println(float32(0.1), float32(1)/3, 1.0/3)
	fmt.Println(100.0, -0.0, 3.0e10)
	var f float64 = 7
	fmt.Println(f, f/2, f*1e20)
	fmt.Printf("%v %g %G %.3g %e\n", 1e-5, 1e-5, 1e-20, 3.14159, 0.0)
	fmt.Println(fmt.Sprint(2.0), fmt.Sprint(float32(2.5)))
}
