package builtins

import (
	"runtime"
	"strconv"
	"strings"
	"time"

	"goerl/process"
	"goerl/term"
)

const nodeName term.Atom = "nonode@nohost"

// erlangProcessBIFs are erlang's process BIFs: spawning, messages,
// names, links and monitors, exits and exceptions, process_info, timers.
// They act on the runtime of the calling process (c.Runtime), never on
// the Go process, so two nodes in one test stay apart.
func erlangProcessBIFs() []Entry {
	return []Entry{
		erlangBIF("self", 0, "the calling process's pid", func(c *Call, _ []term.Term) term.Term { return c.Proc.Pid() }),
		erlangBIF("spawn", 1, "start a process running Fun()", func(c *Call, a []term.Term) term.Term {
			return c.spawnFun(a[0], process.SpawnOptions{})
		}),
		erlangBIF("spawn", 3, "start a process running M:F(Args...)", func(c *Call, a []term.Term) term.Term {
			return c.spawnMFA(a, process.SpawnOptions{})
		}),
		erlangBIF("spawn_link", 1, "spawn/1 and link to the new process", func(c *Call, a []term.Term) term.Term {
			return c.spawnFun(a[0], process.SpawnOptions{Link: true})
		}),
		erlangBIF("spawn_link", 3, "spawn/3 and link to the new process", func(c *Call, a []term.Term) term.Term {
			return c.spawnMFA(a, process.SpawnOptions{Link: true})
		}),
		erlangBIF("spawn_monitor", 1, "spawn/1 and monitor it: {Pid,Ref}", func(c *Call, a []term.Term) term.Term {
			return c.spawnFun(a[0], process.SpawnOptions{Monitor: true})
		}),
		erlangBIF("spawn_monitor", 3, "spawn/3 and monitor it: {Pid,Ref}", func(c *Call, a []term.Term) term.Term {
			return c.spawnMFA(a, process.SpawnOptions{Monitor: true})
		}),
		erlangBIF("send", 2, "send Msg to a pid or registered name; returns Msg", bifSend),
		erlangBIF("!", 2, "Dest ! Msg", bifSend),
		erlangBIF("register", 2, "give a process a name", bifRegister),
		erlangBIF("unregister", 1, "remove a registered name", func(c *Call, a []term.Term) term.Term {
			name, ok := a[0].(term.Atom)
			// Unregistering a name that is not registered is badarg, as in erl.
			if !ok || !c.Runtime.Unregister(name) {
				badarg()
			}
			return term.True
		}),
		erlangBIF("whereis", 1, "the pid registered under a name, or undefined", func(c *Call, a []term.Term) term.Term {
			name, ok := a[0].(term.Atom)
			if !ok {
				badarg()
			}
			if pid, ok := c.Runtime.Whereis(name); ok {
				return pid
			}
			return term.Undefined
		}),
		erlangBIF("registered", 0, "all registered names", func(c *Call, _ []term.Term) term.Term {
			return listOf(c.Runtime.Registered())
		}),
		erlangBIF("monitor", 2, "monitor(process, PidOrName): a ref; 'DOWN' comes when it dies", func(c *Call, a []term.Term) term.Term {
			switch a[0] {
			case term.Atom("process"):
			case term.Atom("port"): // goerl has no ports to monitor
				badarg()
			default:
				// SKIP
				failCause(atomBadarg, term.Atom("badtype"))
			}
			switch t := a[1].(type) {
			case term.Pid, term.Atom:
			case term.Tuple:
				// {Name, Node} is accepted for the local node only: goerl is never
				// distributed.
				if len(t) != 2 || t[1] != nodeName {
					badarg()
				}
				if _, ok := t[0].(term.Atom); !ok {
					badarg()
				}
				return c.Proc.Monitor(t[0])
			default:
				badarg()
			}
			return c.Proc.Monitor(a[1])
		}),
		erlangBIF("demonitor", 1, "remove a monitor", func(c *Call, a []term.Term) term.Term {
			ref, ok := a[0].(term.Ref)
			if !ok {
				badarg()
			}
			c.Proc.Demonitor(ref, false)
			return term.True
		}),
		erlangBIF("demonitor", 2, "remove a monitor; options flush, info", func(c *Call, a []term.Term) term.Term {
			ref, ok := a[0].(term.Ref)
			opts, okl := properList(a[1])
			if !ok || !okl {
				badarg()
			}
			flush, info := false, false
			for _, o := range opts {
				switch o {
				case term.Atom("flush"):
					flush = true
				case term.Atom("info"):
					info = true
				default:
					badarg()
				}
			}
			active := c.Proc.Demonitor(ref, flush)
			// With info the result tells whether the monitor was still active
			// (false: it had fired or was already removed), as erl documents.
			if info {
				return term.Bool(active)
			}
			return term.True
		}),
		erlangBIF("link", 1, "link the caller and a process", func(c *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			if err := c.Proc.Link(pid); err != nil {
				// Linking to a process that does not exist raises noproc.
				fail(term.Atom("noproc"))
			}
			return term.True
		}),
		erlangBIF("unlink", 1, "remove a link", func(c *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			c.Proc.Unlink(pid)
			return term.True
		}),
		erlangBIF("exit", 1, "raise an exception of class exit", func(_ *Call, a []term.Term) term.Term {
			panic(&term.Exception{Class: atomExit, Reason: a[0], Stack: term.List{}})
		}),
		// exit/2 takes a pid, not a registered name, as in erl; what the
		// signal does to the target (kill, normal, trapped) is the runtime's
		// business.
		erlangBIF("exit", 2, "send an exit signal to a process", func(c *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			c.Runtime.Exit(c.Proc, pid, a[1])
			return term.True
		}),
		erlangBIF("error", 1, "raise an exception of class error", func(_ *Call, a []term.Term) term.Term {
			panic(&term.Exception{Class: atomError, Reason: a[0], Stack: term.List{}})
		}),
		// error/2's Args are not recorded: the stack here is left as error/1's.
		erlangBIF("error", 2, "raise an exception of class error", func(_ *Call, a []term.Term) term.Term {
			panic(&term.Exception{Class: atomError, Reason: a[0], Stack: term.List{}})
		}),
		erlangBIF("throw", 1, "raise an exception of class throw", func(_ *Call, a []term.Term) term.Term {
			panic(&term.Exception{Class: atomThrow, Reason: a[0], Stack: term.List{}})
		}),
		erlangBIF("process_flag", 2, "process_flag(trap_exit, Bool): the old value", func(c *Call, a []term.Term) term.Term {
			if a[0] != term.Atom("trap_exit") {
				// Only trap_exit is a process flag here; any other is badarg with the
				// badopt cause erl's error_info gives an unknown flag.
				failCause(atomBadarg, term.Atom("badopt"))
			}
			switch a[1] {
			case term.True, term.False:
			default:
				badarg()
			}
			return term.Bool(c.Proc.TrapExit(a[1] == term.True))
		}),
		erlangBIF("is_process_alive", 1, "whether a pid names a live process", func(c *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			return term.Bool(c.Runtime.IsAlive(pid))
		}),
		erlangBIF("processes", 0, "all live pids", func(c *Call, _ []term.Term) term.Term {
			return listOf(c.Runtime.Processes())
		}),
		erlangBIF("process_info", 1, "a property list describing a process, or undefined", func(c *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			info, alive := c.Runtime.Info(pid)
			if !alive {
				return term.Undefined
			}
			var l term.List
			for _, item := range []term.Atom{"registered_name", "current_function", "initial_call", "status",
				"message_queue_len", "links", "trap_exit", "reductions"} {
				// process_info/1 leaves out registered_name for an unnamed process,
				// as erl does.
				if item == "registered_name" && info.RegisteredName == "" {
					continue
				}
				l = append(l, term.Tuple{item, infoItem(c, info, item)})
			}
			return l
		}),
		erlangBIF("process_info", 2, "one item (or a list of items) of process_info/1", func(c *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			items, isList := a[1].(term.List)
			if !isList {
				item, ok := a[1].(term.Atom)
				if !ok || !knownInfoItem(item) {
					badarg()
				}
				items = term.List{item}
			}
			// SKIP
			for _, it := range items {
				if at, ok := it.(term.Atom); !ok || !knownInfoItem(at) {
					badarg()
				}
			}
			info, alive := c.Runtime.Info(pid)
			if !alive {
				return term.Undefined
			}
			out := make(term.List, len(items))
			for i, it := range items {
				out[i] = term.Tuple{it, infoItem(c, info, it.(term.Atom))}
			}
			if !isList {
				// process_info(P, registered_name) of an unnamed process is [], not
				// a tuple: erl's own special case.
				if out[0].(term.Tuple)[0] == term.Atom("registered_name") && info.RegisteredName == "" {
					return term.List{}
				}
				return out[0]
			}
			return out
		}),
		erlangBIF("make_ref", 0, "a new unique reference", func(c *Call, _ []term.Term) term.Term { return c.Runtime.MakeRef() }),
		erlangBIF("node", 0, "this node's name", func(*Call, []term.Term) term.Term { return nodeName }),
		erlangBIF("node", 1, "the node a pid, port or ref lives on", func(_ *Call, a []term.Term) term.Term {
			switch a[0].(type) {
			case term.Pid, term.Ref, term.Port:
				return nodeName
			}
			badarg()
			return nil
		}),
		// A goerl node is never distributed: nonode@nohost, no other nodes, not
		// alive, as erl started without -sname.
		erlangBIF("nodes", 0, "connected nodes (always [])", func(*Call, []term.Term) term.Term { return term.List{} }),
		erlangBIF("is_alive", 0, "whether this node is distributed (false)", func(*Call, []term.Term) term.Term { return term.False }),
		erlangBIF("pid_to_list", 1, "\"<0.N.0>\"", func(_ *Call, a []term.Term) term.Term {
			pid, ok := a[0].(term.Pid)
			if !ok {
				badarg()
			}
			return term.String(term.Sprint(pid))
		}),
		erlangBIF("list_to_pid", 1, "parse \"<0.N.0>\"", func(_ *Call, a []term.Term) term.Term {
			s, ok := term.CharList(a[0])
			if !ok {
				badarg()
			}
			pid, ok := parsePid(s)
			if !ok {
				badarg()
			}
			return pid
		}),
		erlangBIF("ref_to_list", 1, "\"#Ref<...>\"", func(_ *Call, a []term.Term) term.Term {
			ref, ok := a[0].(term.Ref)
			if !ok {
				badarg()
			}
			return term.String(term.Sprint(ref))
		}),
		erlangBIF("send_after", 3, "send Msg to Dest after Time ms: a timer ref", func(c *Call, a []term.Term) term.Term {
			return c.Runtime.SendAfter(timerArgs(a), a[1], a[2])
		}),
		erlangBIF("cancel_timer", 1, "cancel a timer: ms left, or false", func(c *Call, a []term.Term) term.Term {
			ref, ok := a[0].(term.Ref)
			if !ok {
				badarg()
			}
			// The ref is forgotten whether or not the timer had fired, so the
			// table of live timers does not grow with refs that are done.
			left, ok := c.Runtime.CancelTimer(c.dispatcher.state.timerRef(ref))
			c.dispatcher.state.forgetTimer(ref)
			if !ok {
				return term.False
			}
			return int(left / time.Millisecond)
		}),
		erlangBIF("apply", 2, "apply(Fun, Args)", func(c *Call, a []term.Term) term.Term {
			args, ok := properList(a[1])
			if !ok {
				badarg()
			}
			return c.dispatcher.Apply(c.Proc, a[0], args)
		}),
		erlangBIF("apply", 3, "apply(M, F, Args)", func(c *Call, a []term.Term) term.Term {
			m, ok1 := a[0].(term.Atom)
			f, ok2 := a[1].(term.Atom)
			args, ok3 := properList(a[2])
			if !ok1 || !ok2 || !ok3 {
				badarg()
			}
			return c.dispatcher.CallMFA(c.Proc, m, f, args)
		}),
		erlangBIF("raise", 3, "raise(Class, Reason, Stacktrace): rethrow; badarg for a bad class", bifRaise),
		erlangBIF("yield", 0, "let other processes run; true", func(*Call, []term.Term) term.Term {
			// Processes are goroutines, so yielding the processor is the Go
			// scheduler's yield.
			runtime.Gosched()
			return term.True
		}),
	}
}

