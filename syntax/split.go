package syntax

// SplitForm finds the end of the first form in text: a dot followed by
// white space, a comment or the end of the text, outside strings, quoted
// atoms, character literals and comments. form ends with the dot and the
// one white-space character after it (as erl consumes it), rest is what
// follows. complete is false when text holds no whole form yet: the shell
// then reads another line and tries again with it appended after "\n".
func SplitForm(text string) (form, rest string, complete bool) {
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; r {
		case '%':
			for i < len(rs) && rs[i] != '\n' {
				i++
			}
		case '"', '\'':
			i = skipQuoted(rs, i, r)
		case '$':
			i++ // the character itself
			if i < len(rs) && rs[i] == '\\' {
				i++ // the escaped character; longer escapes hold no dots
			}
		case '.':
			run := 1
			for i+run < len(rs) && rs[i+run] == '.' {
				run++
			}
			i += run - 1
			// erl_scan takes "..." then ".." greedily; only a lone final
			// dot can end the form.
			if run%3 != 1 {
				continue
			}
			if i+1 == len(rs) {
				return text, "", true
			}
			next := rs[i+1]
			switch {
			case next == '%':
				return string(rs[:i+1]), string(rs[i+1:]), true
			case isSpace(next):
				return string(rs[:i+2]), string(rs[i+2:]), true
			}
		}
	}
	return "", text, false
}

// skipQuoted returns the index of the quote closing the literal opened at
// rs[i], or len(rs) when it is not closed yet.
func skipQuoted(rs []rune, i int, q rune) int {
	for i++; i < len(rs); i++ {
		switch rs[i] {
		case '\\':
			i++
		case q:
			return i
		}
	}
	return len(rs)
}
