package iface_embedded_in_struct

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }

type plain struct{ n string }

func (p plain) Name() string { return p.n }

// loud overrides Name and delegates to the embedded interface.
type loud struct{ Namer }

func (l loud) Name() string { return strings.ToUpper(l.Namer.Name()) }

type tagged struct {
	Namer
	tag string
}

func Main() {
	var n Namer = plain{"bob"}
	fmt.Println(n.Name())
	n = loud{n}
	fmt.Println(n.Name())
	t := tagged{plain{"eve"}, "x"}
	fmt.Println(t.Name(), t.tag)
	n = t
	fmt.Println(n.Name())
}
