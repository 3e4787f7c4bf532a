//go:build race

package terminal_test

// raceDetector is true under -race; see TestTerminalJobControlMenu.
const raceDetector = true
