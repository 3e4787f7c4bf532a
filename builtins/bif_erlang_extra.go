package builtins

import (
	"hash/fnv"
	"io"
	"runtime"
	"strconv"
	"strings"
	"time"

	"goerl/term"
)

// phash2Range is erlang:phash2/1's range, 2^27.
const phash2Range = 1 << 27

func erlangExtraBIFs() []Entry {
	return []Entry{
		erlangBIF("raise", 3, "raise(Class, Reason, Stacktrace): rethrow; badarg for a bad class", bifRaise),
		erlangBIF("display", 1, "print a term in erts' own format and a newline; true", func(c *Call, a []term.Term) term.Term {
			if c.Out != nil {
				io.WriteString(c.Out, displayText(a[0])+"\n")
			}
			return term.True
		}),
		erlangBIF("phash2", 1, "a portable hash of a term in 0..2^27-1", func(_ *Call, a []term.Term) term.Term {
			return phash2(a[0], phash2Range)
		}),
		erlangBIF("phash2", 2, "a portable hash of a term in 0..Range-1", func(_ *Call, a []term.Term) term.Term {
			n, ok := a[1].(int)
			if !ok || n < 1 || n > 1<<32 {
				badarg()
			}
			return phash2(a[0], n)
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
				case term.Atom("monotonic"):
				default:
					badarg()
				}
			}
			return c.dispatcher.state.uniqueInteger(positive)
		}),
		erlangBIF("insert_element", 3, "a tuple with Term inserted at position N", func(_ *Call, a []term.Term) term.Term {
			n, ok1 := a[0].(int)
			t, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || n < 1 || n > len(t)+1 {
				badarg()
			}
			out := make(term.Tuple, 0, len(t)+1)
			out = append(append(append(out, t[:n-1]...), a[2]), t[n-1:]...)
			return out
		}),
		erlangBIF("delete_element", 2, "a tuple without its N-th element", func(_ *Call, a []term.Term) term.Term {
			n, ok1 := a[0].(int)
			t, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || n < 1 || n > len(t) {
				badarg()
			}
			out := make(term.Tuple, 0, len(t)-1)
			return append(append(out, t[:n-1]...), t[n:]...)
		}),
		erlangBIF("start_timer", 3, "send {timeout,TRef,Msg} to Dest after Time ms: TRef", func(c *Call, a []term.Term) term.Term {
			ms, ok := a[0].(int)
			if !ok || ms < 0 {
				badarg()
			}
			switch a[1].(type) {
			case term.Pid, term.Atom:
			default:
				badarg()
			}
			// The runtime makes a timer's ref itself, after taking the
			// message: hand out our own ref, put it in the message, and
			// map it to the runtime's for cancel_timer.
			ref := c.Runtime.MakeRef()
			real := c.Runtime.SendAfter(time.Duration(ms)*time.Millisecond, a[1], term.Tuple{term.Atom("timeout"), ref, a[2]})
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
		erlangBIF("fun_info", 1, "what a fun is: module, name, arity, env, type", func(_ *Call, a []term.Term) term.Term {
			f, ok := a[0].(*term.Fun)
			if !ok {
				badarg()
			}
			items := []string{"module", "name", "arity", "env", "type"}
			if !f.External {
				items = []string{"module", "index", "uniq", "name", "arity", "env", "type"}
			}
			out := make(term.List, len(items))
			for i, k := range items {
				out[i] = funInfo(f, term.Atom(k))
			}
			return out
		}),
		erlangBIF("fun_info", 2, "{Item, Value} for a fun: module, name, arity, env, type, ...", func(_ *Call, a []term.Term) term.Term {
			f, ok1 := a[0].(*term.Fun)
			item, ok2 := a[1].(term.Atom)
			if !ok1 || !ok2 {
				badarg()
			}
			return funInfo(f, item)
		}),
		erlangBIF("yield", 0, "let other processes run; true", func(*Call, []term.Term) term.Term {
			runtime.Gosched()
			return term.True
		}),
		erlangBIF("term_to_binary", 1, "a term in the external term format", func(_ *Call, a []term.Term) term.Term {
			b, ok := encodeTerm(a[0])
			if !ok {
				badarg()
			}
			return term.Binary(b)
		}),
		erlangBIF("binary_to_term", 1, "the term a binary encodes", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			t, ok := decodeTerm(b)
			if !ok {
				badarg()
			}
			return t
		}),
		erlangBIF("binary_part", 3, "binary_part(Bin, Start, Length): Length may be negative", func(_ *Call, a []term.Term) term.Term {
			return binaryPart(a[0], a[1], a[2])
		}),
		erlangBIF("binary_to_float", 1, "parse float text in a binary", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			return parseFloat(string(b))
		}),
		erlangBIF("bit_size", 1, "the number of bits of a binary", func(_ *Call, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				badarg()
			}
			return 8 * len(b)
		}),
	}
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
	panic(&term.Exception{Class: class, Reason: a[1], Stack: a[2]})
}

