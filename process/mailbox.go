package process

import (
	"runtime"
	"time"

	"goerl/term"
)

// mailbox is a FIFO of messages as a singly linked list. Anyone appends
// (under Proc.mu); only the owner removes, so a Receive can keep a
// pointer to the last message it rejected and resume after it.
type mailbox struct {
	head, tail *msgNode
	queueLen   int
	// free recycles removed nodes (up to maxFreeNodes) so that a steady
	// exchange of messages allocates nothing for the queue itself.
	free      *msgNode
	freeCount int
}

const maxFreeNodes = 32

type msgNode struct {
	msg  term.Term
	next *msgNode
}

// appendLocked queues msg; it reports whether the owner must be woken
// (it was blocked in Receive), and counts it busy again if so.
func (p *Proc) appendLocked(msg term.Term) (wake bool) {
	n := p.free
	if n != nil {
		p.free = n.next
		p.freeCount--
		n.next = nil
		n.msg = msg
	} else {
		n = &msgNode{msg: msg}
	}
	if p.tail == nil {
		p.head = n
	} else {
		p.tail.next = n
	}
	p.tail = n
	p.queueLen++
	if p.idle && p.wakeOnMessage {
		p.idle = false
		p.rt.idle.busy.Add(1)
		return true
	}
	return false
}

// removeAfterLocked unlinks node, whose predecessor is prev (nil: head).
func (p *Proc) removeAfterLocked(prev, node *msgNode) {
	if prev == nil {
		p.head = node.next
	} else {
		prev.next = node.next
	}
	if p.tail == node {
		p.tail = prev
	}
	p.queueLen--
}

// recycleLocked keeps a removed node for reuse. Only Receive recycles:
// it alone knows no one holds the node any more.
func (p *Proc) recycleLocked(node *msgNode) {
	if p.freeCount >= maxFreeNodes {
		return
	}
	node.msg = nil
	node.next = p.free
	p.free = node
	p.freeCount++
}

// deliver queues msg unless p is dead.
func (p *Proc) deliver(msg term.Term) {
	p.mu.Lock()
	if p.dead.Load() {
		p.mu.Unlock()
		return
	}
	wake := p.appendLocked(msg)
	p.mu.Unlock()
	if wake {
		p.signal()
	}
}

// signal leaves a wake token for the owner.
func (p *Proc) signal() {
	select {
	case p.wake <- struct{}{}:
	default:
	}
}

// Send delivers msg to dest, a term.Pid or a registered term.Atom.
// Sending to a dead pid is silently dropped; an unregistered name (or a
// dest that is neither) raises error:badarg. from may be nil (the sender
// is not a process).
func (rt *Runtime) Send(from *Proc, dest term.Term, msg term.Term) {
	if !rt.sendQuiet(dest, msg) {
		term.Badarg()
	}
	if from != nil && !from.exchanging.Load() {
		from.exchanging.Store(true)
	}
}

// sendQuiet is Send that reports a bad destination instead of raising.
func (rt *Runtime) sendQuiet(dest term.Term, msg term.Term) bool {
	var p *Proc
	switch d := dest.(type) {
	case term.Pid:
		p = rt.Lookup(d)
	case term.Atom:
		rt.reg.mu.Lock()
		p = rt.reg.names[d]
		rt.reg.mu.Unlock()
		if p == nil {
			return false
		}
	default:
		return false
	}
	if p != nil {
		p.deliver(msg)
	}
	return true
}

// Mailbox returns a copy of the queued messages, oldest first (for
// process_info and i()).
func (p *Proc) Mailbox() []term.Term {
	p.mu.Lock()
	defer p.mu.Unlock()
	msgs := make([]term.Term, 0, p.queueLen)
	for n := p.head; n != nil; n = n.next {
		msgs = append(msgs, n.msg)
	}
	return msgs
}

// Receive is selective receive. It scans the mailbox oldest first, calling
// match on each message (never while holding a runtime lock, so match may
// run interpreted code); the first message for which match returns
// ok=true is removed and match's result returned. When nothing matches it
// waits for new messages, and then looks only at those: messages match
// already rejected are not offered again in the same call. timeout < 0
// waits forever; timeout == 0 checks once. On timeout it returns
// (nil, false). A kill ends the goroutine (see Check) instead of
// returning. On a goroutine that is exiting it returns (nil, false) at
// once. match must not receive from or flush p's own mailbox.
func (p *Proc) Receive(match func(msg term.Term) (any, bool), timeout time.Duration) (any, bool) {
	own, exiting := p.ownGoroutine()
	if exiting {
		return nil, false
	}
	refuseOwned(own)
	var (
		rejected *msgNode // the last message match rejected
		seq      uint64   // this wait's timer, when it has one
		t        *timer
		yields   int
	)
	if p.exchanging.Load() {
		yields = receiveYields
	}
	for {
		p.mu.Lock()
		p.busyAgainLocked()
		next := p.head
		if rejected != nil {
			next = rejected.next
		}
		if next != nil {
			p.mu.Unlock()
			res, ok := match(next.msg)
			if !ok {
				rejected = next
				continue
			}
			p.mu.Lock()
			p.removeAfterLocked(rejected, next)
			p.recycleLocked(next)
			p.reductions++
			p.mu.Unlock()
			p.cancelWait(t)
			return res, true
		}
		switch {
		case own != nil && p.hasPendingExit.Load():
			p.mu.Unlock()
			p.exitPending(own)
		case timeout == 0, t != nil && p.firedSeq == seq:
			p.mu.Unlock()
			p.cancelWait(t)
			return nil, false
		case timeout > 0 && t == nil:
			p.waitSeq++
			seq = p.waitSeq
			p.mu.Unlock()
			t = p.startWait(timeout, seq)
			continue
		case yields > 0:
			yields--
			p.mu.Unlock()
			runtime.Gosched()
			continue
		case timeout < 0 && p.drivesClock && p.rt.clock.virtual:
			done := p.rt.clock.openDriver()
			p.blockLocked(true)
			done()
			continue
		}
		p.blockLocked(true)
	}
}

