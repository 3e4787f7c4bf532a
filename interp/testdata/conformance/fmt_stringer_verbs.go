package fmt_stringer_verbs

import (
	"errors"
	"fmt"
)

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Node struct{ Name string }

func (n *Node) String() string {
	if n == nil {
		return "(none)"
	}
	return "node " + n.Name
}

type Status struct{ Code int }

func (s Status) Error() string  { return fmt.Sprintf("status %d", s.Code) }
func (s Status) String() string { return "not used: Error wins" }

func Main() {
	l := Level(3)
	fmt.Printf("%v %s %d %q %x %5s|%-5v|\n", l, l, l, l, l, l, l)
	fmt.Println(l, Level(10))
	fmt.Print(l, "\n")
	s := fmt.Sprint(l) + fmt.Sprintf("%v", l)
	fmt.Println(s)
	var n *Node
	fmt.Println(n, &Node{"a"})
	fmt.Println(Status{404})
	err := fmt.Errorf("wrapped: %w", Status{500})
	fmt.Println(err)
	var st Status
	fmt.Println(errors.As(err, &st), st.Code)
}
