package lesson

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"goerl/node"
	"goerl/shell"
)

// Options configure a check.
type Options struct {
	// Update rewrites the transcript's output with what the session
	// printed (inputs and module sections are never changed).
	Update bool
	// Modules are the embedded example modules found after the lesson's
	// own files.
	Modules fs.FS
}

// Result of checking one lesson.
type Result struct {
	Diff    *Diff // nil when the transcript matched
	Updated bool
	Output  []string
}

// Diff is the first difference between a lesson and its replay.
type Diff struct {
	File       string
	Line       int // 1-based line in the lesson file
	Have, Want string
}

func (d *Diff) String() string {
	return fmt.Sprintf("%s:%d: transcript differs\n  have: %s\n  want: %s", d.File, d.Line, d.Have, d.Want)
}

// CheckFile replays the lesson in path.
func CheckFile(path string, opts Options) (*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	res, err := Check(f, opts)
	if err != nil {
		return nil, err
	}
	if opts.Update && res.Diff != nil {
		if err := os.WriteFile(path, f.Format(res.Output), 0o644); err != nil {
			return nil, err
		}
		res.Diff, res.Updated = nil, true
	}
	return res, nil
}

// Check replays f in a fresh shell in a temporary directory and compares.
func Check(f *File, opts Options) (*Result, error) {
	dir, err := os.MkdirTemp("", "goerl-lesson-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	for _, s := range f.Files {
		if s.Before == 0 {
			if err := os.WriteFile(filepath.Join(dir, s.Name), s.Text, 0o644); err != nil {
				return nil, err
			}
		}
	}
	src, err := newInputs(f, dir)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	sh := shell.New(shell.Options{
		Lines: src,
		Out:   &out,
		Node: node.Options{
			Dir:         dir,
			DirName:     "/lesson",
			Modules:     opts.Modules,
			ModulesName: "goerl:examples",
			VirtualTime: true,
		},
	})
	sh.Run()
	if src.err != nil {
		return nil, src.err
	}
	have := splitOutput(out.String())
	res := &Result{Output: have}
	res.Diff = compare(f, have)
	return res, nil
}

func splitOutput(s string) []string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return lines
}

// compare finds the first differing line, ignoring trailing spaces (erl's
// prompt "1> " shows as "1>" in a transcript) and trailing empty lines.
func compare(f *File, have []string) *Diff {
	want := append([]string(nil), f.Transcript...)
	for i := range want {
		want[i] = strings.TrimRight(want[i], " \t")
	}
	for len(want) > 0 && want[len(want)-1] == "" {
		want = want[:len(want)-1]
	}
	have = append([]string(nil), have...)
	for i := range have {
		have[i] = strings.TrimRight(have[i], " \t")
	}
	for len(have) > 0 && have[len(have)-1] == "" {
		have = have[:len(have)-1]
	}
	for i := 0; i < len(want) || i < len(have); i++ {
		var h, w string
		switch {
		case i >= len(have):
			h, w = "(end of output)", want[i]
		case i >= len(want):
			h, w = have[i], "(end of transcript)"
		default:
			h, w = have[i], want[i]
			if h == w {
				continue
			}
		}
		return &Diff{File: f.Name, Line: f.transcriptStart + i, Have: h, Want: w}
	}
	return nil
}

// inputs feeds the shell the lines typed at the transcript's prompts,
// skipping prompt lines that show the rest of an earlier line (the shell
// echoes those itself), and writes scheduled module edits just before the
// input at their prompt is read.
type inputs struct {
	lines []prompt
	edits []Section
	dir   string
	err   error
}

func newInputs(f *File, dir string) (*inputs, error) {
	var asm shell.Assembler
	var typed []prompt
	ps := f.prompts()
	if n := len(ps); n > 0 && ps[n-1].input == "" && f.endsAt(ps[n-1]) {
		// The transcript's last line is the prompt at which input ended
		// (or after q()); nothing was typed there.
		ps = ps[:n-1]
	}
	for _, p := range ps {
		line := p.input
		if rest, ok := asm.Pending(); ok {
			// The shell shows the rest of the previous line here itself;
			// a transcript that says otherwise would lose an input.
			if strings.TrimSpace(rest) != strings.TrimSpace(p.input) {
				return nil, fmt.Errorf("%s:%d: this prompt shows %q, the rest of the line before it, not %q",
					f.Name, p.line, rest, p.input)
			}
			line = rest
		} else {
			typed = append(typed, p)
		}
		asm.Add(line)
	}
	var edits []Section
	for _, s := range f.Files {
		if s.Before > 0 {
			edits = append(edits, s)
		}
	}
	return &inputs{lines: typed, edits: edits, dir: dir}, nil
}

// NextLine implements shell.LineSource.
func (in *inputs) NextLine() (string, error) {
	if len(in.lines) == 0 {
		return "", io.EOF
	}
	p := in.lines[0]
	in.lines = in.lines[1:]
	kept := in.edits[:0]
	for _, e := range in.edits {
		if e.Before == p.n {
			if err := os.WriteFile(filepath.Join(in.dir, e.Name), e.Text, 0o644); err != nil {
				in.err = err
				return "", io.EOF
			}
			continue
		}
		kept = append(kept, e)
	}
	in.edits = kept
	return p.input, nil
}
