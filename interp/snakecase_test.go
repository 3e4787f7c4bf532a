package interp

import "testing"

func TestSnakeCase(t *testing.T) {
	for in, want := range map[string]string{
		"DoLoop": "do_loop", "Start": "start", "HTTPServer": "http_server",
		"Loop2": "loop2", "X": "x", "ABC": "abc", "GetID": "get_id",
		"Get2X": "get2_x", "CodeSwitch": "code_switch", "ParseHTTP2Frame": "parse_http2_frame",
	} {
		if got := SnakeCase(in); got != want {
			t.Errorf("SnakeCase(%q) = %q, want %q", in, got, want)
		}
	}
}
