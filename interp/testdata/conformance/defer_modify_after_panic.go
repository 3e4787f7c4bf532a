package defer_modify_after_panic

import (
	"errors"
	"fmt"
)

type tx struct {
	ops       []string
	committed bool
}

func (t *tx) run(fail bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			t.ops = append(t.ops, "rollback")
			err = fmt.Errorf("tx aborted: %v", r)
			return
		}
		if err == nil {
			t.committed = true
			t.ops = append(t.ops, "commit")
		}
	}()
	t.ops = append(t.ops, "begin")
	if fail {
		panic(errors.New("constraint violated"))
	}
	t.ops = append(t.ops, "insert")
	return nil
}

func Main() {
	a, b := &tx{}, &tx{}
	fmt.Println(a.run(false), a.ops, a.committed)
	fmt.Println(b.run(true), b.ops, b.committed)
}
