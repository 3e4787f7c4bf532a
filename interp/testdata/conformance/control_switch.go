package control_switch

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "unknown"
}

func Main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for d := 0; d < 8; d++ {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 5:
		fmt.Println("five")
		fallthrough
	case 6:
		fmt.Println("six (fallthrough)")
	case 7:
		fmt.Println("seven")
	}
}
