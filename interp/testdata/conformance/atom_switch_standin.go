package atom_switch_standin

import (
	"erl"
	"fmt"
)

func handle(msg erl.Term) string {
	switch msg {
	case erl.Atom("stop"):
		return "stopping"
	case erl.Atom("ping"):
		return "pong"
	case 42:
		return "the answer"
	case "text":
		return "a string"
	}
	return "unknown"
}

func Main() {
	for _, m := range []erl.Term{erl.Atom("ping"), erl.Atom("stop"), 42, "text", erl.Atom("other"), 3.5} {
		fmt.Println(handle(m))
	}
}
