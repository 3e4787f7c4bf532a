package struct_embedding_pointer

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	name string
}

type Counter struct {
	Logger
	n int
}

func (c *Counter) Inc() { c.n++; c.Log(fmt.Sprint("n=", c.n)) }

func Main() {
	lg := &Logger{prefix: "> "}
	s := Service{lg, "svc"}
	s.Log("started " + s.name)
	s.Log("running")
	fmt.Println(lg.lines)
	var c Counter
	c.prefix = "# "
	c.Inc()
	c.Inc()
	fmt.Println(c.lines, len(c.Logger.lines))
}
