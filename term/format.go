package term

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Format is io_lib:format/2 (what io:format prints), OTP 25: the
// directives ~p ~P ~w ~W ~s ~c ~e ~f ~g ~b ~B ~x ~X ~+ ~# ~i ~n ~~ with
// field width, precision, pad character and the t and l modifiers.
//
// format is a Go string, or an Erlang string, atom or binary. column is
// how many characters are already on the current line (0 at a line
// start), so that ~p lays out its continuation lines like erl does; erl's
// io:format always starts at 0.
//
// A refused call returns a *FormatError, to be raised as badarg.
func Format(format Term, args []Term, column int) (string, error) {
	return FormatWithin(format, args, column, Limits{})
}

// FormatWithin is Format within an allocation budget: a field width or
// precision that would pad beyond it (io:format("~*c", [1 bsl 40, $a]))
// is refused with a *FormatError of kind TooLarge, which callers raise as
// system_limit.
func FormatWithin(format Term, args []Term, column int, lim Limits) (string, error) {
	f, ok := formatChars(format)
	if !ok {
		return "", &FormatError{Kind: InvalidFormat, Arg: 1, Lines: []string{"not a valid format string"}}
	}
	types, invalid := lintFormat(f)
	switch {
	case invalid != "":
		return "", &FormatError{Kind: BadFormat, Arg: 1, Lines: []string{"format string invalid (" + invalid + ")"}}
	case len(types) != len(args):
		return "", wrongArgCount(format)
	}
	if lines := checkArgTypes(types, args); len(lines) > 0 {
		return "", &FormatError{Kind: BadArgType, Arg: 2, Lines: lines}
	}
	out, ok := formatter{col: max(column, 0), lim: lim}.run(f, args)
	if !ok && out == tooLarge {
		return "", &FormatError{Kind: TooLarge, Arg: 2, Lines: []string{"a system limit has been reached"}}
	}
	if !ok {
		return "", &FormatError{Kind: FormatFailed, Arg: 1, Lines: []string{"failed to format string"}}
	}
	return out, nil
}

// formatChars is the format as characters: a binary's bytes are Latin-1
// characters, as in io_lib_format:scan/2.
func formatChars(format Term) ([]rune, bool) {
	switch v := format.(type) {
	case string:
		return []rune(v), true
	case Atom:
		return []rune(string(v)), true
	case Binary:
		rs := make([]rune, len(v))
		for i, c := range v {
			rs[i] = rune(c)
		}
		return rs, true
	case List:
		rs := make([]rune, len(v))
		for i, e := range v {
			c, ok := e.(int)
			if !ok || c < 0 || c > utf8.MaxRune {
				return nil, false
			}
			rs[i] = rune(c)
		}
		return rs, true
	}
	return nil, false
}

// formatFailure aborts a formatting that erl would crash in; run turns it
// into a false result.
type formatFailure struct{}

func fail() { panic(formatFailure{}) }

// formatter runs io_lib_format over one format, tracking the column the
// way build_limited/5 does so that ~p knows where it starts.
type formatter struct {
	out strings.Builder
	col int
	lim Limits
}

// tooLarge is run's output when a directive's padding would exceed the
// allocation budget.
const tooLarge = "\x00too large"

// formatTooLarge is the panic value of a directive over the budget.
type formatTooLarge struct{}

// none marks a field width, precision or depth that was not given.
const none = -1

// directive is one control sequence after collect_cseq/2.
type directive struct {
	control   rune
	width     int // none or >= 0
	left      bool
	precision int
	pad       rune
	unicode   bool
	strings   bool
	args      []Term
}

func (fm formatter) run(f []rune, args []Term) (out string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, over := r.(formatTooLarge); over {
				out, ok = tooLarge, false
				return
			}
			if _, isFailure := r.(formatFailure); !isFailure {
				panic(r)
			}
			out, ok = "", false
		}
	}()
	for i := 0; i < len(f); {
		if f[i] != '~' {
			fm.emit(string(f[i]))
			i++
			continue
		}
		var d directive
		i, args, d = collect(f, i+1, args)
		fm.checkSize(d)
		fm.emit(fm.control(d))
	}
	if len(args) != 0 {
		fail()
	}
	return fm.out.String(), true
}

// checkSize refuses a directive whose field width or precision would
// make it pad beyond the allocation budget (counted as list cells, what
// io_lib:format returns). ~p and ~P take the width as a line length and
// pad nothing.
func (fm *formatter) checkSize(d directive) {
	if d.control == 'p' || d.control == 'P' {
		return
	}
	for _, n := range []int{d.width, d.precision} {
		if n > 0 && !fm.lim.Fits(n, CellBytes) {
			panic(formatTooLarge{})
		}
	}
}

// emit appends s and advances the column as indentation/2 counts it.
func (fm *formatter) emit(s string) {
	fm.out.WriteString(s)
	for _, r := range s {
		switch r {
		case '\n':
			fm.col = 0
		case '\t':
			fm.col = (fm.col + 8) / 8 * 8
		default:
			fm.col++
		}
	}
}

