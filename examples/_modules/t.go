// Module t is the classic lesson of Erlang's hot code loading: a process
// that loops by local calls stays in the version it started in, survives
// one reload (its code becomes old) and is killed by the second one (old
// code is purged).
package t

import "erl"

// Start spawns the looping process and registers it as t.
func Start() bool {
	pid := erl.Spawn(func() { doLoop() })
	return erl.Register("t", pid)
}

// doLoop prints every message it receives. Its recursive call is local, so
// it never leaves the version of t it started in.
func doLoop() {
	msg := erl.Receive()
	erl.Format("~p~n", msg)
	doLoop()
}
