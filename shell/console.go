package shell

import (
	"bytes"
	"io"
	"sync"

	"github.com/fatih/color"
)

// console serialises everything written to the user's terminal or pipe.
// Processes print concurrently with the shell; each Write reaches the
// underlying writer whole, and on a terminal only complete lines are
// handed to readline (which redraws the prompt under them), so a line is
// never glued to the prompt.
type console struct {
	mu      sync.Mutex
	w       io.Writer
	partial []byte // a line without its newline yet (terminal mode only)
	lines   bool   // hold partial lines back until their newline

	prompt, errText, shellGot *color.Color
}

func newConsole(w io.Writer, lines, useColor bool) *console {
	c := &console{
		w:        w,
		lines:    lines,
		prompt:   color.New(color.Bold),
		errText:  color.New(color.FgRed),
		shellGot: color.New(color.FgCyan),
	}
	for _, col := range []*color.Color{c.prompt, c.errText, c.shellGot} {
		// Set per object: fatih/color's package-level NoColor is global
		// state decided from os.Stdout, which is not ours to decide from.
		if useColor {
			col.EnableColor()
		} else {
			col.DisableColor()
		}
	}
	return c
}

func (c *console) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.lines {
		return c.w.Write(p)
	}
	c.partial = append(c.partial, p...)
	i := bytes.LastIndexByte(c.partial, '\n')
	if i < 0 {
		return len(p), nil
	}
	_, err := c.w.Write(c.partial[:i+1])
	c.partial = append(c.partial[:0], c.partial[i+1:]...)
	return len(p), err
}

// flushPartial writes out a pending partial line (before a prompt is
// drawn, so "no newlineok" stays on one line as in erl).
func (c *console) flushPartial() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := string(c.partial)
	c.partial = c.partial[:0]
	return s
}

// print writes s; on a terminal in the given color.
func (c *console) print(col *color.Color, s string) {
	if col != nil {
		s = col.Sprint(s)
	}
	io.WriteString(c, s)
}
