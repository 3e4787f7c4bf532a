package builtins

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"strings"

	"goerl/term"
)

// The rest of stdlib's binary module: parts, copies, byte access,
// searching (match, matches, replace), common prefixes and unsigned
// integer codecs. Every bad argument is badarg, as the module's BIFs
// raise it.

// binArg is a binary argument of the binary module, or badarg.
func binArg(t term.Term) term.Binary {
	b, ok := t.(term.Binary)
	if !ok {
		badarg()
	}
	return b
}

// posLen reads a {Pos, Len} part of b (Len may be negative) as a slice
// range.
func posLen(b term.Binary, t term.Term) (int, int) {
	pl, ok := t.(term.Tuple)
	if !ok || len(pl) != 2 {
		badarg()
	}
	s, ok1 := pl[0].(int)
	n, ok2 := pl[1].(int)
	if !ok1 || !ok2 {
		badarg()
	}
	// A negative length counts back from Pos, as binary:part documents:
	// part(<<1,2,3>>, {3, -2}) is <<2,3>>.
	if n < 0 {
		s, n = s+n, -n
	}
	if s < 0 || s+n > len(b) {
		badarg()
	}
	return s, s + n
}

// patterns reads a binary:match pattern: a non-empty binary or a list
// of them.
func patterns(t term.Term) [][]byte {
	var pats [][]byte
	switch p := t.(type) {
	case term.Binary:
		pats = append(pats, p)
	case term.List:
		for _, x := range p {
			pats = append(pats, binArg(x))
		}
	default:
		badarg()
	}
	if len(pats) == 0 {
		badarg()
	}
	for _, p := range pats {
		// An empty pattern would match everywhere without advancing; erl
		// rejects it with badarg, and so does goerl.
		if len(p) == 0 {
			badarg()
		}
	}
	return pats
}

// searchOpts reads {scope,{Pos,Len}} (and, for replace, global and
// {insert_replaced,N}) into the searched range.
type searchOpts struct {
	from, to int
	global   bool
	insert   []int
}

// readSearchOpts parses the options list of match/3, matches/3 (scope
// only) and replace/4; an option the function does not take is badarg,
// as in erl, rather than ignored.
func readSearchOpts(b term.Binary, t term.Term, replace bool) searchOpts {
	o := searchOpts{to: len(b)}
	l, ok := t.(term.List)
	if !ok {
		badarg()
	}
	for _, x := range l {
		switch v := x.(type) {
		case term.Atom:
			if v != "global" || !replace {
				badarg()
			}
			o.global = true
		case term.Tuple:
			switch {
			case len(v) == 2 && v[0] == term.Atom("scope"):
				o.from, o.to = posLen(b, v[1])
			case len(v) == 2 && replace && v[0] == term.Atom("insert_replaced"):
				switch n := v[1].(type) {
				case int:
					o.insert = []int{n}
				case term.List:
					for _, e := range n {
						i, ok := e.(int)
						if !ok {
							badarg()
						}
						o.insert = append(o.insert, i)
					}
				default:
					badarg()
				}
			default:
				badarg()
			}
		default:
			badarg()
		}
	}
	return o
}

// findFirst is the leftmost, then longest, match of pats in b[from:to].
// That is erl's rule for several patterns: the match starting first wins,
// and of matches starting at the same byte the longest
// (match(<<"abcde">>, [<<"bcde">>, <<"cd">>]) is {1,4}). One bytes.Index
// per pattern is simple and enough for the shell's small pattern lists.
func findFirst(b []byte, pats [][]byte, from, to int) (int, int) {
	at, n := -1, 0
	for _, p := range pats {
		if i := bytes.Index(b[from:to], p); i >= 0 && (at < 0 || from+i < at || from+i == at && len(p) > n) {
			at, n = from+i, len(p)
		}
	}
	return at, n
}

// findAll is binary:matches: leftmost-longest matches that do not
// overlap, each search resuming after the previous match. Patterns are
// never empty, so the loop always advances.
func findAll(b []byte, pats [][]byte, from, to int) [][2]int {
	var out [][2]int
	for from <= to {
		at, n := findFirst(b, pats, from, to)
		if at < 0 {
			break
		}
		out = append(out, [2]int{at, n})
		from = at + n
	}
	return out
}

