package term

import (
	"math"
	"strconv"
	"strings"
)

// exactIntLimit is 2^53: from there on every float is an integer that the
// plain notation would print with misleading trailing zeros, so erl always
// switches to the exponent form.
const exactIntLimit = 1 << 53

// FormatFloat prints a float as erl does (io_lib_format:fwrite_g/1, that is
// float_to_list(F, [short])): the shortest digits that read back exactly,
// in plain notation when that is not longer than the exponent notation and
// the magnitude is below 2^53, otherwise as d.ddde[-]N.
func FormatFloat(f float64) string {
	s := strconv.FormatFloat(math.Abs(f), 'e', -1, 64) // d.ddde±XX
	i := strings.IndexByte(s, 'e')
	digits := strings.Replace(s[:i], ".", "", 1)
	exp, _ := strconv.Atoi(s[i+1:])

	frac := digits[1:]
	if frac == "" {
		frac = "0"
	}
	sci := digits[:1] + "." + frac + "e" + strconv.Itoa(exp)

	var plain string
	switch {
	case exp < 0:
		plain = "0." + strings.Repeat("0", -exp-1) + digits
	case exp+1 >= len(digits):
		plain = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	default:
		plain = digits[:exp+1] + "." + digits[exp+1:]
	}
	out := sci
	if len(plain) <= len(sci) && math.Abs(f) < exactIntLimit {
		out = plain
	}
	if math.Signbit(f) {
		out = "-" + out
	}
	return out
}
