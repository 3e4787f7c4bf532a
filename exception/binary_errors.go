package exception

import "goerl/term"

// binaryProblems is erl_stdlib_errors:format_binary_error/3: what was
// wrong with the arguments of a failed binary module call.
func binaryProblems(fun string, args term.List, cause term.Term) argProblems {
	arg := func(i int) term.Term { return args[i] }
	switch n := len(args); {
	case fun == "at" && n == 2:
		return problems(mustBeBinary(arg(0)), mustBePosition(arg(1)))
	case fun == "bin_to_list" && n == 1, fun == "copy" && n == 1, fun == "decode_unsigned" && n == 1,
		fun == "encode_hex" && n == 1, fun == "referenced_byte_size" && n == 1:
		return problems(mustBeBinary(arg(0)))
	case fun == "bin_to_list" || fun == "part":
		if n == 2 {
			pl, ok := arg(1).(term.Tuple)
			if ok && len(pl) == 2 && term.IsInteger(pl[0]) && term.IsInteger(pl[1]) {
				p := binaryProblems("part", term.List{arg(0), pl[0], pl[1]}, cause)
				if len(p.args) == 3 && p.args[1] == "" && p.args[2] == "" {
					return problems(p.args[0])
				}
				return problems(p.args[0], outOfRange)
			}
			return problems(mustBeBinary(arg(0)), "not a valid {Pos,Length} tuple")
		}
		p := []string{mustBeBinary(arg(0)), mustBePosition(arg(1)), mustBeInt(arg(2))}
		if p[0] != "" || p[1] != "" || p[2] != "" {
			return problems(p...)
		}
		if pos, ok := arg(1).(int); ok && pos > len(arg(0).(term.Binary)) {
			return problems("", outOfRange)
		}
		return problems("", "", outOfRange)
	case fun == "compile_pattern":
		return problems("not a valid pattern")
	case fun == "copy":
		return problems(mustBeBinary(arg(0)), mustBeNonNegInt(arg(1)))
	case fun == "decode_unsigned":
		return problems(mustBeBinary(arg(0)), mustBeEndianness(arg(1)))
	case fun == "encode_unsigned" && n == 1:
		return problems(mustBeNonNegInt(arg(0)))
	case fun == "encode_unsigned":
		return problems(mustBeNonNegInt(arg(0)), mustBeEndianness(arg(1)))
	case fun == "encode_hex":
		c := ""
		if arg(1) != term.Atom("uppercase") && arg(1) != term.Atom("lowercase") {
			c = "not uppercase or lowercase"
		}
		return problems(mustBeBinary(arg(0)), c)
	case fun == "decode_hex":
		if b, ok := arg(0).(term.Binary); ok && len(b)%2 == 1 {
			return problems("must contain an even number of bytes")
		}
		return problems(mustBeBinary(arg(0)))
	case fun == "first" || fun == "last":
		if b, ok := arg(0).(term.Binary); ok && len(b) == 0 {
			return problems("a zero-sized binary is not allowed")
		}
		return problems(mustBeBinary(arg(0)))
	case fun == "list_to_bin":
		return problems(notIodata)
	case fun == "longest_common_prefix" || fun == "longest_common_suffix":
		return problems("not a flat list of binaries")
	case fun == "match" || fun == "matches" || fun == "split":
		p := []string{mustBeBinary(arg(0)), mustBePattern(arg(1))}
		if n == 2 || p[0] != "" || p[1] != "" {
			return problems(p...)
		}
		if fun != "split" {
			if o, ok := arg(2).(term.List); ok && len(o) == 1 {
				if t, ok := o[0].(term.Tuple); ok && len(t) == 2 && t[0] == term.Atom("scope") {
					if pl, ok := t[1].(term.Tuple); ok && len(pl) == 2 && term.IsInteger(pl[0]) && term.IsInteger(pl[1]) {
						return problems("", "", "specified part is not wholly inside binary")
					}
				}
			}
		}
		return problems("", "", "invalid options")
	case fun == "replace":
		p := []string{mustBeBinary(arg(0)), mustBePattern(arg(1)), mustBeBinary(arg(2))}
		if n == 4 {
			if cause == term.Atom("badopt") {
				p = append(p, "invalid options")
			} else if p[0] == "" && p[1] == "" && p[2] == "" {
				p = append(p, "invalid options")
			}
		}
		return problems(p...)
	}
	return argProblems{}
}

// mustBeBinary tells a bitstring that is not whole bytes from a term
// that is no bitstring at all.
func mustBeBinary(t term.Term) string {
	switch t.(type) {
	case term.Binary:
		return ""
	case term.Bitstring:
		return "is a bitstring (expected a binary)"
	}
	return notBinary
}

// mustBePosition: a non-negative integer.
func mustBePosition(t term.Term) string {
	if !term.IsInteger(t) {
		return notInteger
	}
	if n, ok := t.(int); ok && n >= 0 {
		return ""
	}
	return outOfRange
}

// mustBeEndianness: big or little.
func mustBeEndianness(t term.Term) string {
	if t == term.Atom("big") || t == term.Atom("little") {
		return ""
	}
	return "must be 'big' or 'little'"
}

// mustBePattern is what binary:match/2 accepts as a pattern: a
// non-empty binary, a non-empty list of them, or a compiled pattern.
func mustBePattern(t term.Term) string {
	switch v := t.(type) {
	case term.Binary:
		if len(v) > 0 {
			return ""
		}
	case term.List:
		ok := len(v) > 0
		for _, e := range v {
			if b, isBin := e.(term.Binary); !isBin || len(b) == 0 {
				ok = false
			}
		}
		if ok {
			return ""
		}
	case term.Tuple:
		return ""
	}
	return "not a valid pattern"
}