// binaryReplace is binary:replace/4: the first match, or with global
// every non-overlapping one, is replaced by repl; insert_replaced N
// copies the matched part into the replacement before byte N of it (a
// list of positions inserts it at each). The whole options list is
// validated before any searching, so a bad option is badarg even when
// nothing matches.
func binaryReplace(subject, pattern, repl, options term.Term) term.Term {
	b := binArg(subject)
	pats := patterns(pattern)
	r := binArg(repl)
	o := readSearchOpts(b, options, true)
	for _, i := range o.insert {
		if i < 0 || i > len(r) {
			badarg()
		}
	}
	var hits [][2]int
	if o.global {
		hits = findAll(b, pats, o.from, o.to)
	} else if at, n := findFirst(b, pats, o.from, o.to); at >= 0 {
		hits = [][2]int{{at, n}}
	}
	var out []byte
	last := 0
	for _, h := range hits {
		out = append(out, b[last:h[0]]...)
		matched := b[h[0] : h[0]+h[1]]
		prev := 0
		for _, i := range o.insert {
			out = append(out, r[prev:i]...)
			out = append(out, matched...)
			prev = i
		}
		out = append(out, r[prev:]...)
		last = h[0] + h[1]
	}
	return term.Binary(append(out, b[last:]...))
}

// encodeUnsigned is binary:encode_unsigned/2: the shortest byte string
// for a non-negative integer, with 0 as <<0>> rather than <<>>.
func encodeUnsigned(t, endian term.Term) term.Term {
	n := term.ToBig(t)
	if n == nil || n.Sign() < 0 {
		badarg()
	}
	out := n.Bytes()
	if len(out) == 0 {
		out = []byte{0}
	}
	switch endian {
	case term.Atom("big"):
	case term.Atom("little"):
		out = reversedBytes(out)
	default:
		badarg()
	}
	return term.Binary(out)
}

// decodeUnsigned is binary:decode_unsigned/2; <<>> decodes as 0, and the
// result may be a bignum.
func decodeUnsigned(t, endian term.Term) term.Term {
	b := []byte(binArg(t))
	switch endian {
	case term.Atom("big"):
	case term.Atom("little"):
		b = reversedBytes(b)
	default:
		badarg()
	}
	return term.BigInt(new(big.Int).SetBytes(b))
}

func reversedBytes(b []byte) []byte {
	out := make([]byte, len(b))
	for i, x := range b {
		out[len(b)-1-i] = x
	}
	return out
}

// commonAffix is longest_common_prefix/suffix of a list of binaries.
func commonAffix(t term.Term, suffix bool) term.Term {
	l, ok := t.(term.List)
	if !ok || len(l) == 0 {
		badarg()
	}
	bins := make([][]byte, len(l))
	for i, x := range l {
		bins[i] = binArg(x)
		if suffix {
			bins[i] = reversedBytes(bins[i])
		}
	}
	// The common length only shrinks, so comparing each binary with the
	// first is enough.
	n := len(bins[0])
	for _, b := range bins[1:] {
		k := 0
		for k < n && k < len(b) && b[k] == bins[0][k] {
			k++
		}
		n = k
	}
	return n
}