// knownInfoItem is the process_info/2 items goerl answers; any other
// item is badarg (erl knows more, goerl refuses rather than guess).
func knownInfoItem(item term.Atom) bool {
	switch item {
	case "registered_name", "current_function", "initial_call", "status", "message_queue_len",
		"messages", "links", "trap_exit", "reductions":
		return true
	}
	return false
}

// infoItem is one process_info/2 item's value, shaped as erl's
// (registered_name of an unnamed process is [], not undefined).
func infoItem(c *Call, info process.Info, item term.Atom) term.Term {
	switch item {
	case "registered_name":
		if info.RegisteredName == "" {
			return term.List{}
		}
		return info.RegisteredName
	case "current_function":
		return mfaTuple(info.CurrentFunction)
	case "initial_call":
		return mfaTuple(info.InitialCall)
	case "status":
		return info.Status
	case "message_queue_len":
		return info.MessageQueueLen
	case "messages":
		// The mailbox is read at the moment of the call; a process that
		// died since Info was taken reads as an empty queue.
		if p := c.Runtime.Lookup(info.Pid); p != nil {
			return term.List(p.Mailbox())
		}
		return term.List{}
	case "links":
		return listOf(info.Links)
	case "trap_exit":
		return term.Bool(info.TrapExit)
	case "reductions":
		return info.Reductions
	}
	return term.Undefined
}

