package eval

import "goerl/term"

// Binary construction errors as erl_eval's eval_bits raises them: badarg
// from eval_bits:eval_exp_field/6 with an error_info whose cause is
// {Segment, Type, What, Value} (What: type, size or short) and whose
// function is erl_erts_errors:format_bs_fail, so the shell explains it:
//
//	** exception error: construction of binary failed
//	     in function  eval_bits:eval_exp_field/6 (eval_bits.erl, line 143)
//	        *** segment 1 of type 'integer': expected an integer but got: a

// bitsFieldLine is the line of eval_bits.erl's eval_exp_field/6 that
// fails for each segment type.
var bitsFieldLine = map[string]int{"integer": 143, "utf8": 145, "utf16": 145, "utf32": 145, "float": 163, "binary": 172}

func bitsFrame(fun string, arity, line int, extra ...term.Term) term.Tuple {
	loc := append(fileLine("eval_bits.erl", line), extra...)
	return term.Tuple{term.Atom("eval_bits"), term.Atom(fun), arity, loc}
}

// bitsStack is the stack of a failure in eval_bits: frames, then the
// callers erl shows: seven frames (erl's backtrace depth of 8 counts
// one frame of its own there).
func bitsStack(frames ...term.Term) term.List {
	frames = append(frames, bitsFrame("create_binary", 2, 77), bitsFrame("expr_grp", 5, 68), evalFrame("expr", 6, 543))
	s := stackOf(frames...)
	if len(s) > 7 {
		s = s[:7]
	}
	return s
}

func bsConstructionFailed(seg int, kind string, what, value term.Term) {
	var inString []term.Term
	if seg < 0 {
		seg = -seg
		inString = []term.Term{bitsFrame("-eval_field/5-lbc$^4/2-0-", 10, 93), bitsFrame("-eval_field/5-fun-5-", 9, 93)}
	}
	info := term.NewMap(
		[]term.Term{term.Atom("cause"), term.Atom("function"), term.Atom("module"), term.Atom("override_segment_position")},
		[]term.Term{term.Tuple{seg, term.Atom(kind), what, value}, term.Atom("format_bs_fail"), term.Atom("erl_erts_errors"), seg})
	frame := bitsFrame("eval_exp_field", 6, bitsFieldLine[kind], term.Tuple{term.Atom("error_info"), info})
	raise(term.Atom("badarg"), bitsStack(append([]term.Term{frame}, inString...)...))
}

// bsBadSize is a size that is not an integer: erl multiplies it by the
// unit first, and that multiplication fails.
func bsBadSize(size term.Term, unit int) {
	frame := term.Tuple{term.Atom("erlang"), term.Atom("*"), term.List{size, unit}, errorInfo()}
	raise(term.Atom("badarg"), bitsStack(frame, bitsFrame("eval_exp_field1", 9, 114)))
}

// bsBitSize is a binary segment without a size whose value is not a
// bitstring: erl's bit_size(V) fails.
func bsBitSize(v term.Term) {
	frame := term.Tuple{term.Atom("erlang"), term.Atom("bit_size"), term.List{v}, errorInfo()}
	raise(term.Atom("badarg"), bitsStack(frame, bitsFrame("eval_exp_field1", 9, 114)))
}
