package process

import (
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"goerl/events"
	"goerl/term"
)

// Proc is one process. Its methods that block or act on the calling
// process must be called from the process's own goroutine.
type Proc struct {
	rt          *Runtime
	pid         term.Pid
	initialCall string
	drivesClock bool
	onExit      func(reason term.Term)
	// wake carries one token to the owner when it is blocked: a message,
	// a timer or an exit signal arrived. Spurious tokens are harmless,
	// every waiter re-checks its condition.
	wake chan struct{}

	// hasPendingExit mirrors pendingExit != nil for lock-free checks.
	hasPendingExit atomic.Bool
	dead           atomic.Bool
	// exchanging is set when the process sends a message and cleared
	// when it blocks: Receive then yields before blocking (see
	// receiveYields). Atomic because Send's from need not be the caller.
	exchanging atomic.Bool

	mu sync.Mutex // guards the fields below
	mailbox
	idle          bool // blocked and not counted as busy (see settle.go)
	wakeOnMessage bool // the block is a Receive: a message ends it
	waitSeq       uint64
	firedSeq      uint64 // the waitSeq whose timer fired
	waitTimer     *timer // the timer of the current timed wait
	trapExit      bool
	pendingExit   term.Term
	links         map[term.Pid]struct{}
	monitoredBy   map[term.Ref]monitorer
	monitoring    map[term.Ref]*Proc
	currentFunc   string
	reductions    int

	// forced is the exception the process is being ended with by Goexit
	// (a kill, an exit signal, the stack guard). Written and read only by
	// the goroutine that dies.
	forced *term.Exception

	// name is guarded by the runtime's registry lock.
	name term.Atom

	// stops holds what interrupts the process's blocking Go operations
	// and ends the goroutines it owns (see interrupt.go).
	stops stops
	// bigAllocs sums the big allocations the process asked for (Alloc).
	bigAllocs atomic.Int64

	codeMu    sync.Mutex
	code      []*CodeTag
	codeEpoch uint64
}

// SpawnOptions modify Spawn.
type SpawnOptions struct {
	Link    bool // spawn_link: link parent and child atomically
	Monitor bool // spawn_monitor: parent monitors child; Spawn returns the ref
	// InitialCall is shown by i() and regs(), e.g. "erlang:apply/2".
	InitialCall string
	// Code, when non-nil, is entered as the base frame of the child's
	// code stack (the version its closure belongs to).
	Code *CodeTag
	// OnExit, when non-nil, is called once after the process has died
	// (links and monitors already fired) with its exit reason.
	OnExit func(reason term.Term)
	// DrivesClock marks the shell's evaluator: in virtual time, its timed
	// waits (Receive with a timeout, Sleep) let the clock advance up to
	// their deadline. See the package documentation.
	DrivesClock bool
}

// Spawn starts body in a new goroutine as a new process. parent may be
// nil (no link/monitor possible then). How the body ends decides the exit
// reason: returning is normal; a *term.Exception panic gives exit Reason
// (class exit), {Reason,Stack} (class error, after CrashReport) or
// {{nocatch,Reason},Stack} (throw, also after CrashReport, as erl does);
// another panic goes through PanicToException; being killed gives the
// reason the killer chose.
//
// The child is fully set up (registered as alive, linked, monitored,
// holding opts.Code) before its goroutine starts, so spawn_link and
// spawn_monitor are atomic.
func (rt *Runtime) Spawn(parent *Proc, opts SpawnOptions, body func(p *Proc)) (*Proc, term.Ref) {
	p := &Proc{
		rt:          rt,
		pid:         term.Pid{ID: int(rt.nextPid.Add(1) - 1)},
		initialCall: opts.InitialCall,
		drivesClock: opts.DrivesClock,
		onExit:      opts.OnExit,
		wake:        make(chan struct{}, 1),
	}
	if opts.Code != nil {
		p.EnterCode(opts.Code)
	}
	var ref term.Ref
	if parent != nil && opts.Link {
		p.links = map[term.Pid]struct{}{parent.pid: {}}
		parent.mu.Lock()
		if parent.links == nil {
			parent.links = map[term.Pid]struct{}{}
		}
		parent.links[p.pid] = struct{}{}
		parent.mu.Unlock()
	}
	if parent != nil && opts.Monitor {
		ref = rt.MakeRef()
		p.monitoredBy = map[term.Ref]monitorer{ref: {watcher: parent, object: p.pid}}
		parent.mu.Lock()
		if parent.monitoring == nil {
			parent.monitoring = map[term.Ref]*Proc{}
		}
		parent.monitoring[ref] = p
		parent.mu.Unlock()
	}
	rt.procs.put(p)
	rt.idle.busy.Add(1)
	if bus := rt.opts.Events; bus.Active() {
		e := events.Event{Kind: events.Spawned, Pid: p.pid, Function: opts.InitialCall}
		if opts.Code != nil {
			e.Module = opts.Code.Name
		}
		e.Text = term.Sprint(p.pid) + " spawned"
		if parent != nil {
			e.Text += " by " + term.Sprint(parent.pid)
		}
		bus.Publish(e)
	}
	go rt.run(p, body)
	return p, ref
}

