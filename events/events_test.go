package events

import (
	"testing"

	"goerl/term"
)

func TestBusDeliversInOrderToEverySubscriber(t *testing.T) {
	b := NewBus()
	if b.Active() {
		t.Fatal("a new bus is active")
	}
	b.Publish(Event{Kind: Loaded}) // nobody listens: dropped silently, not numbered
	a, cancelA := b.Subscribe(8)
	c, cancelC := b.Subscribe(8)
	defer cancelC()
	b.Publish(Event{Kind: Loaded, Module: "t", Version: 1})
	b.Publish(Event{Kind: KilledByPurge, Module: "t", Version: 1, Pid: term.Pid{ID: 83}})
	for _, ch := range []<-chan Event{a, c} {
		e1, e2 := <-ch, <-ch
		if e1.Seq != 1 || e1.Kind != Loaded || e2.Seq != 2 || e2.Kind != KilledByPurge {
			t.Errorf("got %+v then %+v", e1, e2)
		}
	}
	cancelA()
	cancelA()
	if _, open := <-a; open {
		t.Error("a cancelled subscription's channel is still open")
	}
	if !b.Active() {
		t.Error("one subscriber left, but the bus is not active")
	}
}

func TestBusNeverBlocksOnAFullSubscriber(t *testing.T) {
	b := NewBus()
	_, cancel := b.Subscribe(1)
	defer cancel()
	for i := 0; i < 10; i++ {
		b.Publish(Event{Kind: Spawned})
	}
	if got := b.Dropped(); got != 9 {
		t.Errorf("dropped %d, want 9", got)
	}
}

func TestNilBusIsInactive(t *testing.T) {
	var b *Bus
	b.Publish(Event{Kind: Loaded})
	if b.Active() {
		t.Error("nil bus active")
	}
}
