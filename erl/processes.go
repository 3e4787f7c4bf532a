package erl

import (
	"strconv"

	"goerl/process"
	"goerl/term"
)

// The initial call erl shows for a process started by spawn/1 with a fun.
const spawnInitialCall = "erlang:apply/2"

// Check is the kill and stack guard: the source rewrite inserts a call at
// every function entry and (sampled) in every loop body, so that even a
// process busy in a loop that never calls erl can be killed.
func (a *api) Check() { a.check() }

// Spawn is spawn/1: fn runs in a new process whose base code frame is
// this version, so the process holds this version for as long as it runs.
func (a *api) Spawn(fn func()) term.Pid {
	pid, _ := a.spawn(fn, process.SpawnOptions{})
	return pid
}

// SpawnLink is spawn_link/1.
func (a *api) SpawnLink(fn func()) term.Pid {
	pid, _ := a.spawn(fn, process.SpawnOptions{Link: true})
	return pid
}

// SpawnMonitor is spawn_monitor/1.
func (a *api) SpawnMonitor(fn func()) (term.Pid, term.Ref) {
	return a.spawn(fn, process.SpawnOptions{Monitor: true})
}

func (a *api) spawn(fn func(), opts process.SpawnOptions) (term.Pid, term.Ref) {
	a.check()
	if fn == nil {
		raiseBadarg("erlang", "spawn", term.Undefined)
	}
	rt := a.ctx.Runtime
	parent := rt.Current()
	if parent == nil && (opts.Link || opts.Monitor) {
		term.RaiseError(term.Atom("not_a_process"))
	}
	opts.InitialCall = spawnInitialCall
	opts.Code = a.ctx.Code
	crashed := a.ctx.Crashed
	p, ref := rt.Spawn(parent, opts, func(*process.Proc) {
		if crashed != nil {
			defer func() {
				if r := recover(); r != nil {
					panic(crashed(r))
				}
			}()
		}
		fn()
		// A purged version's code returns normally when its interpreter
		// is stopped; the kill the purge delivered first must win.
		rt.Check()
	})
	return p.Pid(), ref
}

// SpawnApply is spawn/3: a new process that calls mod:fun(args...), a
// fully qualified call made by the new process when it starts, so it
// enters the version of mod that is current then (not this one: the
// child holds no code of the spawning version).
func (a *api) SpawnApply(mod, fun string, args ...term.Term) term.Pid {
	pid, _ := a.spawnApply(mod, fun, args, process.SpawnOptions{})
	return pid
}

// SpawnLinkApply is spawn_link/3.
func (a *api) SpawnLinkApply(mod, fun string, args ...term.Term) term.Pid {
	pid, _ := a.spawnApply(mod, fun, args, process.SpawnOptions{Link: true})
	return pid
}

// SpawnMonitorApply is spawn_monitor/3.
func (a *api) SpawnMonitorApply(mod, fun string, args ...term.Term) (term.Pid, term.Ref) {
	return a.spawnApply(mod, fun, args, process.SpawnOptions{Monitor: true})
}

func (a *api) spawnApply(mod, fun string, args []term.Term, opts process.SpawnOptions) (term.Pid, term.Ref) {
	a.check()
	rt := a.ctx.Runtime
	parent := rt.Current()
	if parent == nil && (opts.Link || opts.Monitor) {
		term.RaiseError(term.Atom("not_a_process"))
	}
	req := &TailCallRequest{Mod: term.Atom(mod), Fun: term.Atom(fun), Args: a.terms(args)}
	opts.InitialCall = term.QuoteAtom(mod) + ":" + term.QuoteAtom(fun) + "/" + strconv.Itoa(len(args))
	caller := a.ctx.Caller
	p, ref := rt.Spawn(parent, opts, func(p *process.Proc) {
		// At the base: nobody waits for the result, so the callee's own
		// TailCalls replace the goroutine and a loop keeps a flat stack.
		CallAtBase(caller, p, req)
	})
	return p.Pid(), ref
}

// Self is self/0.
func (a *api) Self() term.Pid {
	a.check()
	return a.ctx.proc().Pid()
}

// IsAlive is is_process_alive/1.
func (a *api) IsAlive(pid term.Pid) bool {
	a.check()
	return a.ctx.Runtime.IsAlive(pid)
}

// Go starts fn on a goroutine that belongs to the calling process: the
// source rewrite turns every go statement of module code into a call of
// Go (see package interp). The goroutine acts for the process (Self,
// Send, Spawn... work as in the process) but has no mailbox: Receive,
// Sleep and TailCall raise error:not_process_goroutine there. It dies
// with the process, and its panic is the process's crash. Outside any
// process (package initialisation) Go raises error:not_a_process.
func (a *api) Go(fn func()) {
	a.check()
	if fn == nil {
		raiseBadarg("erlang", "spawn", term.Undefined)
	}
	p := a.ctx.proc()
	if !a.ctx.Runtime.Go(p, fn) {
		a.check() // the process is stopping: so does its caller
	}
}
