package algo_tokenizer

import (
	"fmt"
	"unicode"
)

type Kind int

const (
	Number Kind = iota
	Ident
	Op
	LParen
	RParen
)

var kindNames = [...]string{"num", "ident", "op", "(", ")"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			toks = append(toks, Token{Number, string(rs[i:j])})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{Ident, string(rs[i:j])})
			i = j
		case r == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case r == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		case r == '+' || r == '-' || r == '*' || r == '/':
			toks = append(toks, Token{Op, string(r)})
			i++
		default:
			return toks, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

func Main() {
	toks, err := tokenize("foo + (12*bar2) - 7")
	for _, t := range toks {
		fmt.Printf("%v:%s ", t.Kind, t.Text)
	}
	fmt.Println(err)
	_, err = tokenize("a $ b")
	fmt.Println(err)
	fmt.Printf("%v\n", Token{Op, "+"})
}