// collect is collect_cseq/2: it reads one directive starting after its
// '~' and takes the arguments it uses.
func collect(f []rune, i int, args []Term) (int, []Term, directive) {
	at := func(i int) rune {
		if i < len(f) {
			return f[i]
		}
		return -1
	}
	value := func() int {
		if at(i) == '*' && len(args) > 0 {
			if n, ok := args[0].(int); ok {
				args = args[1:]
				i++
				return n
			}
		}
		if at(i) < '0' || at(i) > '9' {
			return none
		}
		n := 0
		for at(i) >= '0' && at(i) <= '9' {
			n = n*10 + int(at(i)-'0')
			i++
		}
		return n
	}
	d := directive{width: none, precision: none, pad: ' ', strings: true}
	if at(i) == '-' {
		i++
		w := value()
		if w == none {
			fail() // -none: badarith in io_lib_format
		}
		d.width, d.left = w, true
	} else if w := value(); w != none {
		d.width = w
		if w < 0 { // a negative '*' width
			d.width, d.left = -w, true
		}
	}
	if at(i) == '.' {
		i++
		d.precision = value()
	}
	switch {
	case at(i) == '.' && at(i+1) == '*' && len(args) > 0:
		p, ok := args[0].(int)
		if !ok {
			fail()
		}
		d.pad, args, i = rune(p), args[1:], i+2
	case at(i) == '.' && at(i+1) >= 0:
		d.pad, i = at(i+1), i+2
	}
	for ; at(i) == 't' || at(i) == 'l'; i++ {
		if at(i) == 't' {
			d.unicode = true
		} else {
			d.strings = false
		}
	}
	d.control = at(i)
	if d.control < 0 {
		fail()
	}
	n := 1
	switch d.control {
	case '~', 'n':
		n = 0
	case 'W', 'P', 'x', 'X':
		n = 2
	case 'w', 'p', 's', 'e', 'f', 'g', 'b', 'B', '+', '#', 'c', 'i':
	default:
		fail()
	}
	if len(args) < n {
		fail()
	}
	d.args, args = args[:n], args[n:]
	return i + 1, args, d
}

// control is control_small/7 and control_limited/10 together.
func (fm *formatter) control(d directive) string {
	enc := Latin1
	if d.unicode {
		enc = Unicode
	}
	switch d.control {
	case 'w':
		return fieldTerm(Write(d.args[0], Unlimited, enc), d)
	case 'W':
		return fieldTerm(Write(d.args[0], asInt(d.args[1]), enc), d)
	case 'p':
		return fm.pretty(d, Unlimited)
	case 'P':
		return fm.pretty(d, asInt(d.args[1]))
	case 's':
		return fieldString(stringArgChars(d.args[0], d.unicode), d)
	case 'e':
		return fwriteE(asFloat(d.args[0]), d)
	case 'f':
		return fwriteF(asFloat(d.args[0]), d)
	case 'g':
		return fwriteG(asFloat(d.args[0]), d)
	case 'b', 'B':
		return fieldInteger(integerText(d.args[0], base(d), d.control == 'b', ""), d)
	case 'x', 'X':
		return fieldInteger(integerText(d.args[0], base(d), d.control == 'x', prefixChars(d.args[1])), d)
	case '+', '#':
		return fieldInteger(integerText(d.args[0], base(d), d.control == '+', itoa(base(d))+"#"), d)
	case 'c':
		c := asInt(d.args[0])
		if !d.unicode {
			c &= 255
		}
		if c < 0 || c > utf8.MaxRune {
			fail()
		}
		return fieldChar(rune(c), d)
	case '~':
		return fieldChar('~', d)
	case 'n':
		if d.width == none {
			return "\n"
		}
		if d.left {
			fail()
		}
		return strings.Repeat("\n", d.width)
	case 'i':
		return ""
	}
	fail()
	return ""
}

// pretty is io_lib_format's print/10: the field width is the line
// length, the precision the column, and only right adjustment exists.
func (fm *formatter) pretty(d directive, depth int) string {
	if d.left {
		fail()
	}
	if depth == 0 {
		return "..."
	}
	ll, col := d.width, d.precision
	if ll == none {
		ll = 80
	}
	if col == none {
		col = fm.col + 1
	}
	if ll == 0 { // line_length 0: never break
		ll = math.MaxInt32
	}
	enc := Latin1
	if d.unicode {
		enc = Unicode
	}
	return Pretty(d.args[0], PrettyOptions{Column: col, LineLength: ll, Depth: depth, Strings: d.strings, Encoding: enc})
}

func asInt(t Term) int {
	n, ok := t.(int)
	if !ok {
		fail()
	}
	return n
}

