package sel

import "erl"

func server(client erl.Pid, n int) {
	for {
		v, _ := erl.ReceiveMatch(func(m erl.Term) bool {
			t, ok := m.(erl.Tuple)
			return ok && len(t) == 2 && t[0] == erl.Atom("req")
		}, -1)
		if v.(erl.Tuple)[1] == erl.Atom("stop") {
			erl.Send(client, n)
			return
		}
		n++
	}
}

// Run sends n messages to a selective-receive server and waits for its
// count.
func Run(n int) int {
	self := erl.Self()
	s := erl.Spawn(func() { server(self, 0) })
	for i := 0; i < n; i++ {
		erl.Send(s, erl.Tuple{erl.Atom("req"), i})
	}
	erl.Send(s, erl.Tuple{erl.Atom("req"), erl.Atom("stop")})
	return erl.Receive().(int)
}