// mfaTuple turns "m:f/2" into {m,f,2}.
func mfaTuple(s string) term.Term {
	colon := strings.IndexByte(s, ':')
	slash := strings.LastIndexByte(s, '/')
	// The runtime keeps functions as "m:f/N" text; anything it cannot
	// split reads as undefined.
	if colon < 0 || slash < colon {
		return term.Undefined
	}
	n, err := strconv.Atoi(s[slash+1:])
	if err != nil {
		return term.Undefined
	}
	return term.Tuple{term.Atom(s[:colon]), term.Atom(s[colon+1 : slash]), n}
}

// parsePid reads "<0.N.0>" (list_to_pid/1); goerl's pids are all local,
// so the node and serial parts must be 0.
func parsePid(s string) (term.Pid, bool) {
	if !strings.HasPrefix(s, "<") || !strings.HasSuffix(s, ">") {
		return term.Pid{}, false
	}
	parts := strings.Split(s[1:len(s)-1], ".")
	if len(parts) != 3 {
		return term.Pid{}, false
	}
	var nums [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		// Atoi accepts "+5", which erl's list_to_pid does not.
		if err != nil || n < 0 || p == "" || p[0] == '+' {
			return term.Pid{}, false
		}
		nums[i] = n
	}
	if nums[0] != 0 {
		return term.Pid{}, false
	}
	return term.Pid{ID: nums[1]}, true
}

