// Package terminal is everything between goerl's shell and the user's
// terminal: line editing (readline with history and completion), the one
// writer all output goes through so that background output never garbles
// the prompt, erl's Tab completion, and erl's BREAK (Ctrl-C) and User
// switch (Ctrl-G) menus. The shell (package shell) is the read-eval-print
// loop on top of it; in a pipe or a lesson the same interfaces carry plain
// lines.
package terminal
