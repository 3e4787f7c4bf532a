package pp

import "erl"

func echo() {
	for {
		m := erl.Receive().(erl.Tuple)
		erl.Send(m[0], m[1])
	}
}

// Run makes n round trips between the calling process and an echo
// process, both running module code, and returns n.
func Run(n int) int {
	e := erl.Spawn(echo)
	self := erl.Self()
	for i := 0; i < n; i++ {
		erl.Send(e, erl.Tuple{self, i})
		erl.Receive()
	}
	erl.ExitPid(e, erl.Atom("kill"))
	return n
}