func asFloat(t Term) float64 {
	f, ok := t.(float64)
	if !ok {
		fail()
	}
	return f
}

func base(d directive) int {
	if d.precision == none {
		return 10
	}
	if d.precision < 2 || d.precision > 36 {
		fail()
	}
	return d.precision
}

// integerText is (un)prefixed_integer/7 without the field: digits in
// base, upper case unless lower, after the prefix and any minus sign.
func integerText(t Term, base int, lower bool, prefix string) string {
	var n *big.Int
	switch v := t.(type) {
	case int:
		n = big.NewInt(int64(v))
	case *big.Int:
		n = v
	default:
		fail()
	}
	digits := new(big.Int).Abs(n).Text(base)
	if !lower {
		digits = strings.ToUpper(digits)
	}
	if n.Sign() < 0 {
		return "-" + prefix + digits
	}
	return prefix + digits
}

// prefixChars is ~x's prefix: an atom's text or a deep character list.
func prefixChars(t Term) string {
	if a, ok := t.(Atom); ok {
		return string(a)
	}
	if _, ok := t.(List); !ok {
		fail()
	}
	s, ok := ToGoString(t)
	if !ok || containsBinary(t) {
		fail()
	}
	return s
}

func containsBinary(t Term) bool {
	switch v := t.(type) {
	case Binary:
		return true
	case List:
		for _, e := range v {
			if containsBinary(e) {
				return true
			}
		}
	}
	return false
}

// stringArgChars is ~s's argument as characters: iolist_to_chars/1 on a
// Latin-1 device (bytes of binaries are characters, nothing above 255),
// cdata_to_chars/1 for ~ts (binaries decoded as UTF-8 when they are).
func stringArgChars(t Term, unicode bool) []rune {
	if a, ok := t.(Atom); ok {
		rs := []rune(string(a))
		if !unicode {
			for _, r := range rs {
				if r > 255 {
					fail()
				}
			}
		}
		return rs
	}
	var out []rune
	var walk func(t Term)
	walk = func(t Term) {
		switch v := t.(type) {
		case List:
			for _, e := range v {
				if c, ok := e.(int); ok {
					if c < 0 || !unicode && c > 255 || c > utf8.MaxRune {
						fail()
					}
					out = append(out, rune(c))
					continue
				}
				walk(e)
			}
		case Binary:
			if unicode && utf8.Valid(v) {
				out = append(out, []rune(string(v))...)
				return
			}
			for _, c := range v {
				out = append(out, rune(c))
			}
		default:
			fail()
		}
	}
	walk(t)
	return out
}

func pad(c rune, n int) string { return strings.Repeat(string(c), max(n, 0)) }

func adjust(data, padding string, left bool) string {
	if left {
		return data + padding
	}
	return padding + data
}

// fieldString is string/6: ~s's width truncates or pads, its precision
// cuts the text first.
func fieldString(s []rune, d directive) string {
	n := len(s)
	f, p := d.width, d.precision
	switch {
	case f == none && p == none:
		return string(s)
	case p == none:
		return stringField(s, f, d.left, d.pad)
	case f == none:
		return stringField(s, p, true, d.pad)
	case f < p:
		fail()
	case f > p:
		switch {
		case n > p:
			return adjust(string(s[:p]), pad(d.pad, f-p), d.left)
		case n < p:
			return adjust(string(s)+pad(d.pad, p-n), pad(d.pad, f-p), d.left)
		}
		return adjust(string(s), pad(d.pad, f-p), d.left)
	}
	return stringField(s, f, d.left, d.pad)
}

func stringField(s []rune, f int, left bool, padChar rune) string {
	switch n := len(s); {
	case n > f:
		return string(s[:f])
	case n < f:
		return adjust(string(s), pad(padChar, f-n), left)
	}
	return string(s)
}

// fieldTerm is term/5: a field too narrow for the text fills with '*'.
func fieldTerm(t string, d directive) string {
	f, p0 := d.width, d.precision
	if f == none && p0 == none {
		return t
	}
	if f == none {
		f = p0
	}
	l := utf8.RuneCountInString(t)
	p := f
	if p0 != none {
		p = min(p0, f)
	}
	p = min(l, p)
	if l > p {
		return adjust(pad('*', p), pad(d.pad, f-p), d.left)
	}
	return adjust(t, pad(d.pad, f-l), d.left)
}

// fieldInteger is term/5 as the integer directives call it: their
// precision is the base, not a cut.
func fieldInteger(t string, d directive) string {
	d.precision = none
	return fieldTerm(t, d)
}

// fieldChar is char/5: the width repeats the character.
func fieldChar(c rune, d directive) string {
	f, p := d.width, d.precision
	switch {
	case f == none && p == none:
		return string(c)
	case p == none:
		return pad(c, f)
	case f == none:
		return pad(c, p)
	case f >= p:
		return adjust(pad(c, p), pad(d.pad, f-p), d.left)
	}
	fail()
	return ""
}