// bifSend is erlang:send/2 and the ! operator: a pid always takes the
// message (even a dead one's), a name or {Name,nonode@nohost} must be
// registered or the send is badarg, as in erl.
func bifSend(c *Call, a []term.Term) term.Term {
	switch d := a[0].(type) {
	case term.Pid:
	case term.Atom:
		if _, ok := c.Runtime.Whereis(d); !ok {
			badarg()
		}
	case term.Tuple:
		name, ok := d[0].(term.Atom)
		if len(d) != 2 || !ok || d[1] != nodeName {
			badarg()
		}
		if _, ok := c.Runtime.Whereis(name); !ok {
			badarg()
		}
		c.Runtime.Send(c.Proc, name, a[1])
		return a[1]
	default:
		badarg()
	}
	c.Runtime.Send(c.Proc, a[0], a[1])
	return a[1]
}

// bifRegister is register/2; each refusal carries the cause
// erl_erts_errors explains (the process already has a name, is dead, or
// the name is bad).
func bifRegister(c *Call, a []term.Term) term.Term {
	name, ok1 := a[0].(term.Atom)
	pid, ok2 := a[1].(term.Pid)
	if !ok1 || !ok2 {
		badarg()
	}
	switch err := c.Runtime.Register(name, pid); err {
	case nil:
		return term.True
	case process.ErrAlreadyNamed:
		failCause(atomBadarg, term.Atom("registered_name"))
	case process.ErrNoProc:
		failCause(atomBadarg, term.Atom("notalive"))
	case process.ErrBadName:
		failCause(atomBadarg, term.Atom("none"))
	default:
		badarg()
	}
	return nil
}

