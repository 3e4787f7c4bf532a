package state_machine

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Paused", "Stopped"}[s]
}

type Event string

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

type Machine struct {
	state   State
	history []State
}

func (m *Machine) Fire(e Event) error {
	next, ok := transitions[m.state][e]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, m.state)
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

func Main() {
	m := &Machine{}
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(e, "->", m.state)
	}
	fmt.Println(m.history)
}
