package errors_wrap_chain

import (
	"errors"
	"fmt"
)

type codeErr struct {
	code int
	err  error
}

func (c *codeErr) Error() string { return fmt.Sprintf("code %d: %v", c.code, c.err) }
func (c *codeErr) Unwrap() error { return c.err }

var ErrBase = errors.New("base")

func Main() {
	e := fmt.Errorf("layer2: %w", &codeErr{404, fmt.Errorf("layer1: %w", ErrBase)})
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrBase))
	var ce *codeErr
	fmt.Println(errors.As(e, &ce), ce.code)
	for err := error(e); err != nil; err = errors.Unwrap(err) {
		fmt.Println(" -", err)
	}
	fmt.Println(fmt.Errorf("no wrap: %v", ErrBase) != nil, errors.Is(fmt.Errorf("%v", ErrBase), ErrBase))
}
