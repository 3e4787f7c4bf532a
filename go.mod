module goerl

go 1.26.8

require (
	github.com/chzyer/readline v1.5.1
	github.com/creack/pty v1.1.24
	github.com/fatih/color v1.18.0
	github.com/petermattis/goid v0.0.0-20261109124353-7cfa343ad0ab
	github.com/traefik/yaegi v0.16.1
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
)

require (
	github.com/mattn/go-colorable v0.1.13 // indirect
	github.com/mattn/go-isatty v0.0.20 // indirect
	golang.org/x/sys v0.50.0 // indirect
)

replace github.com/traefik/yaegi => ./third_party/yaegi
