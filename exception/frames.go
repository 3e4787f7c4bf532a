package exception

import "goerl/term"

// IsEvaluatorChain recognises the frames below a shell command's calls:
// the shell loop and erl_eval's do_apply/7 (line 748) and expr/6 (line
// 480), which the evaluator (package eval) appends to every exception
// leaving a command. The evaluator drops them from exceptions raised
// outside its own process; the BIFs that call funs (lists:map/2, ...)
// insert their own frames above them, as erl's stack shows them.
func IsEvaluatorChain(fr term.Term) bool {
	t, ok := fr.(term.Tuple)
	if !ok || len(t) != 4 {
		return false
	}
	switch {
	case t[0] == term.Atom("shell"):
		return t[1] != term.Atom("apply_fun")
	case t[0] == term.Atom("erl_eval"):
		line := frameLine(t[3])
		return (t[1] == term.Atom("do_apply") && line == 748) || (t[1] == term.Atom("expr") && line == 480)
	}
	return false
}

// frameLine is the {line,N} of a frame's location list, or 0.
func frameLine(loc term.Term) int {
	l, _ := loc.(term.List)
	for _, item := range l {
		if t, ok := item.(term.Tuple); ok && len(t) == 2 && t[0] == term.Atom("line") {
			if n, ok := t[1].(int); ok {
				return n
			}
		}
	}
	return 0
}
