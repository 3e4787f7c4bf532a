package codeserver

import (
	"hash/fnv"
	"io/fs"
	"path"

	"goerl/interp"
)

// artifact is a compiled module that may be loaded: erl's .beam file. It
// keeps the source it was compiled from, so loading does not read the
// file again (an edit after c/1 needs another c/1, as in erl).
type artifact struct {
	module string
	path   string // display path of the source, "/lesson/t.go"
	text   []byte
	uniq   int
	// prepared is the version the trial load made at compile time, kept
	// for the next load so that c/1 loads the module only once. nil once
	// used.
	prepared *version
}

// Compile checks and compiles Name.go into an artifact (replacing any
// previous artifact of that module) without loading it. found is false
// when no source exists (c/1 then returns {error,non_existing}). When
// diagnostics contain errors nothing is stored: the previous artifact
// and the loaded code stay as they were.
//
// The module is parsed and checked once: the trial load (interp.Load)
// runs goerl's own checks, the type check and the module's package
// initialisation, and reports what fails as diagnostics; the version it
// makes is the one the next LoadFile installs.
func (s *Server) Compile(mod string) (diags []Diagnostic, found bool) {
	text, srcPath, found := s.readSource(mod)
	if !found {
		return nil, false
	}
	src := interp.Source{Module: mod, File: mod + ".go", Text: text}
	art := &artifact{module: mod, path: srcPath, text: text, uniq: uniqOf(text)}

	// The trial load runs without the admin lock: package initialisation
	// may itself call into modules that need loading.
	v, loadDiags, err := s.newVersion(art)
	if err != nil && len(loadDiags) == 0 {
		loadDiags = []Diagnostic{{File: src.File, Msg: err.Error()}}
	}
	if v == nil {
		if len(loadDiags) == 0 {
			loadDiags = []Diagnostic{{File: src.File, Msg: "module could not be loaded"}}
		}
		return append(diags, loadDiags...), true
	}
	art.prepared = v
	s.admin.Lock() // LoadFile takes prepared versions under it
	s.mu.Lock()
	previous := s.artifacts[mod]
	s.artifacts[mod] = art
	s.mu.Unlock()
	var stale *version
	if previous != nil {
		stale, previous.prepared = previous.prepared, nil
	}
	s.admin.Unlock()
	s.discard(stale)
	return diags, true
}

// NamedFS is a source that knows its own display path, for sources whose
// place changes (the shell's working directory after cd/1). It wins over
// Options.SourceNames.
type NamedFS interface {
	fs.FS
	DisplayDir() string
}

// readSource finds Name.go in the first source that has it.
func (s *Server) readSource(mod string) (text []byte, srcPath string, found bool) {
	if !fs.ValidPath(mod) || path.Base(mod) != mod {
		return nil, "", false
	}
	for i, fsys := range s.opts.Sources {
		b, err := fs.ReadFile(fsys, mod+".go")
		if err != nil { // not there (or unreadable): try the next source
			continue
		}
		name := ""
		if i < len(s.opts.SourceNames) {
			name = s.opts.SourceNames[i]
		}
		if n, ok := fsys.(NamedFS); ok {
			name = n.DisplayDir()
		}
		return b, displayPath(name, mod+".go"), true
	}
	return nil, "", false
}

func displayPath(dir, file string) string {
	if dir == "" {
		return file
	}
	if dir[len(dir)-1] == '/' {
		return dir + file
	}
	return dir + "/" + file
}

// uniqOf is the fun uniq of a source text (erl derives it from the
// module's MD5; any stable positive hash will do).
func uniqOf(text []byte) int {
	h := fnv.New32a()
	h.Write(text)
	return int(h.Sum32() & 0x7fffffff)
}

// Artifacts lists modules that have been compiled (loaded or not).
func (s *Server) Artifacts() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return sortedKeys(s.artifacts)
}
