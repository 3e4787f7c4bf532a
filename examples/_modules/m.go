// Module m is the fix for module t: on code_switch the process makes a
// fully qualified call, m:loop(), which always runs the current version.
package m

import "erl"

// Start spawns the loop and registers it as m.
func Start() bool {
	pid := erl.Spawn(func() { Loop() })
	return erl.Register("m", pid)
}

// Loop handles one message, then loops. erl.TailCall("m", "loop") is the
// Go spelling of Erlang's tail call m:loop(): it leaves this version's
// frames behind and continues in the current version of m.
func Loop() {
	msg := erl.Receive()
	if msg == erl.Atom("code_switch") {
		erl.TailCall("m", "loop")
	}
	erl.Format("m got ~p~n", msg)
	Loop()
}
