package panic_uncaught_error

import (
	"errors"
	"fmt"
)

func Main() {
	defer fmt.Println("deferred runs before the crash")
	panic(errors.New("fatal: config missing"))
}
