package errors_join_multi

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
)

func Main() {
	err := errors.Join(ErrA, ErrB)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA), errors.Is(err, ErrB))
	wrapped := fmt.Errorf("both: %w and %w", ErrA, ErrB)
	fmt.Println(wrapped, errors.Is(wrapped, ErrB))
	fmt.Println(errors.Join(nil, nil) == nil)
}
