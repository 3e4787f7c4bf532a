package struct_constructor

import (
	"fmt"
	"strings"
)

type Config struct {
	Host    string
	Port    int
	Verbose bool
	Tags    []string
}

type Option func(*Config)

func WithPort(p int) Option       { return func(c *Config) { c.Port = p } }
func WithTags(t ...string) Option { return func(c *Config) { c.Tags = append(c.Tags, t...) } }
func Verbose() Option             { return func(c *Config) { c.Verbose = true } }

func New(host string, opts ...Option) *Config {
	c := &Config{Host: host, Port: 80}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Config) String() string {
	return fmt.Sprintf("%s:%d verbose=%v tags=%s", c.Host, c.Port, c.Verbose, strings.Join(c.Tags, "|"))
}

func Main() {
	fmt.Println(New("localhost"))
	fmt.Println(New("example.com", WithPort(8080), Verbose(), WithTags("a", "b"), WithTags("c")))
}
