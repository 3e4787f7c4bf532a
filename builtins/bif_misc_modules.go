package builtins

import (
	"bytes"
	"math/big"
	"os"
	"time"

	"goerl/process"
	"goerl/term"
)

// Small parts of stdlib and kernel modules that lessons use: timer's
// conversions and apply_after, os, calendar, file:get_cwd, binary:split
// and part, rand (state in the process dictionary under rand_seed, as in
// erl), io:get_line.

func msConversion(name string, factor int) Entry {
	return modBIF("timer", name, 1, name+" in milliseconds", func(_ *Call, a []term.Term) term.Term {
		n, ok := a[0].(int)
		if !ok {
			badarg()
		}
		return n * factor
	})
}

func miscModuleBIFs() []Entry {
	return []Entry{
		msConversion("minutes", 60*1000),
		msConversion("hours", 60*60*1000),
		modBIF("timer", "hms", 3, "hours, minutes and seconds in milliseconds", func(_ *Call, a []term.Term) term.Term {
			h, ok1 := a[0].(int)
			m, ok2 := a[1].(int)
			s, ok3 := a[2].(int)
			if !ok1 || !ok2 || !ok3 {
				badarg()
			}
			return ((h*60+m)*60 + s) * 1000
		}),
		modBIF("timer", "apply_after", 4, "call M:F(Args) in a new process after Ms: {ok,TRef}", func(c *Call, a []term.Term) term.Term {
			ms, ok := a[0].(int)
			args, okArgs := properList(a[3])
			mod, okM := a[1].(term.Atom)
			fn, okF := a[2].(term.Atom)
			if !ok || ms < 0 || !okArgs || !okM || !okF {
				return term.Tuple{atomError, atomBadarg}
			}
			// erl's timer server spawns the call when the time comes; a
			// sleeping process does the same on the runtime clock.
			d := c.dispatcher
			c.spawn(process.SpawnOptions{InitialCall: "timer:apply_after/4"}, func(p *process.Proc) {
				p.Sleep(time.Duration(ms) * time.Millisecond)
				d.CallMFA(p, mod, fn, args)
			})
			return term.Tuple{term.OK, term.Tuple{term.Atom("once"), c.Runtime.MakeRef()}}
		}),
		modBIF("os", "type", 0, "{unix,linux}", func(*Call, []term.Term) term.Term {
			return term.Tuple{term.Atom("unix"), term.Atom("linux")}
		}),
		modBIF("os", "timestamp", 0, "{MegaSecs,Secs,MicroSecs} on the runtime clock", bifTimestamp),
		modBIF("os", "system_time", 0, "the runtime clock in native units (ns)", func(c *Call, _ []term.Term) term.Term {
			return int(c.Runtime.Now().UnixNano())
		}),
		modBIF("os", "system_time", 1, "the runtime clock in a time unit", func(c *Call, a []term.Term) term.Term {
			return inUnit(c.Runtime.Now().UnixNano(), a[0])
		}),
		modBIF("os", "getenv", 1, "an environment variable's value, or false", func(_ *Call, a []term.Term) term.Term {
			name, ok := charList(a[0])
			if !ok {
				badarg()
			}
			v, found := os.LookupEnv(name)
			if !found {
				return term.False
			}
			return term.String(v)
		}),
		modBIF("os", "getenv", 0, "every environment variable as \"NAME=Value\"", func(*Call, []term.Term) term.Term {
			env := os.Environ()
			out := make(term.List, len(env))
			for i, e := range env {
				out[i] = term.String(e)
			}
			return out
		}),
		modBIF("calendar", "local_time", 0, "{{Y,Mo,D},{H,Mi,S}} on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now())
		}),
		modBIF("calendar", "universal_time", 0, "{{Y,Mo,D},{H,Mi,S}} in UTC on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now().UTC())
		}),
		modBIF("file", "get_cwd", 0, "{ok, Dir}: the operating system's working directory", func(*Call, []term.Term) term.Term {
			dir, err := os.Getwd()
			if err != nil {
				return term.Tuple{atomError, term.Atom("enoent")}
			}
			return term.Tuple{term.OK, term.String(dir)}
		}),
		modBIF("binary", "part", 3, "binary:part(Bin, Start, Length)", func(_ *Call, a []term.Term) term.Term {
			return binaryPart(a[0], a[1], a[2])
		}),
		modBIF("binary", "split", 2, "split at the first occurrence of a pattern", func(_ *Call, a []term.Term) term.Term {
			return binarySplit(a[0], a[1], term.List{})
		}),
		modBIF("binary", "split", 3, "split with options [global, trim, trim_all]", func(_ *Call, a []term.Term) term.Term {
			return binarySplit(a[0], a[1], a[2])
		}),
		modBIF("rand", "uniform", 0, "a random float in [0.0, 1.0)", func(c *Call, _ []term.Term) term.Term {
			return float64(c.randNext()>>11) / (1 << 53)
		}),
		modBIF("rand", "uniform", 1, "a random integer in 1..N", func(c *Call, a []term.Term) term.Term {
			n, ok := a[0].(int)
			if !ok || n < 1 {
				noClause(0)
			}
			return 1 + int(c.randNext()%uint64(n))
		}),
		modBIF("rand", "seed", 1, "seed the process's generator from Alg or {Alg,Seed}", func(c *Call, a []term.Term) term.Term {
			if t, ok := a[0].(term.Tuple); ok && len(t) == 2 {
				return c.randSeed(t[0], t[1])
			}
			return c.randSeed(a[0], c.Runtime.Now().UnixNano())
		}),
		modBIF("rand", "seed", 2, "seed the process's generator: seed(Alg, Integer or {A,B,C})", func(c *Call, a []term.Term) term.Term {
			return c.randSeed(a[0], a[1])
		}),
		modBIF("io", "get_line", 1, "eof: the shell owns standard input", func(c *Call, a []term.Term) term.Term {
			return term.Atom("eof")
		}),
	}
}

