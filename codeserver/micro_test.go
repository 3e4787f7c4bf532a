package codeserver

import (
	"testing"

	"goerl/term"
)

const moduleMicro = `
package micro

import "erl"

func SelfLoop(n int) {
	for i := 0; i < n; i++ {
		erl.Self()
	}
}

func SendLoop(n int, p erl.Pid) {
	for i := 0; i < n; i++ {
		erl.Send(p, i)
	}
}

func SendTupleLoop(n int, p erl.Pid) {
	self := erl.Self()
	for i := 0; i < n; i++ {
		erl.Send(p, erl.Tuple{self, i})
	}
}

func SendRecvLoop(n int) {
	self := erl.Self()
	for i := 0; i < n; i++ {
		erl.Send(self, i)
		erl.Receive()
	}
}

func EmptyLoop(n int) {
	for i := 0; i < n; i++ {
	}
}
`

func BenchmarkMicro(b *testing.B) {
	w := benchWorld(b, map[string]string{"micro": moduleMicro})
	w.compile("micro")
	dead := term.Pid{ID: 99999}
	for _, bm := range []struct {
		name string
		args []term.Term
	}{
		{"empty_loop", nil}, {"self_loop", nil}, {"send_loop", []term.Term{dead}}, {"send_tuple_loop", []term.Term{dead}}, {"send_recv_loop", nil},
	} {
		b.Run(bm.name, func(b *testing.B) {
			w.call("micro", bm.name, append([]term.Term{b.N}, bm.args...)...)
		})
	}
}
