package process

import (
	"sync"
	"sync/atomic"
	"time"
)

// idleTracker counts busy processes: live ones that are not blocked in
// Receive, Sleep or Await. A process is counted busy from Spawn until it
// blocks; whoever wakes it (a sender, a timer, an exit signal) counts it
// busy again before letting go of its lock, so the count never touches
// zero while some process still has something to do. When it reaches
// zero, the channel ch is closed (and replaced) to wake Settle.
type idleTracker struct {
	busy atomic.Int64
	mu   sync.Mutex
	ch   chan struct{}
}

func (t *idleTracker) init() { t.ch = make(chan struct{}) }

// channel returns the channel closed at the next moment of idleness.
func (t *idleTracker) channel() chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.ch
}

func (t *idleTracker) notify() {
	t.mu.Lock()
	close(t.ch)
	t.ch = make(chan struct{})
	t.mu.Unlock()
}

// becameIdle is called, without locks held, when the calling process
// blocks or dies. The last process to go idle advances the virtual
// clock if a timer is due within the limit.
func (rt *Runtime) becameIdle() {
	if rt.idle.busy.Add(-1) != 0 {
		return
	}
	rt.idle.notify()
	if rt.clock.virtual {
		for rt.clock.advanceOnce(rt.idle.busy.Load) == advanceFired {
		}
	}
}

// Settle waits until every process is idle (dead, or blocked in Receive,
// Sleep or Await with nothing to do), at most realTimeout of real time.
// In virtual-time mode, while everything is idle it advances the clock
// to the earliest timer due within horizon of the clock at the call and
// fires it, repeating until no such timer is left. It reports whether
// everything became idle. In real mode horizon is ignored: sleeping
// processes count as idle.
func (rt *Runtime) Settle(horizon, realTimeout time.Duration) bool {
	deadline := time.NewTimer(realTimeout)
	defer deadline.Stop()
	if rt.clock.virtual {
		defer rt.clock.pushHorizon(horizon)()
	}
	for {
		ch := rt.idle.channel()
		if rt.idle.busy.Load() == 0 {
			if !rt.clock.virtual {
				return true
			}
			switch rt.clock.advanceOnce(rt.idle.busy.Load) {
			case advanceFired:
				continue
			case advanceNothing:
				return true
			}
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}
