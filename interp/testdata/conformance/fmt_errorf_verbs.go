package fmt_errorf_verbs

import (
	"errors"
	"fmt"
)

func Main() {
	base := errors.New("disk full")
	err := fmt.Errorf("write %s (%d bytes): %w", "log.txt", 512, base)
	fmt.Println(err.Error())
	fmt.Printf("%v\n", err)
	fmt.Printf("%s\n", err)
	fmt.Printf("%q\n", err)
	fmt.Println(fmt.Sprintf("%v", []error{base, nil}))
}
