package errors_custom_type

import (
	"errors"
	"fmt"
)

type NotFoundError struct{ Name string }

func (e NotFoundError) Error() string { return e.Name + " not found" }

type TempError interface {
	error
	Temporary() bool
}

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

func lookup(name string) (int, error) {
	if name == "x" {
		return 1, nil
	}
	if name == "slow" {
		return 0, timeout{}
	}
	return 0, NotFoundError{name}
}

func Main() {
	for _, n := range []string{"x", "y", "slow"} {
		v, err := lookup(n)
		var nf NotFoundError
		var te TempError
		switch {
		case err == nil:
			fmt.Println("found", v)
		case errors.As(err, &nf):
			fmt.Println("missing:", nf.Name)
		case errors.As(err, &te):
			fmt.Println("temporary:", te.Temporary(), te)
		}
	}
}
