// Package events owns the stream of what the code server and the runtime
// do that erl keeps hidden: a version loaded and another made old, a purge
// and the processes it killed, a soft_purge refused, a process moving to
// current code by a fully qualified call, a fun of purged code failing, a
// process exiting. trace(code) in the shell and the observer's page both
// read it.
//
// A Bus costs its publishers one atomic load while nobody listens, so the
// runtime can publish unconditionally; a slow subscriber loses events
// (counted in Dropped) rather than ever blocking a process.
package events

import (
	"sync"
	"sync/atomic"

	"goerl/term"
)

// Kind names what happened.
type Kind string

// The kinds of event. Their string values are what the observer's page
// receives, so they are part of its protocol.
const (
	Loaded           Kind = "loaded"             // Module Version became current
	BecameOld        Kind = "old"                // Module Version moved to the old slot
	Purged           Kind = "purged"             // Module Version was purged
	KilledByPurge    Kind = "killed"             // Pid died because Module Version was purged
	SoftPurgeRefused Kind = "soft_purge_refused" // Pid still runs Module Version
	MovedToCurrent   Kind = "moved"              // Pid left old code by a fully qualified call
	BadFun           Kind = "badfun"             // Pid called a fun of purged Module Version
	Spawned          Kind = "spawned"            // Pid started
	Exited           Kind = "exited"             // Pid exited with Reason
)

// Event is one thing that happened. Fields that do not apply to a Kind
// are zero.
type Event struct {
	Seq      uint64    // 1, 2, ... in publication order, per Bus
	Kind     Kind      //
	Module   string    // the module concerned
	Version  int       // its version number (1 for the first load)
	Pid      term.Pid  // the process concerned
	Function string    // "t:do_loop/0", where the process was
	Reason   term.Term // an exit reason
	Text     string    // the one line trace(code) prints for it
}

// Bus delivers events to its subscribers. The zero value is not usable:
// make one with NewBus; a node owns one.
type Bus struct {
	listeners atomic.Int32 // len(subs), read without the lock by Active

	mu   sync.Mutex // guards seq and subs; held while delivering so order is kept
	seq  uint64
	subs map[*subscription]struct{}

	dropped atomic.Uint64
}

type subscription struct {
	ch chan Event
}

// NewBus returns a bus with no subscribers.
func NewBus() *Bus {
	return &Bus{subs: make(map[*subscription]struct{})}
}

// Active reports whether anyone listens; publishers that must do work to
// build an event (format its Text, look up a function) check it first.
func (b *Bus) Active() bool {
	return b != nil && b.listeners.Load() > 0
}

// Publish numbers e and hands it to every subscriber that has room. A nil
// Bus drops everything, so a runtime built without one still works.
func (b *Bus) Publish(e Event) {
	if !b.Active() {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq++
	e.Seq = b.seq
	for s := range b.subs {
		select {
		case s.ch <- e:
		default:
			b.dropped.Add(1)
		}
	}
}

// Subscribe returns a channel receiving every event published from now
// on, buffered to hold buffer events, and the function that ends the
// subscription (and closes the channel). Calling cancel twice is harmless.
func (b *Bus) Subscribe(buffer int) (<-chan Event, func()) {
	s := &subscription{ch: make(chan Event, buffer)}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.listeners.Store(int32(len(b.subs)))
	b.mu.Unlock()
	var once sync.Once
	return s.ch, func() {
		once.Do(func() {
			b.mu.Lock()
			delete(b.subs, s)
			b.listeners.Store(int32(len(b.subs)))
			b.mu.Unlock()
			close(s.ch)
		})
	}
}

// Dropped counts events a full subscriber did not receive.
func (b *Bus) Dropped() uint64 {
	return b.dropped.Load()
}
