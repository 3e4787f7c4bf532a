package many

import "erl"

// Start spawns n processes that each wait in receive for one message.
func Start(n int) int {
	for i := 0; i < n; i++ {
		erl.Spawn(func() { erl.Receive() })
	}
	return n
}
