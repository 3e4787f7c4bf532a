// Package examples owns the example modules embedded in goerl: t, the
// classic process killed by the second reload, and m, its fix. The shell
// finds them after its working directory, so c(t). works anywhere.
package examples

import (
	"embed"
	"io/fs"
)

//go:embed _modules
var files embed.FS

// Modules returns the example sources as Name.go files at the root.
func Modules() fs.FS {
	sub, err := fs.Sub(files, "_modules")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}