// binaryPart is binary_part/3 (and binary:part/3).
func binaryPart(bin, start, length term.Term) term.Term {
	b, ok1 := bin.(term.Binary)
	s, ok2 := start.(int)
	n, ok3 := length.(int)
	if !ok1 || !ok2 || !ok3 {
		badarg()
	}
	if n < 0 {
		s, n = s+n, -n
	}
	if s < 0 || s+n > len(b) {
		badarg()
	}
	return append(term.Binary{}, b[s:s+n]...)
}

func dateTime(t time.Time) term.Tuple {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return term.Tuple{term.Tuple{y, int(mo), d}, term.Tuple{h, mi, s}}
}

// phash2 hashes t's external format into 0..n-1. It is stable across
// runs and equal for =:= terms, like erl's, but the numbers differ from
// erl's (which hashes the term structure with its own function).
func phash2(t term.Term, n int) int {
	b, ok := encodeTerm(t)
	if !ok {
		b = []byte(term.Sprint(t))
	}
	h := fnv.New32a()
	h.Write(b)
	return int(uint64(h.Sum32()) % uint64(n))
}

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

// memoryItems answers memory/0 honestly from Go's heap: processes are the
// goroutine stacks, the rest is the system; goerl has no atom table,
// binary heap, code area or ETS of its own, so those are 0.
func memoryItems() map[string]int {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	procs := int(ms.StackInuse)
	total := int(ms.Sys)
	return map[string]int{
		"total": total, "processes": procs, "processes_used": procs, "system": total - procs,
		"atom": 0, "atom_used": 0, "binary": 0, "code": 0, "ets": 0,
	}
}

// funInfo is one {Item,Value} of erlang:fun_info/2.
func funInfo(f *term.Fun, item term.Atom) term.Tuple {
	var v term.Term
	switch item {
	case "module":
		v = term.Atom(f.Module)
	case "name":
		name := f.Name
		if !f.External && name == "" {
			name = "-fun-" + strconv.Itoa(f.Index) + "-"
		}
		v = term.Atom(name)
	case "arity":
		v = f.Arity
	case "env":
		v = term.List{}
	case "type":
		v = term.Atom("local")
		if f.External {
			v = term.Atom("external")
		}
	case "index", "new_index":
		v = f.Index
		if f.External {
			v = term.Undefined
		}
	case "uniq", "new_uniq":
		v = f.Uniq
		if f.External {
			v = term.Undefined
		}
	case "pid":
		v = term.Undefined
	default:
		badarg()
	}
	return term.Tuple{item, v}
}

// displayText is how erlang:display/1 prints: like ~w, except printable
// strings in double quotes and floats in C's %e format.
func displayText(t term.Term) string {
	var b strings.Builder
	writeDisplay(&b, t)
	return b.String()
}

func writeDisplay(b *strings.Builder, t term.Term) {
	switch v := t.(type) {
	case float64:
		b.WriteString(strconv.FormatFloat(v, 'e', 6, 64))
	case term.List:
		if len(v) > 0 && displayPrintable(v) {
			b.WriteByte('"')
			for _, c := range v {
				r := rune(c.(int))
				if r == '"' || r == '\\' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			b.WriteByte('"')
			return
		}
		writeDisplaySeq(b, "[", "]", v, nil)
	case term.Improper:
		writeDisplaySeq(b, "[", "]", v.Elems, v.Tail)
	case term.Tuple:
		writeDisplaySeq(b, "{", "}", v, nil)
	case *term.Map:
		b.WriteString("#{")
		for i, k := range v.Keys() {
			if i > 0 {
				b.WriteByte(',')
			}
			writeDisplay(b, k)
			b.WriteString("=>")
			writeDisplay(b, v.Values()[i])
		}
		b.WriteByte('}')
	default:
		b.WriteString(term.Sprint(t))
	}
}

func writeDisplaySeq(b *strings.Builder, open, closing string, elems []term.Term, tail term.Term) {
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteByte(',')
		}
		writeDisplay(b, e)
	}
	if tail != nil {
		b.WriteByte('|')
		writeDisplay(b, tail)
	}
	b.WriteString(closing)
}

// displayPrintable is erts' test for printing a list as a string:
// printable ASCII and common whitespace only.
func displayPrintable(l term.List) bool {
	for _, e := range l {
		c, ok := e.(int)
		if !ok || !(c >= 32 && c < 127 || c == '\n' || c == '\t') {
			return false
		}
	}
	return true
}
