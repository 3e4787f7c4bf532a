package interp

import (
	"strings"
	"unicode"
)

// SnakeCase turns an exported Go name into the Erlang function name the
// shell uses: DoLoop → do_loop, Start → start, HTTPServer → http_server,
// Loop2 → loop2. A word starts at an upper-case letter that follows a
// lower-case letter or digit, or that ends a run of capitals and is
// followed by a lower-case letter (the S of HTTPServer).
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
