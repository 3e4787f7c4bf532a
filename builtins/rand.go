package builtins

import (
	"math/big"

	"goerl/term"
)

// randBIFs are stdlib's rand functions; the state lives in the process
// dictionary under rand_seed, as in erl.
func randBIFs() []Entry {
	return []Entry{
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
	}
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
