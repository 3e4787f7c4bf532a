package examples

import (
	"io/fs"
	"testing"
)

func TestModulesAreEmbedded(t *testing.T) {
	for _, name := range []string{"t.go", "m.go"} {
		src, err := fs.ReadFile(Modules(), name)
		if err != nil || len(src) == 0 {
			t.Errorf("%s: %v (%d bytes)", name, err, len(src))
		}
	}
}
