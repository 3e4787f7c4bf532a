package observer

import (
	"strconv"
	"strings"

	"goerl/events"
	"goerl/process"
	"goerl/term"
)

// NodeSource is the Source of a running node: its processes come from
// the runtime, its modules and who sits in which slot from Code (the code
// server's slot table, adapted by whoever wires the node, so that this
// package stays below the code server), its events from Bus.
type NodeSource struct {
	Runtime *process.Runtime
	// Code lists the loaded modules and the slot each process executing
	// module code sits in; a process it does not name is in the shell /
	// BIFs-only area.
	Code func() ([]Module, map[term.Pid]SlotRef)
	Bus  *events.Bus
}

// Modules implements Source.
func (n NodeSource) Modules() []Module {
	if n.Code == nil {
		return nil
	}
	mods, _ := n.Code()
	return mods
}

// Processes implements Source: every live process, in pid order, with
// its links, the processes it monitors and its slot.
func (n NodeSource) Processes() []Process {
	var in map[term.Pid]SlotRef
	if n.Code != nil {
		_, in = n.Code()
	}
	pids := n.Runtime.Processes()
	out := make([]Process, 0, len(pids))
	for _, pid := range pids {
		info, alive := n.Runtime.Info(pid)
		if !alive {
			continue
		}
		out = append(out, Process{Pid: pid, Name: string(info.RegisteredName), Function: info.CurrentFunction,
			Status: string(info.Status), MessageQueueLen: info.MessageQueueLen, Links: info.Links,
			Monitors: n.Runtime.Monitoring(pid), In: in[pid]})
	}
	return out
}

// ProcessInfo implements Source with process_info/1's items, plus the
// processes it monitors (process_info(P, monitors) in erl).
func (n NodeSource) ProcessInfo(pid term.Pid) []InfoItem {
	info, alive := n.Runtime.Info(pid)
	if !alive {
		return nil
	}
	// Lists printed by hand, as erl prints them: [<0.83.0>,<0.84.0>].
	pids := func(ps []term.Pid, wrap string) string {
		parts := make([]string, len(ps))
		for i, p := range ps {
			parts[i] = term.Sprint(p)
			if wrap != "" {
				parts[i] = "{" + wrap + "," + parts[i] + "}"
			}
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	var items []InfoItem
	if info.RegisteredName != "" {
		items = append(items, InfoItem{"registered_name", term.Sprint(info.RegisteredName)})
	}
	return append(items,
		InfoItem{"current_function", info.CurrentFunction},
		InfoItem{"initial_call", info.InitialCall},
		InfoItem{"status", string(info.Status)},
		InfoItem{"message_queue_len", strconv.Itoa(info.MessageQueueLen)},
		InfoItem{"links", pids(info.Links, "")},
		InfoItem{"monitors", pids(n.Runtime.Monitoring(pid), "process")},
		InfoItem{"trap_exit", strconv.FormatBool(info.TrapExit)},
		InfoItem{"reductions", strconv.Itoa(info.Reductions)},
	)
}

// Subscribe implements Source.
func (n NodeSource) Subscribe(buffer int) (<-chan events.Event, func()) {
	return n.Bus.Subscribe(buffer)
}
