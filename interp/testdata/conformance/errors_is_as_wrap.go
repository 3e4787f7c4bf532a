package errors_is_as_wrap

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func parse() error {
	return fmt.Errorf("config: %w", &ParseError{Line: 3, Msg: "unexpected EOF"})
}

func Main() {
	err := find("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
	err = parse()
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("parse error at line", pe.Line, "-", pe.Msg)
	}
	fmt.Println(err, errors.Is(err, ErrNotFound))
}
