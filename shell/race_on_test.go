//go:build race

package shell

// raceDetector is true under -race; see TestTerminalJobControlMenu.
const raceDetector = true
