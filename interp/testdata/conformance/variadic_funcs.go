package variadic_funcs

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(format string, args ...any) string {
	return fmt.Sprintf("[log] "+format, args...)
}

func count(xs ...any) int { return len(xs) }

func Main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(join("/", "a", "b", "c"), join(","))
	fmt.Println(logf("%d items, %s", 3, "ok"))
	fmt.Println(count(nil), count(), count(1, "a", nil))
	ys := []any{1, 2}
	fmt.Println(count(ys...), count(ys))
}
