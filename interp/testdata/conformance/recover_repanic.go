package recover_repanic

import "fmt"

func level3() { panic("deep problem") }

func level2() {
	defer fmt.Println("level2 cleanup")
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1 caught: %v", r)
		}
	}()
	level2()
	return nil
}

func Main() {
	fmt.Println(level1())
	fmt.Println(recover() == nil)
}
