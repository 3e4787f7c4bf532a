package term

import (
	"math"
	"strconv"
	"strings"
)

// floatDigits is io_lib_format's float_data/1: the 21 significant digits
// of float_to_list/1 ("%.20e") and the exponent of the first one plus one.
func floatDigits(f float64) ([]byte, int) {
	s := strconv.FormatFloat(math.Abs(f), 'e', 20, 64)
	i := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[i+1:])
	return []byte(strings.Replace(s[:i], ".", "", 1)), exp + 1
}

// floatMantissa is float_man/3: intDigits digits, a point and decimals
// digits taken from ds, rounded half up on the next digit; carry reports
// a rounding out of the leftmost digit (which is then '0').
func floatMantissa(ds []byte, intDigits, decimals int) (string, bool) {
	n := intDigits + decimals
	digits := make([]byte, n+1)
	for i := range digits {
		digits[i] = '0'
		if i < len(ds) {
			digits[i] = ds[i]
		}
	}
	carry := digits[n] >= '5'
	digits = digits[:n]
	for i := n - 1; i >= 0 && carry; i-- {
		if digits[i] == '9' {
			digits[i] = '0'
			continue
		}
		digits[i]++
		carry = false
	}
	return string(digits[:intDigits]) + "." + string(digits[intDigits:]), carry
}

func signOf(f float64) string {
	if math.Signbit(f) {
		return "-"
	}
	return ""
}

func floatExp(e int) string {
	if e >= 0 {
		return "e+" + strconv.Itoa(e)
	}
	return "e" + strconv.Itoa(e)
}

// floatE is float_e/3: d.ddde+X with precision significant digits.
func floatE(f float64, precision int) string {
	ds, e := floatDigits(f)
	man, carry := floatMantissa(ds, 1, precision-1)
	if carry {
		return signOf(f) + "1" + man[1:] + floatExp(e)
	}
	return signOf(f) + man + floatExp(e-1)
}

// floatF is float_f/3: plain notation with precision decimals.
func floatF(f float64, precision int) string {
	ds, e := floatDigits(f)
	if e <= 0 {
		ds = append([]byte(strings.Repeat("0", -e+1)), ds...)
		e = 1
	}
	man, carry := floatMantissa(ds, e, precision)
	if carry {
		return signOf(f) + "1" + man
	}
	return signOf(f) + man
}

func fwriteE(f float64, d directive) string {
	p := d.precision
	if p == none {
		p = 6
	}
	if p < 2 {
		fail()
	}
	if d.width == none {
		return floatE(f, p)
	}
	return fieldTerm(floatE(f, p), directive{width: d.width, precision: d.width, left: d.left, pad: d.pad})
}

func fwriteF(f float64, d directive) string {
	p := d.precision
	if p == none {
		p = 6
	}
	if p < 1 {
		fail()
	}
	if d.width == none {
		return floatF(f, p)
	}
	return fieldTerm(floatF(f, p), directive{width: d.width, precision: d.width, left: d.left, pad: d.pad})
}

// fwriteG is fwrite_g/5: ~f for magnitudes from 0.1 up to 10^4 when the
// precision allows, ~e otherwise.
func fwriteG(f float64, d directive) string {
	p := d.precision
	if p == none {
		p = 6
	}
	if p < 1 {
		fail()
	}
	a := math.Abs(f)
	e, plain := 0, true
	switch {
	case a < 0.1:
		e = -2
	case a < 1:
		e = -1
	case a < 10:
		e = 0
	case a < 100:
		e = 1
	case a < 1000:
		e = 2
	case a < 10000:
		e = 3
	default:
		plain = false
	}
	sub := d
	switch {
	case plain && (p <= 1 && e == -1 || p-1 > e && e >= -1):
		sub.precision = p - 1 - e
		return fwriteF(f, sub)
	case p <= 1:
		sub.precision = 2
	}
	return fwriteE(f, sub)
}
