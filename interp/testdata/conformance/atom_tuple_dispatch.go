package atom_tuple_dispatch

import (
	"erl"
	"fmt"
)

type server struct{ store map[string]int }

func (s *server) handle(msg erl.Term) erl.Term {
	t, ok := msg.(erl.Tuple)
	if !ok || len(t) == 0 {
		return erl.Atom("badmsg")
	}
	switch t[0] {
	case erl.Atom("put"):
		s.store[t[1].(string)] = t[2].(int)
		return erl.Atom("ok")
	case erl.Atom("get"):
		v, found := s.store[t[1].(string)]
		if !found {
			return erl.Tuple{erl.Atom("error"), erl.Atom("not_found")}
		}
		return erl.Tuple{erl.Atom("ok"), v}
	}
	return erl.Atom("unknown")
}

func Main() {
	s := &server{store: map[string]int{}}
	msgs := []erl.Term{
		erl.Tuple{erl.Atom("put"), "a", 1},
		erl.Tuple{erl.Atom("get"), "a"},
		erl.Tuple{erl.Atom("get"), "b"},
		erl.Tuple{erl.Atom("del"), "a"},
		erl.Atom("junk"),
	}
	for _, m := range msgs {
		fmt.Println(s.handle(m))
	}
}
