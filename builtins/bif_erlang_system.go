package builtins

import (
	"time"

	"goerl/term"
)

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
		erlangBIF("garbage_collect", 0, "true (Go collects garbage itself)", func(*Call, []term.Term) term.Term { return term.True }),
		erlangBIF("statistics", 1, "wall_clock, runtime, reductions, run_queue (minimal)", func(c *Call, a []term.Term) term.Term {
			switch a[0] {
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
	}
}

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
