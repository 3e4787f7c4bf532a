package term

import "testing"

func TestBitstrings(t *testing.T) {
	bits := func(data []byte, n int) Term { return MakeBits(data, n) }
	cases := []struct {
		t    Term
		want string
	}{
		{bits([]byte{34, 0, 0xFF}, 18), "<<34,0,3:2>>"},
		{bits([]byte{0x80}, 1), "<<1:1>>"},
		{bits([]byte{1, 2}, 16), "<<1,2>>"},
		{bits([]byte{'a', 0x40}, 10), "<<97,1:2>>"},
	}
	for _, c := range cases {
		if got := Sprint(c.t); got != c.want {
			t.Errorf("Sprint = %s, want %s", got, c.want)
		}
	}
	if _, ok := bits([]byte{1, 2}, 16).(Binary); !ok {
		t.Errorf("a whole-byte MakeBits is not a Binary")
	}
	// Erlang's order: bit by bit, a prefix first.
	order := []Term{Binary{}, Binary{0}, bits([]byte{0x40}, 2), bits([]byte{0x80}, 1), bits([]byte{0x80}, 2), Binary{128}}
	for i := range order {
		for j := range order {
			want := sign(i - j)
			if got := Compare(order[i], order[j]); got != want {
				t.Errorf("Compare(%s, %s) = %d, want %d", Sprint(order[i]), Sprint(order[j]), got, want)
			}
		}
	}
}
