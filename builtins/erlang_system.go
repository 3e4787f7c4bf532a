package builtins

import (
	"runtime"
	"time"

	"goerl/term"
)

// erlangSystemBIFs are erlang's BIFs about the node: clocks (all on the
// runtime's clock, virtual in transcripts, so dates and times in a lesson
// repeat), code checks, statistics, memory, system_info, unique integers.
func erlangSystemBIFs() []Entry {
	return []Entry{
		erlangBIF("date", 0, "{Year,Month,Day} on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			y, m, d := c.Runtime.Now().Date()
			return term.Tuple{y, int(m), d}
		}),
		erlangBIF("time", 0, "{Hour,Minute,Second} on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			h, m, s := c.Runtime.Now().Clock()
			return term.Tuple{h, m, s}
		}),
		erlangBIF("now", 0, "{MegaSecs,Secs,MicroSecs} (deprecated in erl)", bifTimestamp),
		erlangBIF("timestamp", 0, "{MegaSecs,Secs,MicroSecs}", bifTimestamp),
		erlangBIF("system_time", 0, "the runtime clock in native units (ns)", func(c *Call, _ []term.Term) term.Term {
			return int(c.Runtime.Now().UnixNano())
		}),
		erlangBIF("system_time", 1, "the runtime clock in a time unit", func(c *Call, a []term.Term) term.Term {
			return inUnit(c.Runtime.Now().UnixNano(), a[0])
		}),
		erlangBIF("monotonic_time", 0, "a monotonic clock in native units (ns)", func(c *Call, _ []term.Term) term.Term {
			return int(c.Runtime.Now().UnixNano())
		}),
		erlangBIF("monotonic_time", 1, "a monotonic clock in a time unit", func(c *Call, a []term.Term) term.Term {
			return inUnit(c.Runtime.Now().UnixNano(), a[0])
		}),
		erlangBIF("garbage_collect", 0, "true, after a collection of the whole Go heap (memory/0 then shows what is live)", func(*Call, []term.Term) term.Term {
			runtime.GC()
			return term.True
		}),
		erlangBIF("statistics", 1, "wall_clock, runtime, reductions, run_queue (minimal)", func(c *Call, a []term.Term) term.Term {
			switch a[0] {
			// Only the shape is erl's: {Total, SinceLast} in milliseconds, with
			// the since-last part always 0; reductions are not counted.
			case term.Atom("wall_clock"), term.Atom("runtime"):
				return term.Tuple{int(c.Runtime.Now().UnixMilli() % (1 << 40)), 0}
			case term.Atom("reductions"):
				return term.Tuple{0, 0}
			case term.Atom("run_queue"):
				return 0
			}
			badarg()
			return nil
		}),
		erlangBIF("check_process_code", 2, "whether a process runs the old code of a module", func(c *Call, a []term.Term) term.Term {
			pid, ok1 := a[0].(term.Pid)
			mod, ok2 := a[1].(term.Atom)
			if !ok1 || !ok2 {
				badarg()
			}
			return term.Bool(c.Code.CheckProcessCode(pid, string(mod)))
		}),
		erlangBIF("check_old_code", 1, "whether a module has old code", func(c *Call, a []term.Term) term.Term {
			mod, ok := a[0].(term.Atom)
			if !ok {
				badarg()
			}
			return term.Bool(c.Code.CheckOldCode(string(mod)))
		}),
		erlangBIF("module_loaded", 1, "whether a module is loaded", func(c *Call, a []term.Term) term.Term {
			mod, ok := a[0].(term.Atom)
			if !ok {
				badarg()
			}
			return term.Bool(c.moduleLoaded(string(mod)))
		}),
		erlangBIF("function_exported", 3, "whether M:F/A is exported by loaded code", func(c *Call, a []term.Term) term.Term {
			m, ok1 := a[0].(term.Atom)
			f, ok2 := a[1].(term.Atom)
			n, ok3 := a[2].(int)
			if !ok1 || !ok2 || !ok3 {
				badarg()
			}
			// Builtin modules (lists, maps, ...) are in the BIF table, not the
			// code server: a function there counts as exported, as it is in erl.
			if _, ok := c.dispatcher.table.Lookup(string(m), string(f), n); ok {
				return term.True
			}
			if c.Code == nil {
				return term.False
			}
			exports, _ := c.Code.Exports(string(m))
			for _, x := range exports {
				if x.Name == string(f) && x.Arity == n {
					return term.True
				}
			}
			return term.False
		}),
		erlangBIF("unique_integer", 0, "an integer unique in this runtime", func(c *Call, _ []term.Term) term.Term {
			return c.dispatcher.state.uniqueInteger(false)
		}),
		erlangBIF("unique_integer", 1, "unique_integer with options [positive, monotonic]", func(c *Call, a []term.Term) term.Term {
			opts, ok := properList(a[0])
			if !ok {
				badarg()
			}
			positive := false
			for _, o := range opts {
				switch o {
				case term.Atom("positive"):
					positive = true
				// Each of the runtime's two counters (plain and positive) only
				// grows, so monotonic needs nothing more.
				case term.Atom("monotonic"):
				default:
					badarg()
				}
			}
			return c.dispatcher.state.uniqueInteger(positive)
		}),
		erlangBIF("start_timer", 3, "send {timeout,TRef,Msg} to Dest after Time ms: TRef", func(c *Call, a []term.Term) term.Term {
			d := timerArgs(a)
			// The runtime makes a timer's ref itself, after taking the
			// message: hand out our own ref, put it in the message, and
			// map it to the runtime's for cancel_timer.
			ref := c.Runtime.MakeRef()
			real := c.Runtime.SendAfter(d, a[1], term.Tuple{term.Atom("timeout"), ref, a[2]})
			c.dispatcher.state.aliasTimer(ref, real)
			return ref
		}),
		erlangBIF("system_info", 1, "process_count, schedulers, otp_release, ... (a few items)", bifSystemInfo),
		erlangBIF("memory", 0, "[{total,Bytes}, ...] from Go's memory statistics", func(*Call, []term.Term) term.Term {
			m := memoryItems()
			order := memoryOrder()
			out := make(term.List, len(order))
			for i, k := range order {
				out[i] = term.Tuple{term.Atom(k), m[k]}
			}
			return out
		}),
		erlangBIF("memory", 1, "one item (or a list of items) of memory/0", func(_ *Call, a []term.Term) term.Term {
			m := memoryItems()
			item := func(t term.Term) int {
				k, ok := t.(term.Atom)
				v, found := m[string(k)]
				if !ok || !found {
					badarg()
				}
				return v
			}
			if l, ok := a[0].(term.List); ok {
				out := make(term.List, len(l))
				for i, k := range l {
					out[i] = term.Tuple{k, item(k)}
				}
				return out
			}
			return item(a[0])
		}),
		erlangBIF("localtime", 0, "{{Y,Mo,D},{H,Mi,S}} on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now())
		}),
		erlangBIF("universaltime", 0, "{{Y,Mo,D},{H,Mi,S}} in UTC on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now().UTC())
		}),
	}
}

