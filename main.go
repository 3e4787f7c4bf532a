// Command goerl is an Erlang-style shell whose modules are Go source files.
//
//	goerl                      start the shell in the current directory
//	goerl --no-color           the same, without colour
//	goerl --max-heap 4G        let module code grow the heap to 4 GiB (default 2G)
//	goerl check [-update] F…   replay lesson transcripts (files or directories) and compare
//	goerl examples [DIR]       write the example modules t.go and m.go (default goerl-examples/)
//
// main only parses flags and looks at the real terminal; everything else
// is in packages that take their input and output as values.
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/term"

	"goerl/examples"
	"goerl/lesson"
	"goerl/node"
	"goerl/process"
	"goerl/shell"
	erlterm "goerl/term"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process-wide side effects of exiting, so tests
// can drive the whole program.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "check":
			return runCheck(args[1:], stdout, stderr)
		case "examples":
			return writeExamples(args[1:], stdout, stderr)
		}
	}
	fl := flag.NewFlagSet("goerl", flag.ContinueOnError)
	fl.SetOutput(stderr)
	noColor := fl.Bool("no-color", false, "never colour the output")
	virtual := fl.Bool("virtual-time", false, "run timers on a virtual clock (default when input is not a terminal)")
	var limits erlterm.Limits
	fl.Func("max-alloc", "the most one BIF or construct may allocate at once, in bytes or with a K, M or G suffix (default 1G); beyond it: system_limit", func(s string) error {
		n, err := parseSize(s)
		limits.MaxAlloc = n
		return err
	})
	maxHeap := process.DefaultMaxHeap
	fl.Func("max-heap", "the heap module code may grow the node to, in bytes or with a K, M or G suffix (default 2G); beyond it: system_limit", func(s string) error {
		n, err := parseSize(s)
		maxHeap = n
		return err
	})
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "goerl: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	interactive := isTerminal(stdin) && isTerminal(stdout)
	opts := shell.Options{
		In:       stdin,
		Out:      stdout,
		Terminal: interactive,
		Color:    interactive && !*noColor && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb",
		Node: node.Options{
			Dir:         ".",
			Modules:     examples.Modules(),
			ModulesName: "goerl:examples",
			VirtualTime: !interactive || *virtual,
			Limits:      limits,
			MaxHeap:     maxHeap,
		},
	}
	// The Go runtime collects harder as the heap nears the budget, so
	// garbage does not count against it (a little headroom above it for
	// what the shell itself holds).
	debug.SetMemoryLimit(int64(maxHeap) + int64(maxHeap)/4)
	if interactive {
		if home, err := os.UserHomeDir(); err == nil {
			opts.HistoryFile = filepath.Join(home, ".goerl_history")
		}
		// Ctrl-C while a command runs arrives as SIGINT (readline's raw
		// mode is off then): it stops that command, not the shell.
		ints := make(chan os.Signal, 1)
		signal.Notify(ints, os.Interrupt)
		defer signal.Stop(ints)
		opts.Interrupts = ints
		// Ctrl-\ while a command runs is SIGQUIT: erl quits at once,
		// quietly, status 0 (Go's default is a goroutine dump and 2).
		quits := make(chan os.Signal, 1)
		signal.Notify(quits, syscall.SIGQUIT)
		defer signal.Stop(quits)
		go func() {
			if _, ok := <-quits; ok {
				os.Exit(0)
			}
		}()
	}
	return shell.New(opts).Run()
}

func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("goerl check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	update := fl.Bool("update", false, "rewrite the expected output in the files")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: goerl check [-update] LESSON|DIR...")
		return 2
	}
	files, err := lesson.Expand(fl.Args())
	if err != nil {
		fmt.Fprintf(stderr, "goerl check: %v\n", err)
		return 2
	}
	failed := 0
	for _, file := range files {
		res, err := lesson.CheckFile(file, lesson.Options{Update: *update, Modules: examples.Modules()})
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "%v\n", err)
			failed++
		case res.Diff != nil:
			fmt.Fprintln(stdout, res.Diff.String())
			failed++
		case res.Updated:
			fmt.Fprintf(stdout, "%s: updated\n", file)
		default:
			fmt.Fprintf(stdout, "%s: ok\n", file)
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// defaultExamplesDir is where `goerl examples` writes without a DIR.
const defaultExamplesDir = "goerl-examples"

func writeExamples(args []string, stdout, stderr io.Writer) int {
	dir, explicit := defaultExamplesDir, false
	if len(args) > 0 {
		dir, explicit = args[0], true
	}
	// The example modules are Go files of package main-less modules: left
	// in a package of a Go module (next to main.go, say), they break its
	// go build, vet and test. The default folder is kept out of Go's
	// reach by its own go.mod; a DIR of the user's inside a package tree
	// is refused.
	root, inTree := goPackageTree(dir)
	if inTree && explicit {
		fmt.Fprintf(stderr, "goerl: %s is inside the Go module at %s: the example modules would break its go build, vet and test.\n"+
			"Write them outside it, or in a folder Go skips (a name starting with _ or ., or testdata), e.g. goerl examples _examples\n", dir, root)
		return 1
	}
	if !explicit {
		if _, err := os.Stat(dir); err == nil {
			fmt.Fprintf(stderr, "goerl: %s already exists: edit the modules there, or name another folder: goerl examples DIR\n", dir)
			return 1
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "goerl: %v\n", err)
		return 1
	}
	if inTree {
		gomod := filepath.Join(dir, "go.mod")
		if err := os.WriteFile(gomod, []byte("// A module of its own, so that goerl's example modules stay out of\n// the enclosing module's go build, vet and test.\nmodule goerl-examples\n"), 0o644); err != nil {
			fmt.Fprintf(stderr, "goerl: %v\n", err)
			return 1
		}
	}
	mods := examples.Modules()
	names, err := fs.Glob(mods, "*.go")
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	for _, name := range names {
		src, err := fs.ReadFile(mods, name)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), src, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "goerl: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %s\n", filepath.Join(dir, name))
	}
	if dir != "." {
		fmt.Fprintf(stdout, "now: cd %s && goerl\n", dir)
	}
	return 0
}

// goPackageTree reports whether Go files in dir would belong to a package
// of an enclosing Go module (`./...` of the module at root reaches it):
// that is so unless a folder on the way down from root is named with a
// leading "." or "_" or is testdata, or dir has a go.mod of its own.
func goPackageTree(dir string) (root string, in bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	if _, err := os.Stat(filepath.Join(abs, "go.mod")); err == nil {
		// dir is a module root: its own files are its package, which is
		// the user's business only if it already holds Go code.
		if gos, _ := filepath.Glob(filepath.Join(abs, "*.go")); len(gos) > 0 {
			return abs, true
		}
		return "", false
	}
	var below []string
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			for _, name := range below {
				if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" {
					return "", false
				}
			}
			return d, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
		below = append(below, filepath.Base(d))
	}
}

// parseSize reads a byte count such as 1073741824, 512M or 2G.
func parseSize(s string) (int, error) {
	mult := 1
	switch strings.ToUpper(s[len(s)-min(len(s), 1):]) {
	case "K":
		mult = 1 << 10
	case "M":
		mult = 1 << 20
	case "G":
		mult = 1 << 30
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 || n > math.MaxInt/mult {
		return 0, fmt.Errorf("not a size in bytes: %q", s)
	}
	return n * mult, nil
}
