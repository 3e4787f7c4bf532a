package terminal

import (
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/fatih/color"
)

// Style names a colour role in the shell's output.
type Style int

// The colour roles; Plain is never coloured.
const (
	Plain Style = iota
	Prompt
	Error
	ShellGot
)

// Console serialises everything written to the user's terminal or pipe.
// Processes print concurrently with the shell; each Write reaches the
// underlying writer whole, and on a terminal only complete lines are
// handed to the line editor (which redraws the prompt under them), so a
// line is never glued to the prompt.
type Console struct {
	mu      sync.Mutex
	w       io.Writer
	partial []byte // a line without its newline yet (terminal mode only)
	lines   bool   // hold partial lines back until their newline

	styles map[Style]*color.Color
}

// NewConsole writes to w; lines holds partial lines back (terminal mode);
// useColor enables the styles.
func NewConsole(w io.Writer, lines, useColor bool) *Console {
	c := &Console{
		w:     w,
		lines: lines,
		styles: map[Style]*color.Color{
			Prompt:   color.New(color.Bold),
			Error:    color.New(color.FgRed),
			ShellGot: color.New(color.FgCyan),
		},
	}
	for _, col := range c.styles {
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

func (c *Console) Write(p []byte) (int, error) {
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

// FlushPartial takes out a pending partial line (before a prompt is
// drawn, so "no newlineok" stays on one line as in erl).
func (c *Console) FlushPartial() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := string(c.partial)
	c.partial = c.partial[:0]
	return s
}

// Styled returns s in the style's colour (s itself when colour is off).
func (c *Console) Styled(st Style, s string) string {
	if col := c.styles[st]; col != nil {
		return col.Sprint(s)
	}
	return s
}

// Print writes s in one Write, in the style's colour. Trailing newlines
// stay outside the colour, so the reset code is not held back as the
// start of a partial line.
func (c *Console) Print(st Style, s string) {
	body := strings.TrimRight(s, "\n")
	if body == "" {
		io.WriteString(c, s)
		return
	}
	io.WriteString(c, c.Styled(st, body)+s[len(body):])
}
