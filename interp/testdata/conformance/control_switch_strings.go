package control_switch_strings

import "fmt"

func command(cmd string) string {
	switch cmd {
	case "start", "run":
		return "starting"
	case "stop":
		return "stopping"
	case "":
		return "empty"
	default:
		return "unknown " + cmd
	}
}

func Main() {
	for _, c := range []string{"start", "run", "stop", "", "jump"} {
		fmt.Printf("%q -> %s\n", c, command(c))
	}
}
