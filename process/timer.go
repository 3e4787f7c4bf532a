package process

import (
	"container/heap"
	"sync"
	"time"

	"goerl/term"
)

// timer is one pending action on the runtime clock.
type timer struct {
	deadline time.Time
	seq      uint64 // creation order: breaks deadline ties
	index    int    // position in the heap (virtual mode)
	ref      term.Ref
	drives   bool   // a timed wait of a clock-driving process
	fire     func() // called with clock.mu held
	done     bool   // fired or cancelled
	real     *time.Timer
}

// clock is the runtime clock and its timers. Lock order: clock.mu is
// taken before any Proc.mu or the registry lock, never while holding
// one, so timer actions can run under it.
type clock struct {
	virtual bool

	mu       sync.Mutex
	now      time.Time // virtual mode only
	seq      uint64
	timers   timerHeap // virtual mode only
	byRef    map[term.Ref]*timer
	drivers  map[*timer]struct{}
	horizons []time.Time // limits of the Settle calls under way
	// openDrivers counts clock-driving processes blocked in a Receive
	// without timeout: the shell waiting for a message that only a timer
	// will bring (`erlang:send_after(1000, self(), hi), receive ...`), so
	// the clock may run to the next timer, however far.
	openDrivers int
}

func (c *clock) init(virtual bool, epoch time.Time) {
	c.virtual = virtual
	c.now = epoch
	c.byRef = map[term.Ref]*timer{}
	c.drivers = map[*timer]struct{}{}
}

// Now is the clock's time.
func (c *clock) Now() time.Time {
	if !c.virtual {
		return time.Now()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// add arms fire to run after d. drives marks a timed wait of a process
// that drives the virtual clock.
func (c *clock) add(d time.Duration, drives bool, fire func()) *timer {
	return c.addRef(d, drives, term.Ref{}, fire)
}

func (c *clock) addRef(d time.Duration, drives bool, ref term.Ref, fire func()) *timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	t := &timer{seq: c.seq, ref: ref, drives: drives, fire: fire}
	if ref != (term.Ref{}) {
		c.byRef[ref] = t
	}
	if !c.virtual {
		t.deadline = time.Now().Add(d)
		t.real = time.AfterFunc(d, func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			if !t.done {
				c.retireLocked(t)
				t.fire()
			}
		})
		return t
	}
	t.deadline = c.now.Add(d)
	heap.Push(&c.timers, t)
	if drives {
		c.drivers[t] = struct{}{}
		// If some process never goes idle, the virtual clock cannot
		// advance: the evaluator's wait then falls back to real time.
		t.real = time.AfterFunc(d, func() { c.forceTo(t) })
	}
	return t
}

// forceTo fires, in order, every timer up to t's deadline, idle or not.
func (c *clock) forceTo(t *timer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for !t.done && len(c.timers) > 0 && !c.timers[0].deadline.After(t.deadline) {
		next := c.timers[0]
		c.retireLocked(next)
		if next.deadline.After(c.now) {
			c.now = next.deadline
		}
		next.fire()
	}
}

// retireLocked marks t done and forgets it everywhere.
func (c *clock) retireLocked(t *timer) {
	t.done = true
	if t.ref != (term.Ref{}) {
		delete(c.byRef, t.ref)
	}
	delete(c.drivers, t)
	if t.real != nil {
		t.real.Stop()
	}
	if c.virtual && t.index >= 0 {
		heap.Remove(&c.timers, t.index)
	}
}

// cancel stops t; it returns the time that was left, or false if t had
// already fired or been cancelled.
func (c *clock) cancel(t *timer) (time.Duration, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.done {
		return 0, false
	}
	c.retireLocked(t)
	now := c.now
	if !c.virtual {
		now = time.Now()
	}
	left := t.deadline.Sub(now)
	if left < 0 {
		left = 0
	}
	return left, true
}

// advance outcomes.
type advanceResult int

const (
	advanceBusy    advanceResult = iota // some process is not idle
	advanceNothing                      // idle, and no timer within the limit
	advanceFired                        // the clock moved and one timer fired
)

// advanceOnce fires the earliest timer if every process is idle and its
// deadline is within the limit (see the package documentation).
func (c *clock) advanceOnce(busy func() int64) advanceResult {
	c.mu.Lock()
	defer c.mu.Unlock()
	if busy() != 0 {
		return advanceBusy
	}
	if len(c.timers) == 0 {
		return advanceNothing
	}
	next := c.timers[0]
	limit, ok := c.limitLocked()
	if !ok || next.deadline.After(limit) {
		return advanceNothing
	}
	c.retireLocked(next)
	if next.deadline.After(c.now) {
		c.now = next.deadline
	}
	next.fire()
	return advanceFired
}

// limitLocked is how far the clock may go now: the later of the Settle
// horizons and the earliest timed wait of a clock-driving process.
func (c *clock) limitLocked() (time.Time, bool) {
	var limit time.Time
	ok := false
	if c.openDrivers > 0 && len(c.timers) > 0 {
		return c.timers[0].deadline, true
	}
	for _, h := range c.horizons {
		if !ok || h.After(limit) {
			limit, ok = h, true
		}
	}
	var earliest time.Time
	found := false
	for t := range c.drivers {
		if !found || t.deadline.Before(earliest) {
			earliest, found = t.deadline, true
		}
	}
	if found && (!ok || earliest.After(limit)) {
		limit, ok = earliest, true
	}
	return limit, ok
}

// openDriver counts a clock driver blocked without timeout until the
// returned function is called.
func (c *clock) openDriver() (done func()) {
	c.mu.Lock()
	c.openDrivers++
	c.mu.Unlock()
	return func() {
		c.mu.Lock()
		c.openDrivers--
		c.mu.Unlock()
	}
}

// pushHorizon lets the clock advance to now+horizon until pop is called.
func (c *clock) pushHorizon(horizon time.Duration) (pop func()) {
	c.mu.Lock()
	h := c.now.Add(horizon)
	c.horizons = append(c.horizons, h)
	c.mu.Unlock()
	return func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		for i, x := range c.horizons {
			if x.Equal(h) {
				c.horizons = append(c.horizons[:i], c.horizons[i+1:]...)
				return
			}
		}
	}
}

// timerHeap orders timers by deadline, then creation.
type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if !h[i].deadline.Equal(h[j].deadline) {
		return h[i].deadline.Before(h[j].deadline)
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	t.index = -1
	*h = old[:len(old)-1]
	return t
}

// SendAfter sends msg to dest after d on the runtime clock; the ref
// identifies the timer for CancelTimer. A name is looked up when the
// timer fires; if nobody has it then, the message is dropped.
func (rt *Runtime) SendAfter(d time.Duration, dest term.Term, msg term.Term) term.Ref {
	ref := rt.MakeRef()
	if d < 0 {
		d = 0
	}
	rt.clock.addRef(d, false, ref, func() { rt.sendQuiet(dest, msg) })
	return ref
}

// CancelTimer cancels a timer; it returns the time left, or false.
func (rt *Runtime) CancelTimer(ref term.Ref) (time.Duration, bool) {
	rt.clock.mu.Lock()
	t := rt.clock.byRef[ref]
	rt.clock.mu.Unlock()
	if t == nil {
		return 0, false
	}
	return rt.clock.cancel(t)
}
