package interp

import "testing"

func TestSmoke(t *testing.T) {
	erl := newFakeErl()
	v := mustLoad(t, "t", `package t

import "erl"

var Counter int

func Bump() int { Counter++; return Counter }
func Sum(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }
func Get() any { return erl.Receive() }
`, erl)
	t.Log(v.Funcs())
	t.Log(call(t, v, "Bump")[0], call(t, v, "Sum", 5000)[0], erl.checks.Load())
}
