//go:build !race

package terminal_test

const raceDetector = false
