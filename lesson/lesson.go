// Package lesson owns lesson files: transcripts of goerl sessions with the
// module sources they use, replayed through the shell exactly as a piped
// session runs, and compared with what they say. `goerl check` and the
// golden tests under testdata/ share this one runner.
//
// A lesson file looks like the terminal. It starts with the transcript:
// the banner, then prompts with what was typed (`3> t:start().`) and the
// output under them. Then come the files, txtar style: a line
// `-- t.go --` starts a file that exists when the session starts, and
// `-- t.go @ 7 --` replaces t.go just before the input at prompt 7 is
// read (to show a real edit and recompile). Lines beginning with `#` before
// the transcript are comments, kept as they are.
package lesson

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// File is a parsed lesson.
type File struct {
	Name       string
	Comment    []string // leading # lines
	Transcript []string // lines, without trailing newline
	// transcriptStart is the 1-based line number of Transcript[0].
	transcriptStart int
	Files           []Section
	raw             []byte
}

// Section is one module source.
type Section struct {
	Name   string // "t.go"
	Before int    // 0: present from the start; N: written before prompt N's input
	Text   []byte
	header string
}

var (
	sectionHeader = regexp.MustCompile(`^-- (\S+)(?: @ (\d+))? --$`)
	promptLine    = regexp.MustCompile(`^(\d+)> ?(.*)$`)
)

// Parse reads a lesson file.
func Parse(name string, data []byte) (*File, error) {
	f := &File{Name: name, raw: data}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(lines[i], "#") {
		f.Comment = append(f.Comment, lines[i])
		i++
	}
	f.transcriptStart = i + 1
	for i < len(lines) && !sectionHeader.MatchString(lines[i]) {
		f.Transcript = append(f.Transcript, lines[i])
		i++
	}
	for i < len(lines) {
		m := sectionHeader.FindStringSubmatch(lines[i])
		sec := Section{Name: m[1], header: lines[i]}
		if m[2] != "" {
			sec.Before, _ = strconv.Atoi(m[2])
		}
		i++
		var body []string
		for i < len(lines) && !sectionHeader.MatchString(lines[i]) {
			body = append(body, lines[i])
			i++
		}
		sec.Text = []byte(strings.Join(body, "\n") + "\n")
		if strings.Contains(sec.Name, "/") || strings.HasPrefix(sec.Name, ".") {
			return nil, fmt.Errorf("%s: file name %q must be a plain name", name, sec.Name)
		}
		f.Files = append(f.Files, sec)
	}
	if len(f.Transcript) == 0 {
		return nil, fmt.Errorf("%s: no transcript", name)
	}
	return f, nil
}

// Format returns the file with its transcript replaced by lines.
func (f *File) Format(transcript []string) []byte {
	var b bytes.Buffer
	for _, c := range f.Comment {
		b.WriteString(c + "\n")
	}
	for _, l := range transcript {
		b.WriteString(l + "\n")
	}
	for _, s := range f.Files {
		b.WriteString(s.header + "\n")
		b.Write(s.Text)
	}
	return b.Bytes()
}

// prompt is one prompt line of a transcript.
type prompt struct {
	n     int
	input string
	line  int // 1-based line in the file
}

func (f *File) prompts() []prompt {
	var ps []prompt
	for i, l := range f.Transcript {
		if m := promptLine.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			ps = append(ps, prompt{n: n, input: m[2], line: f.transcriptStart + i})
		}
	}
	return ps
}

// endsAt reports whether only empty lines follow prompt p.
func (f *File) endsAt(p prompt) bool {
	for _, l := range f.Transcript[p.line-f.transcriptStart+1:] {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}