// binarySplit is binary:split/3 for binary patterns.
func binarySplit(subject, pattern, options term.Term) term.Term {
	b, ok := subject.(term.Binary)
	if !ok {
		badarg()
	}
	var pats [][]byte
	switch p := pattern.(type) {
	case term.Binary:
		pats = append(pats, p)
	case term.List:
		for _, x := range p {
			pb, ok := x.(term.Binary)
			if !ok {
				badarg()
			}
			pats = append(pats, pb)
		}
	default:
		badarg()
	}
	for _, p := range pats {
		if len(p) == 0 {
			badarg()
		}
	}
	opts, ok := properList(options)
	if !ok {
		badarg()
	}
	global, trim, trimAll := false, false, false
	for _, o := range opts {
		switch o {
		case term.Atom("global"):
			global = true
		case term.Atom("trim"):
			trim = true
		case term.Atom("trim_all"):
			trimAll = true
		default:
			badarg()
		}
	}
	var parts []term.Binary
	rest := []byte(b)
	for {
		at, n := -1, 0
		for _, p := range pats {
			if i := bytes.Index(rest, p); i >= 0 && (at < 0 || i < at || i == at && len(p) > n) {
				at, n = i, len(p)
			}
		}
		if at < 0 {
			break
		}
		parts = append(parts, term.Binary(append([]byte{}, rest[:at]...)))
		rest = rest[at+n:]
		if !global {
			break
		}
	}
	parts = append(parts, term.Binary(append([]byte{}, rest...)))
	if trim {
		for len(parts) > 0 && len(parts[len(parts)-1]) == 0 {
			parts = parts[:len(parts)-1]
		}
	}
	out := term.List{}
	for _, p := range parts {
		if trimAll && len(p) == 0 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// randKey is where erl keeps the process's generator state.
const randKey term.Atom = "rand_seed"

// randSeed stores a splitmix64 state derived from seed (an integer or
// {A,B,C}) under rand_seed and returns it, as {Alg, State}.
func (c *Call) randSeed(alg, seed term.Term) term.Term {
	if _, ok := alg.(term.Atom); !ok {
		badarg()
	}
	var s uint64
	switch v := seed.(type) {
	case int:
		s = uint64(v)
	case *big.Int:
		s = new(big.Int).And(v, new(big.Int).SetUint64(^uint64(0))).Uint64()
	case term.Tuple:
		for _, x := range v {
			n, ok := x.(int)
			if !ok {
				badarg()
			}
			s = s*1000003 + uint64(n)
		}
	default:
		badarg()
	}
	state := term.Tuple{alg, term.BigInt(new(big.Int).SetUint64(s))}
	c.dictionary().Put(randKey, state)
	return state
}

// randNext advances the process's generator (seeding it from the runtime
// clock on first use, so that virtual-time transcripts repeat) and
// returns 64 random bits (splitmix64).
func (c *Call) randNext() uint64 {
	st, ok := c.dictionary().Get(randKey).(term.Tuple)
	if !ok || len(st) != 2 {
		var now int64
		if c.Runtime != nil {
			now = c.Runtime.Now().UnixNano()
		}
		st = c.randSeed(term.Atom("exsss"), int(now)).(term.Tuple)
	}
	s := term.ToBig(st[1]).Uint64() + 0x9e3779b97f4a7c15
	c.dictionary().Put(randKey, term.Tuple{st[0], term.BigInt(new(big.Int).SetUint64(s))})
	z := s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
