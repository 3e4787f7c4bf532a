package erl

import (
	"reflect"
	"testing"

	"goerl/process"
	"goerl/term"
)

// inProcess runs body as a process of a fresh runtime and waits for it.
func inProcess(b *testing.B, body func(a *api, syms map[string]reflect.Value)) {
	b.Helper()
	rt := process.New(process.Options{})
	ctx := &Context{Runtime: rt, Module: "bench"}
	a := &api{ctx: ctx}
	syms := Symbols(ctx)
	done := make(chan struct{})
	rt.Spawn(nil, process.SpawnOptions{}, func(*process.Proc) {
		defer close(done)
		b.ResetTimer()
		body(a, syms)
		b.StopTimer()
	})
	<-done
}

// The host side of the calls the interpreted ping-pong makes, called
// directly: what erl itself costs, without yaegi's reflect call.
func BenchmarkHostSelf(b *testing.B) {
	inProcess(b, func(a *api, _ map[string]reflect.Value) {
		for i := 0; i < b.N; i++ {
			a.Self()
		}
	})
}

func BenchmarkHostSendReceive(b *testing.B) {
	inProcess(b, func(a *api, _ map[string]reflect.Value) {
		self := a.Self()
		for i := 0; i < b.N; i++ {
			a.Send(self, term.Tuple{self, i})
			a.Receive()
		}
	})
}

// The same calls made the way yaegi makes them, through reflect.
func BenchmarkReflectSelf(b *testing.B) {
	inProcess(b, func(_ *api, syms map[string]reflect.Value) {
		self := syms["Self"]
		for i := 0; i < b.N; i++ {
			self.Call(nil)
		}
	})
}

func BenchmarkReflectSendReceive(b *testing.B) {
	inProcess(b, func(a *api, syms map[string]reflect.Value) {
		send, receive := syms["Send"], syms["Receive"]
		self := reflect.ValueOf(a.Self())
		for i := 0; i < b.N; i++ {
			send.Call([]reflect.Value{self, reflect.ValueOf(term.Tuple{self.Interface(), i})})
			receive.Call(nil)
		}
	})
}
