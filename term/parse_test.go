package term

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseTerm reads the Erlang term syntax the golden cases are written in:
// numbers, atoms, strings, $c, lists, tuples, maps, binaries, <0.N.0> pids
// and fun M:F/A. It exists so that the same text can be given to a real
// erl when the expected outputs are regenerated.
func parseTerm(s string) (Term, error) {
	p := &termParser{src: s}
	t, err := p.term()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(p.src) {
		return nil, fmt.Errorf("trailing text at %d in %q", p.pos, s)
	}
	return t, nil
}

func mustParse(s string) Term {
	t, err := parseTerm(s)
	if err != nil {
		panic(err)
	}
	return t
}

type termParser struct {
	src string
	pos int
}

func (p *termParser) space() {
	for p.pos < len(p.src) && strings.ContainsRune(" \t\n", rune(p.src[p.pos])) {
		p.pos++
	}
}

func (p *termParser) peek(prefix string) bool {
	p.space()
	return strings.HasPrefix(p.src[p.pos:], prefix)
}

func (p *termParser) expect(tok string) error {
	if !p.peek(tok) {
		return fmt.Errorf("want %q at %d in %q", tok, p.pos, p.src)
	}
	p.pos += len(tok)
	return nil
}

func (p *termParser) seq(end string, item func() error) error {
	if p.peek(end) {
		return p.expect(end)
	}
	for {
		if err := item(); err != nil {
			return err
		}
		if p.peek(",") {
			p.pos++
			continue
		}
		return nil
	}
}

func (p *termParser) term() (Term, error) {
	p.space()
	if p.pos >= len(p.src) {
		return nil, fmt.Errorf("unexpected end of %q", p.src)
	}
	c := p.src[p.pos]
	switch {
	case c == '[':
		p.pos++
		var elems []Term
		var tail Term = List{}
		err := p.seq("]", func() error {
			e, err := p.term()
			elems = append(elems, e)
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(elems) == 0 {
			return List{}, nil
		}
		if p.peek("|") {
			p.pos++
			if tail, err = p.term(); err != nil {
				return nil, err
			}
		}
		return ConsN(elems, tail), p.expect("]")
	case c == '{':
		p.pos++
		tup := Tuple{}
		err := p.seq("}", func() error {
			e, err := p.term()
			tup = append(tup, e)
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(tup) == 0 {
			return tup, nil
		}
		return tup, p.expect("}")
	case strings.HasPrefix(p.src[p.pos:], "#{"):
		p.pos += 2
		var keys, vals []Term
		err := p.seq("}", func() error {
			k, err := p.term()
			if err != nil {
				return err
			}
			if err := p.expect("=>"); err != nil {
				return err
			}
			v, err := p.term()
			keys, vals = append(keys, k), append(vals, v)
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(keys) == 0 {
			return NewMap(nil, nil), nil
		}
		return NewMap(keys, vals), p.expect("}")
	case strings.HasPrefix(p.src[p.pos:], "<<"):
		p.pos += 2
		bin := Binary{}
		err := p.seq(">>", func() error {
			if p.peek("\"") {
				s, err := p.quoted('"')
				bin = append(bin, []byte(string(s))...)
				if p.peek("/utf8") {
					p.pos += len("/utf8")
				} else {
					bin = bin[:len(bin)-len(string(s))]
					for _, r := range s {
						bin = append(bin, byte(r))
					}
				}
				return err
			}
			n, err := p.term()
			if i, ok := n.(int); ok {
				bin = append(bin, byte(i))
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		if len(bin) == 0 && p.src[p.pos-2:p.pos] == ">>" {
			return bin, nil
		}
		return bin, p.expect(">>")
	case c == '<':
		end := strings.IndexByte(p.src[p.pos:], '>')
		parts := strings.Split(p.src[p.pos+1:p.pos+end], ".")
		p.pos += end + 1
		id, err := strconv.Atoi(parts[1])
		return Pid{ID: id}, err
	case c == '"':
		s, err := p.quoted('"')
		l := List{}
		for _, r := range s {
			l = append(l, int(r))
		}
		return l, err
	case c == '\'':
		s, err := p.quoted('\'')
		return Atom(string(s)), err
	case c == '$':
		p.pos++
		r, size := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += size
		if r == '\\' {
			r = p.escape()
		}
		return int(r), nil
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case strings.HasPrefix(p.src[p.pos:], "fun "):
		p.pos += 4
		m, _ := p.term()
		_ = p.expect(":")
		f, _ := p.term()
		_ = p.expect("/")
		a, err := p.number()
		return &Fun{Module: string(m.(Atom)), Name: string(f.(Atom)), Arity: a.(int), External: true}, err
	default:
		start := p.pos
		for p.pos < len(p.src) {
			r, size := utf8.DecodeRuneInString(p.src[p.pos:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '@') {
				break
			}
			p.pos += size
		}
		if start == p.pos {
			return nil, fmt.Errorf("bad term at %d in %q", p.pos, p.src)
		}
		return Atom(p.src[start:p.pos]), nil
	}
}

func (p *termParser) number() (Term, error) {
	start := p.pos
	if p.src[p.pos] == '-' {
		p.pos++
	}
	isFloat := false
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c >= '0' && c <= '9':
		case c == '.' && p.pos+1 < len(p.src) && p.src[p.pos+1] >= '0' && p.src[p.pos+1] <= '9':
			isFloat = true
		case (c == 'e' || c == 'E') && isFloat:
			if p.pos+1 < len(p.src) && (p.src[p.pos+1] == '-' || p.src[p.pos+1] == '+') {
				p.pos++
			}
		default:
			goto done
		}
		p.pos++
	}
done:
	text := p.src[start:p.pos]
	if isFloat {
		return strconv.ParseFloat(text, 64)
	}
	n, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, fmt.Errorf("bad number %q", text)
	}
	return BigInt(n), nil
}

func (p *termParser) quoted(q byte) ([]rune, error) {
	p.pos++
	var out []rune
	for p.pos < len(p.src) {
		r, size := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += size
		switch {
		case r == rune(q):
			return out, nil
		case r == '\\':
			out = append(out, p.escape())
		default:
			out = append(out, r)
		}
	}
	return nil, fmt.Errorf("unterminated quote in %q", p.src)
}

func (p *termParser) escape() rune {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'n':
		return '\n'
	case 't':
		return '\t'
	case 'r':
		return '\r'
	case 'e':
		return 27
	case 'd':
		return 127
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'v':
		return '\v'
	case 's':
		return ' '
	case 'x':
		end := strings.IndexByte(p.src[p.pos:], '}')
		n, _ := strconv.ParseInt(p.src[p.pos+1:p.pos+end], 16, 32)
		p.pos += end + 1
		return rune(n)
	}
	if c >= '0' && c <= '7' {
		n := int(c - '0')
		for i := 0; i < 2 && p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '7'; i++ {
			n = n*8 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return rune(n)
	}
	return rune(c)
}
