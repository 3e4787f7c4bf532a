package syntax

// SplitForm finds the end of the first form in text: the first dot token
// (a dot followed by white space, a comment or the end of the text) that
// the scanner reads, so strings, quoted atoms, character literals,
// comments and "..." are taken exactly as the parser will take them. form
// ends with the dot and the one white-space character after it (as erl
// consumes it), rest is what follows. complete is false when text holds
// no whole form yet (an unterminated string reads to the end): the shell
// then reads another line and tries again with it appended after "\n".
func SplitForm(text string) (form, rest string, complete bool) {
	s := newScanner(text)
	for {
		start := s.off
		t, err := s.scan()
		if err != nil {
			// A bad token does not hide the dot after it: erl reads up to
			// the dot and only then reports the error, so scanning goes on
			// (at least one character further) and the parser reports it.
			if s.off == start {
				s.next()
			}
			continue
		}
		switch t.kind {
		case tokEOF:
			return "", text, false
		case tokDot:
			end := s.off
			if end < len(s.src) && isSpace(s.src[end]) {
				end++
			}
			if end == len(s.src) {
				return text, "", true
			}
			return string(s.src[:end]), string(s.src[end:]), true
		}
	}
}
