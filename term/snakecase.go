package term

import (
	"strings"
	"unicode"
)

// SnakeCase turns a Go name into the Erlang name it is known by (the
// atom of a module function or of a struct field in a map): an
// exported function DoLoop is the function do_loop, a struct field
// HTTPCode the map key http_code; Start → start, Loop2 → loop2. A word
// starts at an upper-case letter that follows a lower-case letter or
// digit, or that ends a run of capitals and is followed by a lower-case
// letter (the S of HTTPServer).
func SnakeCase(goName string) string {
	rs := []rune(goName)
	var b strings.Builder
	b.Grow(len(goName) + 4)
	for i, r := range rs {
		if unicode.IsUpper(r) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || unicode.IsUpper(prev) && nextLower {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
