package fmt_width_precision

import "fmt"

func Main() {
	rows := []struct {
		name  string
		price float64
		qty   int
	}{{"apple", 0.5, 10}, {"watermelon", 3.25, 2}, {"fig", 12, 100}}
	fmt.Printf("%-12s %8s %5s\n", "item", "price", "qty")
	for _, r := range rows {
		fmt.Printf("%-12s %8.2f %5d\n", r.name, r.price, r.qty)
	}
	fmt.Printf("[%.3s] [%8.3s] [%-8.1s]\n", "abcdef", "abcdef", "xyz")
	fmt.Printf("[%v] [%.1f] [%5.1f] [%g]\n", 1.0, 2.25, -3.14159, 1e21)
	fmt.Printf("[%3c] [%-3c]\n", 'x', 'y')
	fmt.Printf("[% d] [%+.1e]\n", 5, 12345.678)
}
