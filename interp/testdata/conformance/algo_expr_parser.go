package algo_expr_parser

import (
	"fmt"
	"strconv"
)

// A recursive-descent parser for + - * / and parentheses over integers.
type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			v /= p.factor()
		default:
			return v
		}
	}
}

func (p *parser) factor() int {
	if p.peek() == '(' {
		p.pos++
		v := p.expr()
		p.peek()
		p.pos++ // ')'
		return v
	}
	if p.peek() == '-' {
		p.pos++
		return -p.factor()
	}
	start := p.pos
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		p.pos++
	}
	n, err := strconv.Atoi(p.s[start:p.pos])
	if err != nil {
		panic(fmt.Sprintf("bad number at %d", start))
	}
	return n
}

func eval(s string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &parser{s: s}
	return p.expr(), nil
}

func Main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + (4 - 1)) / 2", "1 + x", "7 / (2 - 2)"} {
		fmt.Println(eval(s))
	}
}
