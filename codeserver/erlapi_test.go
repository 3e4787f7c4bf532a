package codeserver

import (
	"strings"
	"testing"
)

// The erl API as interpreted modules use it.
const moduleAPI = `
package api

import "erl"

func SpawnMonitor() erl.Term {
	pid, ref := erl.SpawnMonitor(func() { erl.Exit(erl.Atom("bye")) })
	down := erl.Receive().(erl.Tuple)
	return erl.NewTuple(down[0], down[1] == ref, down[3] == pid, down[4])
}

func TrapLink() erl.Term {
	erl.TrapExit(true)
	pid := erl.SpawnLink(func() { erl.Error(erl.Atom("boom")) })
	msg := erl.Receive().(erl.Tuple)
	erl.TrapExit(false)
	return erl.NewTuple(msg[0], msg[1] == pid, msg[2])
}

func Selective() erl.Term {
	self := erl.Self()
	erl.Send(self, erl.Atom("first"))
	erl.Send(self, erl.Tuple{erl.Atom("want"), 1})
	got, _ := erl.ReceiveMatch(func(m erl.Term) bool { return erl.IsTuple(m, 2, "want") }, -1)
	rest := erl.Receive()
	_, ok := erl.ReceiveTimeout(0)
	return erl.NewTuple(got, rest, ok)
}

func Names() erl.Term {
	self := erl.Self()
	r := erl.Register("apiname", self)
	w := erl.Whereis("apiname") == self
	u := erl.Unregister("apiname")
	return erl.NewTuple(r, w, u, erl.Whereis("apiname"))
}

func RegisterTaken() bool {
	erl.Register("taken", erl.Self())
	return erl.Register("taken", erl.Spawn(func() { erl.Receive() }))
}

func Timers() erl.Term {
	erl.SendAfter(5, erl.Self(), "tick")
	before, _ := erl.ReceiveTimeout(0)
	erl.Sleep(1)
	after, _ := erl.ReceiveTimeout(5000) // real time: generous under load

	return erl.NewTuple(before, after)
}

func Throws() { erl.Throw(erl.NewList(1, "a")) }

func Calls() erl.Term {
	f := erl.Apply("api", "adder", 10)
	return erl.NewTuple(erl.Apply("api", "double", 4), erl.ApplyFun(f, 5))
}

func Double(x int) int { return 2 * x }

func Adder(n int) func(int) int { return func(x int) int { return x + n } }

func Accessors() erl.Term {
	t := erl.Tuple{erl.Atom("a"), 7, erl.String("str")}
	return erl.NewTuple(erl.Int(erl.Element(t, 2)), erl.Str(erl.Element(t, 3)), erl.Size(t), erl.IsAtom(t[0], "a"), erl.Equal(t[2], "str"))
}

func BadFormat() { erl.Format("~p ~p~n", 1) }

func Print() { erl.Format("~p and ~s~n", erl.Tuple{1, erl.Atom("x")}, "text") }

func KillOther() erl.Term {
	pid, _ := erl.SpawnMonitor(func() { erl.Receive() })
	erl.ExitPid(pid, erl.Atom("kill"))
	down := erl.Receive().(erl.Tuple)
	return down[4]
}

func ElementOutOfRange() erl.Term { return erl.Element(erl.Tuple{}, 1) }

func Child(parent erl.Pid, n int) { erl.Send(parent, erl.NewTuple(erl.Atom("child"), n*2)) }

func SpawnApply() erl.Term {
	erl.SpawnApply("api", "child", erl.Self(), 21)
	return erl.Receive()
}

func SpawnMonitorApply() erl.Term {
	pid, ref := erl.SpawnMonitorApply("api", "nope")
	down := erl.Receive().(erl.Tuple)
	return erl.NewTuple(down[1] == ref, down[3] == pid, down[4])
}

func SpawnLinkApply() erl.Term {
	erl.TrapExit(true)
	pid := erl.SpawnLinkApply("api", "child", erl.Self(), 1)
	first := erl.Receive()
	exit := erl.Receive().(erl.Tuple)
	erl.TrapExit(false)
	return erl.NewTuple(first, exit[0], exit[1] == pid, exit[2])
}
`

func TestErlAPIFromModules(t *testing.T) {
	w := newWorld(t, map[string]string{"api": moduleAPI})
	w.compile("api")
	tests := []struct {
		fun  string
		want string // ~w, or Class:Reason for exceptions
	}{
		{"spawn_monitor", "{'DOWN',true,true,bye}"},
		{"trap_link", "{'EXIT',true,{boom,[{api,'-trap_link/0-fun-0-',0,[{file,[97,112,105,46,103,111]},{line,13}]}]}}"},
		{"selective", "{{want,1},first,false}"},
		{"names", "{true,true,true,undefined}"},
		{"register_taken", "error:badarg"},
		{"timers", "{undefined,[116,105,99,107]}"},
		{"throws", "throw:[1,[97]]"},
		{"calls", "{8,15}"},
		{"accessors", "{7,[115,116,114],3,true,true}"},
		{"bad_format", "error:badarg"},
		{"print", "ok"},
		{"kill_other", "killed"},
		{"element_out_of_range", "error:badarg"},
		{"spawn_apply", "{child,42}"},
		{"spawn_monitor_apply", "{true,true,{undef,[{api,nope,[],[]}]}}"},
		{"spawn_link_apply", "{{child,2},'EXIT',true,normal}"},
	}
	for _, tt := range tests {
		res, exc := w.try("api", tt.fun)
		got := sprint(res)
		if exc != nil {
			got = string(exc.Class) + ":" + sprint(exc.Reason)
		}
		if got != tt.want {
			t.Errorf("api:%s() = %s, want %s", tt.fun, got, tt.want)
		}
	}
	w.waitOutput("{1,x} and text\n")
}

func TestRegisterBadargStack(t *testing.T) {
	w := newWorld(t, map[string]string{"api": moduleAPI})
	w.compile("api")
	_, exc := w.try("api", "register_taken")
	if exc == nil {
		t.Fatal("no exception")
	}
	stack := sprint(exc.Stack)
	for _, want := range []string{"{erlang,register,[taken,", "{api,register_taken,0,"} {
		if !strings.Contains(stack, want) {
			t.Errorf("stack %s lacks %s", stack, want)
		}
	}
	// A name in use has no cause in erl_erts_errors (the shell then says
	// "argument 1: name is in use"); registered_name would mean the
	// process already has a name.
	if strings.Contains(stack, "cause") {
		t.Errorf("stack %s has a cause; a name in use has none", stack)
	}
}