// receiveYields is how many times Receive yields its thread, still
// counted busy, before it blocks for lack of a message, when the process
// has sent a message since it last blocked (it is in an exchange: a
// reply is likely). Parking and waking a goroutine through a channel
// costs more than a couple of yields, and a reply often comes within
// them: the process it just sent to runs next on the same thread (Go
// queues a goroutine it wakes there), or answers from the other thread
// meanwhile. That takes a third off a request/reply round trip. A
// process that only waits (a freshly spawned server) parks at once, so
// spawning many costs no yields. Nothing observable changes: a yielding
// process counts as busy, like one that has not reached Receive yet.
const receiveYields = 2

// startWait arms the timer of a timed wait. It is remembered in
// waitTimer because a kill leaves through Goexit without cancelling it:
// die cancels it then (a forgotten timer of a clock-driving process would
// keep allowing the virtual clock to advance).
func (p *Proc) startWait(d time.Duration, seq uint64) *timer {
	t := p.rt.clock.add(d, p.drivesClock, p.timeoutFire(seq))
	p.mu.Lock()
	p.waitTimer = t
	p.mu.Unlock()
	return t
}

// cancelWait removes a Receive or Sleep timer (nil is fine).
func (p *Proc) cancelWait(t *timer) {
	if t != nil {
		p.rt.clock.cancel(t)
		p.mu.Lock()
		p.waitTimer = nil
		p.mu.Unlock()
	}
}

// blockLocked marks p idle, releases p.mu and waits for a wake token.
// onMessage says whether a new message ends the wait. The caller then
// locks p.mu again and calls busyAgainLocked.
func (p *Proc) blockLocked(onMessage bool) {
	if p.exchanging.Load() {
		p.exchanging.Store(false)
	}
	p.idle = true
	p.wakeOnMessage = onMessage
	p.mu.Unlock()
	p.rt.becameIdle()
	<-p.wake
}

// busyAgainLocked counts p busy again if whoever woke it did not
// already (a spurious wake token).
func (p *Proc) busyAgainLocked() {
	if p.idle {
		p.idle = false
		p.rt.idle.busy.Add(1)
	}
}

// MarkRunnable counts p as busy before something is handed to it through
// a channel it Awaits, so that Settle (and the virtual clock) cannot see
// it idle in between. It does nothing if p is not blocked. The caller
// must then deliver on that channel.
func (p *Proc) MarkRunnable() { p.wakeUp() }

// wakeUp is busyAgainLocked taking the lock.
func (p *Proc) wakeUp() {
	p.mu.Lock()
	p.busyAgainLocked()
	p.mu.Unlock()
}

// timeoutFire is the timer action of a timed wait: it ends the wait
// numbered seq if that wait is still going on.
func (p *Proc) timeoutFire(seq uint64) func() {
	return func() {
		p.mu.Lock()
		if p.waitSeq != seq || p.dead.Load() {
			p.mu.Unlock()
			return
		}
		p.firedSeq = seq
		wake := p.idle
		if wake {
			p.idle = false
			p.rt.idle.busy.Add(1)
		}
		p.mu.Unlock()
		if wake {
			p.signal()
		}
	}
}

// Sleep waits d on the runtime clock; it is killable. Messages do not
// end it.
func (p *Proc) Sleep(d time.Duration) {
	own, exiting := p.ownGoroutine()
	if exiting {
		return
	}
	refuseOwned(own)
	if d <= 0 {
		p.checkKill()
		return
	}
	p.mu.Lock()
	p.waitSeq++
	seq := p.waitSeq
	p.mu.Unlock()
	t := p.startWait(d, seq)
	for {
		p.mu.Lock()
		p.busyAgainLocked()
		if p.firedSeq == seq {
			p.mu.Unlock()
			p.cancelWait(t)
			return
		}
		if own != nil && p.hasPendingExit.Load() {
			p.mu.Unlock()
			p.exitPending(own)
		}
		p.blockLocked(false)
	}
}

// Await blocks until wake delivers or is closed, counting p as idle
// meanwhile (for Settle). A kill or exit signal ends the goroutine as in
// Receive. It reports false if wake was closed (or if the goroutine is
// exiting, without waiting).
//
// The runtime does not see what goes through wake: between the send and
// the moment p runs, p still counts as idle. A sender that may call
// Settle next calls MarkRunnable first.
func (p *Proc) Await(wake <-chan struct{}) bool {
	own, exiting := p.ownGoroutine()
	if exiting {
		return false
	}
	refuseOwned(own)
	for {
		p.mu.Lock()
		if own != nil && p.hasPendingExit.Load() {
			p.mu.Unlock()
			p.exitPending(own)
		}
		p.idle = true
		p.wakeOnMessage = false
		p.mu.Unlock()
		p.rt.becameIdle()
		select {
		case _, ok := <-wake:
			p.wakeUp()
			return ok
		case <-p.wake:
			p.wakeUp()
		}
	}
}
