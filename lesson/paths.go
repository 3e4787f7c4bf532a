package lesson

import (
	"os"
	"path/filepath"
	"sort"
)

// Expand turns the arguments of `goerl check` into lesson files: a
// directory stands for the *.lesson files directly in it, in name order;
// a file is itself.
func Expand(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		in, err := filepath.Glob(filepath.Join(a, "*.lesson"))
		if err != nil {
			return nil, err
		}
		sort.Strings(in)
		files = append(files, in...)
	}
	return files, nil
}
