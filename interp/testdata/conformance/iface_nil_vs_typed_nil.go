package iface_nil_vs_typed_nil

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // typed nil when !fail
}

func honest(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func Main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	fmt.Println(honest(false) == nil, honest(true) == nil)
	var i any
	fmt.Println(i == nil)
	var p *int
	i = p
	fmt.Println(i == nil, p == nil)
}
