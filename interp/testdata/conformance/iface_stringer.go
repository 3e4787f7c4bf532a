package iface_stringer

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

func Main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d\n", Green, Green, Green)
	p := Person{"Ann", 30}
	fmt.Println(p)
	fmt.Printf("%v|%s\n", p, p)
	fmt.Println([]Color{Blue, Red})
}