// run is the base of every goroutine a process lives on.
func (rt *Runtime) run(p *Proc, body func(p *Proc)) {
	e := rt.gs.register(p, false)
	returned := false
	defer func() { rt.finish(p, e, returned, recover()) }()
	// A kill that arrived while TailCall handed the process over.
	p.checkKill()
	body(p)
	returned = true
}

// finish ends a goroutine: either it was left behind by TailCall, or the
// process dies here and its exit reason is decided.
func (rt *Runtime) finish(p *Proc, e *gEntry, returned bool, recovered any) {
	e.exiting.Store(true)
	if e.tailCalled {
		rt.gs.unregister(e)
		return
	}
	var reason term.Term
	crash := false
	switch {
	case p.forced != nil:
		reason, crash = exitReason(p.forced)
	case returned:
		reason = atomNormal
	case recovered != nil:
		x, ok := recovered.(*term.Exception)
		if !ok {
			x = rt.panicToException(recovered)
		}
		reason, crash = exitReason(x)
	default:
		// The body called runtime.Goexit itself: nothing threw, nobody
		// killed it, yet it did not return. Erlang has no such ending;
		// killed is the closest.
		reason = atomKilled
	}
	if crash && rt.opts.CrashReport != nil {
		rt.opts.CrashReport(p.pid, reason, rt.Now())
	}
	// Published before the process leaves the table, so that whoever
	// waits for its death (a purge) sees its event first.
	if bus := rt.opts.Events; bus.Active() {
		bus.Publish(events.Event{Kind: events.Exited, Pid: p.pid, Reason: reason,
			Function: p.CurrentFunction(),
			Text:     term.Sprint(p.pid) + " exited: " + term.Sprint(reason)})
	}
	rt.die(p, reason)
	rt.gs.unregister(e)
	if p.onExit != nil {
		p.onExit(reason)
	}
	rt.becameIdle()
	rt.reclaimAfter(p, stackSize())
}

// TailCall abandons the process's current goroutine (its Go stack and
// code stack) and continues the same process in fn on a fresh goroutine.
// It never returns. Deferred functions of the abandoned frames run (on
// the old goroutine, concurrently with fn, as an exiting goroutine).
// The code stack is emptied: fn enters the tag of its continuation
// itself. A kill that arrives during the handoff still kills. Called on
// a goroutine that is already exiting, it does nothing and returns.
func (p *Proc) TailCall(fn func(p *Proc)) {
	e := p.rt.gs.current()
	if e == nil || e.proc != p {
		panic("process: TailCall outside the process's own goroutine")
	}
	refuseOwned(e)
	if e.exiting.Load() {
		return
	}
	p.resetCode()
	e.tailCalled = true
	e.exiting.Store(true)
	go p.rt.run(p, fn)
	runtime.Goexit()
}

// Pid returns the process's pid.
func (p *Proc) Pid() term.Pid { return p.pid }

// Runtime returns the runtime the process lives in.
func (p *Proc) Runtime() *Runtime { return p.rt }

// TrapExit sets process_flag(trap_exit, on) and returns the old value.
func (p *Proc) TrapExit(on bool) bool {
	p.mu.Lock()
	old := p.trapExit
	p.trapExit = on
	p.mu.Unlock()
	return old
}

// SetCurrentFunction records what i() shows as the current function
// ("m:f/a"); it defaults to the initial call.
func (p *Proc) SetCurrentFunction(mfa string) {
	p.mu.Lock()
	p.currentFunc = mfa
	p.mu.Unlock()
}

// CurrentFunction is what i() shows as the process's current function
// ("m:f/a"): the last one recorded, else the initial call.
func (p *Proc) CurrentFunction() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.currentFunc != "" {
		return p.currentFunc
	}
	return p.initialCall
}

// Info describes a process for i(), regs() and process_info.
type Info struct {
	Pid             term.Pid
	RegisteredName  term.Atom // "" if none
	InitialCall     string
	CurrentFunction string
	Status          term.Atom // running, runnable, waiting
	MessageQueueLen int
	Links           []term.Pid
	TrapExit        bool
	Reductions      int
}

// Info returns a snapshot; ok is false for a dead pid. Reductions count
// the messages the process has taken from its mailbox (a stand-in that
// is deterministic, unlike erl's).
func (rt *Runtime) Info(pid term.Pid) (Info, bool) {
	p := rt.Lookup(pid)
	if p == nil {
		return Info{}, false
	}
	info := Info{Pid: pid, InitialCall: p.initialCall}
	p.mu.Lock()
	info.CurrentFunction = p.currentFunc
	info.MessageQueueLen = p.queueLen
	info.TrapExit = p.trapExit
	info.Reductions = p.reductions
	idle := p.idle
	for l := range p.links {
		info.Links = append(info.Links, l)
	}
	p.mu.Unlock()
	if info.CurrentFunction == "" {
		info.CurrentFunction = p.initialCall
	}
	sort.Slice(info.Links, func(i, j int) bool { return info.Links[i].ID < info.Links[j].ID })
	switch {
	case idle:
		info.Status = "waiting"
	case rt.Current() == p:
		info.Status = "running"
	default:
		info.Status = "runnable"
	}
	rt.reg.mu.Lock()
	info.RegisteredName = p.name
	rt.reg.mu.Unlock()
	return info, !p.dead.Load()
}
