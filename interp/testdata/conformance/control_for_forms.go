package control_for_forms

import "fmt"

func Main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("three-clause:", sum)

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("while:", n)

	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println("forever:", count)

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
}