// spawnFun starts a process that applies the fun f to no arguments.
func (c *Call) spawnFun(f term.Term, opts process.SpawnOptions) term.Term {
	if !isFun(f) {
		badarg()
	}
	opts.InitialCall = "erlang:apply/2"
	d := c.dispatcher
	return c.spawn(opts, func(p *process.Proc) {
		// The arity is checked in the new process, not by spawn: erl's spawn
		// returns a pid and the child dies with badarity.
		if fn := f.(*term.Fun); fn.Arity != 0 {
			// The new process starts in erlang:apply/2, which is the
			// frame erl's crash report shows.
			panic(&term.Exception{Class: atomError,
				Reason: term.Tuple{term.Atom("badarity"), term.Tuple{fn, term.List{}}},
				Stack:  term.List{term.Tuple{term.Atom("erlang"), term.Atom("apply"), 2, term.List{}}}})
		}
		d.Apply(p, f, nil)
	})
}

// spawnMFA starts a process that calls M:F(Args...).
func (c *Call) spawnMFA(a []term.Term, opts process.SpawnOptions) term.Term {
	m, ok1 := a[0].(term.Atom)
	f, ok2 := a[1].(term.Atom)
	args, ok3 := properList(a[2])
	if !ok1 || !ok2 || !ok3 {
		badarg()
	}
	// The module need not exist yet: spawn/3 never fails for an
	// undefined function, the child dies with undef, as in erl.
	opts.InitialCall = term.QuoteAtom(string(m)) + ":" + term.QuoteAtom(string(f)) + "/" + strconv.Itoa(len(args))
	d := c.dispatcher
	return c.spawn(opts, func(p *process.Proc) { d.CallMFA(p, m, f, args) })
}

// spawn starts body as a child of the calling process and returns its
// pid, or {Pid,Ref} for spawn_monitor.
func (c *Call) spawn(opts process.SpawnOptions, body func(p *process.Proc)) term.Term {
	child, ref := c.Runtime.Spawn(c.Proc, opts, body)
	if opts.Monitor {
		return term.Tuple{child.Pid(), ref}
	}
	return child.Pid()
}

// bifRaise is erlang:raise/3: a bad class or a stack that is not a list
// is not raised but returned as badarg, as erl does.
func bifRaise(_ *Call, a []term.Term) term.Term {
	class, _ := a[0].(term.Atom)
	switch class {
	case atomError, atomExit, atomThrow:
	default:
		return atomBadarg
	}
	if !isProperList(a[2]) {
		return atomBadarg
	}
	panic(&term.Exception{Class: class, Reason: a[1], Stack: a[2], Given: true})
}

// timerArgs checks the Time and Dest of erlang:send_after/3 and
// start_timer/3 (a non-negative integer of milliseconds; a pid or a
// name) and returns the delay.
func timerArgs(a []term.Term) time.Duration {
	ms, ok := a[0].(int)
	if !ok || ms < 0 {
		badarg()
	}
	switch a[1].(type) {
	case term.Pid, term.Atom:
	default:
		badarg()
	}
	return time.Duration(ms) * time.Millisecond
}