// moduleLoaded is erlang:module_loaded/1: BIF modules are always loaded
// (erl's preloaded ones), Go modules when the code server has a current
// version.
func (c *Call) moduleLoaded(mod string) bool {
	if c.dispatcher.table.HasModule(mod) {
		return true
	}
	if c.Code == nil {
		return false
	}
	_, ok := c.Code.IsLoaded(mod)
	return ok
}

// bifTimestamp is erlang:timestamp/0 and os:timestamp/0, {MegaSecs,
// Secs, MicroSecs} on the runtime clock.
func bifTimestamp(c *Call, _ []term.Term) term.Term {
	us := c.Runtime.Now().UnixMicro()
	return term.Tuple{int(us / 1e12), int(us / 1e6 % 1e6), int(us % 1e6)}
}

// inUnit converts nanoseconds to an erlang time unit.
func inUnit(ns int64, unit term.Term) term.Term {
	switch unit {
	case term.Atom("second"), term.Atom("seconds"):
		return int(ns / int64(time.Second))
	case term.Atom("millisecond"), term.Atom("milli_seconds"):
		return int(ns / int64(time.Millisecond))
	case term.Atom("microsecond"), term.Atom("micro_seconds"):
		return int(ns / int64(time.Microsecond))
	case term.Atom("nanosecond"), term.Atom("nano_seconds"), term.Atom("native"):
		return int(ns)
	}
	if n, ok := unit.(int); ok && n > 0 {
		return int(ns * int64(n) / int64(time.Second))
	}
	badarg()
	return nil
}

// bifSystemInfo answers the system_info/1 items lessons ask about: the
// release and erts version of the OTP 25 node goerl imitates (those of
// the banner), the machine's schedulers, process counts; other items
// are badarg.
func bifSystemInfo(c *Call, a []term.Term) term.Term {
	switch a[0] {
	case term.Atom("process_count"):
		if c.Runtime == nil {
			return 0
		}
		return len(c.Runtime.Processes())
	case term.Atom("schedulers"), term.Atom("schedulers_online"), term.Atom("logical_processors"):
		return runtime.GOMAXPROCS(0)
	case term.Atom("otp_release"):
		return term.String("25")
	case term.Atom("version"):
		return term.String("13.1.5")
	case term.Atom("wordsize"):
		return 8
	case term.Atom("process_limit"):
		return 262144
	case term.Atom("atom_limit"):
		return 1048576
	case term.Atom("machine"):
		return term.String("BEAM")
	case term.Atom("system_architecture"):
		return term.String(runtime.GOARCH + "-pc-" + runtime.GOOS + "-gnu")
	}
	badarg()
	return nil
}

// memoryOrder is erl's order of memory/0's items.
func memoryOrder() []string {
	return []string{"total", "processes", "processes_used", "system", "atom", "atom_used", "binary", "code", "ets"}
}

// memoryItems answers memory/0 honestly from Go's memory, as live
// figures that fall when memory is freed: total is what the Go runtime
// holds from the OS and has not given back; processes are the goroutine
// stacks and the live heap objects (every term and module value lives
// there); the rest is the system. goerl has no atom table, binary heap,
// code area or ETS of its own, so those are 0.
func memoryItems() map[string]int {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	procs := int(ms.StackInuse + ms.HeapAlloc)
	total := int(ms.Sys - ms.HeapReleased)
	return map[string]int{
		"total": total, "processes": procs, "processes_used": procs, "system": total - procs,
		"atom": 0, "atom_used": 0, "binary": 0, "code": 0, "ets": 0,
	}
}

// dateTime is {{Y,Mo,D},{H,Mi,S}}, erlang:localtime/0's shape.
func dateTime(t time.Time) term.Tuple {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return term.Tuple{term.Tuple{y, int(mo), d}, term.Tuple{h, mi, s}}
}
