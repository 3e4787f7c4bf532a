package panic_custom_error_type

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func Main() {
	fmt.Println("validating")
	panic(&ValidationError{"email"})
}
