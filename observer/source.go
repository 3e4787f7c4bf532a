// Package observer serves observer:start()'s page: a live picture, in the
// browser, of every loaded module's current and old slot, of the
// processes sitting in the code they execute, of their links and
// monitors, and of the code server's and runtime's events (a load making
// a version old, a purge killing the processes left in it) as the shell's
// trace(code) prints them.
//
// The server listens on 127.0.0.1 with a random token in its URL, is
// read-only, and costs the node nothing while no page is open: it
// subscribes to the event bus and takes snapshots only while a page is
// connected.
package observer

import (
	"time"

	"goerl/events"
	"goerl/term"
)

// Source is what the observer draws: the node's modules and processes, one
// process's details, and its event bus. NodeSource is the real node's;
// tests give a fake.
type Source interface {
	// Modules lists the loaded modules with their two slots, sorted by
	// name.
	Modules() []Module
	// Processes lists the live processes in pid order, each with the slot
	// it sits in.
	Processes() []Process
	// ProcessInfo is one process's process_info, nil when it is dead.
	ProcessInfo(pid term.Pid) []InfoItem
	// Subscribe is events.Bus.Subscribe: called only while a page is
	// connected, so that an unobserved node publishes nothing.
	Subscribe(buffer int) (<-chan events.Event, func())
}

// Module is one module's two slots; either may be nil.
type Module struct {
	Name         string
	Current, Old *Slot
}

// Slot is one loaded version of a module.
type Slot struct {
	Version  int
	LoadedAt time.Time
	Source   string // the file it was loaded from
	Hash     string // a short hash of its source
}

// SlotRef names a slot a process sits in: Module "" is the shell and
// BIFs-only area (a process executing no module code).
type SlotRef struct {
	Module  string
	Version int
}

// Process is one process as the page draws it.
type Process struct {
	Pid             term.Pid
	Name            string // registered name, "" if none
	Function        string // the current function, "t:do_loop/0"
	Status          string
	MessageQueueLen int
	Links           []term.Pid
	Monitors        []term.Pid // the processes it monitors
	In              SlotRef    // the code it is executing
}

// InfoItem is one process_info item, its value printed as erl prints it.
type InfoItem struct {
	Item  string `json:"item"`
	Value string `json:"value"`
}
