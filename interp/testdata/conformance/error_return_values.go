package error_return_values

import (
	"errors"
	"fmt"
	"strconv"
)

func Divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func parseAll(ss []string) ([]int, error) {
	var out []int
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, fmt.Errorf("parseAll: %w", err)
		}
		out = append(out, n)
	}
	return out, nil
}

func Main() {
	if q, err := Divide(7, 2); err == nil {
		fmt.Println(q)
	}
	_, err := Divide(1, 0)
	fmt.Println(err)
	fmt.Println(parseAll([]string{"1", "2"}))
	_, err = parseAll([]string{"1", "x"})
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
}