func binarySearchBIFs() []Entry {
	bin := func(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
		return modBIF("binary", name, arity, help, fn)
	}
	matchBIF := func(arity int) Entry {
		return bin("match", arity, "{Pos, Len} of the first match, or nomatch", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			pats := patterns(a[1])
			o := searchOpts{to: len(b)}
			if arity == 3 {
				o = readSearchOpts(b, a[2], false)
			}
			if at, n := findFirst(b, pats, o.from, o.to); at >= 0 {
				return term.Tuple{at, n}
			}
			return term.Atom("nomatch")
		})
	}
	matchesBIF := func(arity int) Entry {
		return bin("matches", arity, "[{Pos, Len}] of every non-overlapping match", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			pats := patterns(a[1])
			o := searchOpts{to: len(b)}
			if arity == 3 {
				o = readSearchOpts(b, a[2], false)
			}
			out := term.List{}
			for _, h := range findAll(b, pats, o.from, o.to) {
				out = append(out, term.Tuple{h[0], h[1]})
			}
			return out
		})
	}
	binToList := func(arity int) Entry {
		return bin("bin_to_list", arity, "the bytes of (a part of) a binary as a list", func(c *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			s, e := 0, len(b)
			switch arity {
			case 2:
				s, e = posLen(b, a[1])
			case 3:
				s, e = posLen(b, term.Tuple{a[1], a[2]})
			}
			c.checkCells(e - s)
			out := make(term.List, e-s)
			for i, x := range b[s:e] {
				out[i] = int(x)
			}
			return out
		})
	}
	return []Entry{
		// In erl copy/1 releases a large shared binary; here it only gives a
		// new backing array, which keeps the semantics (an equal binary).
		bin("copy", 1, "a fresh copy of a binary", func(_ *Call, a []term.Term) term.Term {
			return append(term.Binary{}, binArg(a[0])...)
		}),
		bin("copy", 2, "a binary repeated N times", func(c *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			n, ok := a[1].(int)
			if !ok || n < 0 {
				badarg()
			}
			// N copies are checked against the allocation budget first: copy(B,
			// 1 bsl 40) raises system_limit instead of exhausting memory.
			c.checkAlloc(n, len(b))
			return term.Binary(bytes.Repeat(b, n))
		}),
		bin("part", 2, "binary:part(Bin, {Start, Length})", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			s, e := posLen(b, a[1])
			return append(term.Binary{}, b[s:e]...)
		}),
		binToList(1), binToList(2), binToList(3),
		bin("list_to_bin", 1, "an iolist as a binary", func(c *Call, a []term.Term) term.Term {
			c.checkAlloc(iolistSize(a[0], c.limits().Max()), 1)
			b, ok := iolistBytes(a[0])
			if !ok {
				badarg()
			}
			return term.Binary(b)
		}),
		bin("first", 1, "the first byte", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			if len(b) == 0 {
				badarg()
			}
			return int(b[0])
		}),
		bin("last", 1, "the last byte", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			if len(b) == 0 {
				badarg()
			}
			return int(b[len(b)-1])
		}),
		bin("at", 2, "the byte at a 0-based position", func(_ *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			i, ok := a[1].(int)
			if !ok || i < 0 || i >= len(b) {
				badarg()
			}
			return int(b[i])
		}),
		matchBIF(2), matchBIF(3), matchesBIF(2), matchesBIF(3),
		bin("replace", 3, "the first match replaced", func(_ *Call, a []term.Term) term.Term {
			return binaryReplace(a[0], a[1], a[2], term.List{})
		}),
		bin("replace", 4, "matches replaced, with options [global, {scope,..}, {insert_replaced,N}]", func(_ *Call, a []term.Term) term.Term {
			return binaryReplace(a[0], a[1], a[2], a[3])
		}),
		bin("longest_common_prefix", 1, "the length of the common prefix of binaries", func(_ *Call, a []term.Term) term.Term {
			return commonAffix(a[0], false)
		}),
		bin("longest_common_suffix", 1, "the length of the common suffix of binaries", func(_ *Call, a []term.Term) term.Term {
			return commonAffix(a[0], true)
		}),
		bin("encode_unsigned", 1, "a non-negative integer as big-endian bytes", func(_ *Call, a []term.Term) term.Term {
			return encodeUnsigned(a[0], term.Atom("big"))
		}),
		bin("encode_unsigned", 2, "a non-negative integer as big or little endian bytes", func(_ *Call, a []term.Term) term.Term {
			return encodeUnsigned(a[0], a[1])
		}),
		bin("decode_unsigned", 1, "big-endian bytes as an integer", func(_ *Call, a []term.Term) term.Term {
			return decodeUnsigned(a[0], term.Atom("big"))
		}),
		bin("decode_unsigned", 2, "big or little endian bytes as an integer", func(_ *Call, a []term.Term) term.Term {
			return decodeUnsigned(a[0], a[1])
		}),
		// OTP 24's encode_hex/1 writes upper case; decode_hex accepts
		// either case and rejects an odd length with badarg, as Go's hex does.
		bin("encode_hex", 1, "hexadecimal text (upper case)", func(_ *Call, a []term.Term) term.Term {
			return term.Binary(strings.ToUpper(hex.EncodeToString(binArg(a[0]))))
		}),
		bin("decode_hex", 1, "the bytes of hexadecimal text", func(_ *Call, a []term.Term) term.Term {
			out, err := hex.DecodeString(string(binArg(a[0])))
			if err != nil {
				badarg()
			}
			return term.Binary(out)
		}),
		// erlang:binary_to_list/3 counts bytes from 1 and includes Stop,
		// unlike the binary module's 0-based {Pos, Len}: both as in erl.
		erlangBIF("binary_to_list", 3, "bytes Start..Stop (1-based) of a binary as a list", func(c *Call, a []term.Term) term.Term {
			b := binArg(a[0])
			s, ok1 := a[1].(int)
			e, ok2 := a[2].(int)
			if !ok1 || !ok2 || s < 1 || e < s || e > len(b) {
				badarg()
			}
			c.checkCells(e - s + 1)
			out := make(term.List, e-s+1)
			for i, x := range b[s-1 : e] {
				out[i] = int(x)
			}
			return out
		}),
		erlangBIF("split_binary", 2, "{the first N bytes, the rest}", func(_ *Call, a []term.Term) term.Term {
			data, size, ok := term.Bits(a[0])
			n, ok2 := a[1].(int)
			if !ok || !ok2 || n < 0 || 8*n > size {
				badarg()
			}
			// The rest of a bitstring keeps its trailing bits: split_binary(<<1,2:3>>, 1)
			// is {<<1>>,<<2:3>>}.
			return term.Tuple{append(term.Binary{}, data[:n]...), term.MakeBits(append([]byte(nil), data[n:]...), size-8*n)}
		}),
	}
}
