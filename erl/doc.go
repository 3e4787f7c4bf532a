// Package erl owns the API that Go modules see as `import "erl"`: the
// Erlang primitives (processes, messages, names, monitors, links, exits,
// calls, timers, output) and the conversions between Go values and terms
// at the boundary between module code and everything else.
//
// There is no package-level state. Symbols builds the symbol table for one
// module version, with every function bound to that version's Context:
// processes spawned by its closures hold that version, funs it makes
// belong to it, fully qualified calls go through its Caller.
//
// Every function starts with the runtime's Check (a pending kill ends the
// process there; so does a stack deeper than the guard allows), and every
// wait goes through the runtime (Receive, Sleep), so kills reach blocked
// processes and the virtual clock of transcripts drives timers.
//
// Functions (erl's name in parentheses):
//
//	Check()                                   kill/stack guard (inserted by the source rewrite)
//	Spawn(fn func()) Pid                      spawn/1
//	SpawnLink(fn func()) Pid                  spawn_link/1
//	SpawnMonitor(fn func()) (Pid, Ref)        spawn_monitor/1
//	SpawnApply(mod, fun string, args ...Term) Pid   spawn/3 (enters mod's current version)
//	SpawnLinkApply(mod, fun string, args ...Term) Pid   spawn_link/3
//	SpawnMonitorApply(mod, fun string, args ...Term) (Pid, Ref)   spawn_monitor/3
//	Self() Pid                                self/0
//	IsAlive(pid Pid) bool                     is_process_alive/1
//	Send(dest, msg Term) Term                 Dest ! Msg (dest: Pid, Atom, or a Go string name)
//	Receive() Term                            receive Msg -> Msg end
//	ReceiveTimeout(ms int) (Term, bool)       ... after Ms -> (nil, false)
//	ReceiveMatch(match func(Term) bool, ms int) (Term, bool)   selective receive; ms < 0 waits forever
//	Register(name string, pid Pid) bool       register/2 (error:badarg like erl)
//	Unregister(name string) bool              unregister/1
//	Whereis(name string) Term                 whereis/1 (Pid or undefined)
//	Monitor(target Term) Ref                  monitor(process, Target)
//	Demonitor(ref Ref) bool                   demonitor/1
//	Link(pid Pid), Unlink(pid Pid)            link/1, unlink/1
//	TrapExit(on bool) bool                    process_flag(trap_exit, On)
//	Exit(reason Term)                         exit/1
//	ExitPid(pid Pid, reason Term)             exit/2
//	Error(reason Term), Throw(v Term)         error/1, throw/1
//	Apply(mod, fun string, args ...Term) Term Mod:Fun(Args) (current version)
//	ApplyFun(f Term, args ...Term) Term       F(Args) for a fun term
//	TailCall(mod, fun string, args ...Term)   Mod:Fun(Args) in tail position; never returns
//	Sleep(ms int)                             timer:sleep/1
//	SendAfter(ms int, dest, msg Term) Ref     erlang:send_after/3
//	CancelTimer(ref Ref) Term                 erlang:cancel_timer/1
//	Now() int                                 erlang:system_time(millisecond)
//	Format(format string, args ...Term)       io:format/2
//	NewTuple(elems ...Term) Tuple             {E1, ...}
//	NewList(elems ...Term) List               [E1, ...]
//	String(s string) List                     "s"
//	Int(t) int, Float(t) float64, Str(t) string   accessors (error:badarg on mismatch)
//	Element(t Term, i int) Term               element/2
//	Size(t Term) int                          tuple_size/1, length/1
//	IsAtom(t Term, name string) bool          T =:= name
//	IsTuple(t Term, size int, tag string) bool  is_record-like test
//	Equal(a, b Term) bool                     =:=
//	MakeRef() Ref                             make_ref/0
//	Sprint(t Term) string                     ~w
//
// Types: Term (any term), Atom, Pid, Ref, Port, Tuple, List, Improper,
// Map, Fun, Binary, BigInt. Atom, Tuple and List are the term types
// themselves, so erl.Atom("ok") is a conversion, erl.Tuple{erl.Atom("ok"),
// 1} a literal, and all of them work in type switches.
package erl
