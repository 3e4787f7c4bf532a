package process

import (
	"testing"

	"goerl/term"
)

func TestCodeTags(t *testing.T) {
	rt := New(Options{})
	v1, v2 := rt.NewCodeTag("t(1)"), rt.NewCodeTag("t(2)")
	step := make(chan struct{})
	done := make(chan struct{})
	var pid term.Pid
	p, exit := watched(rt, nil, SpawnOptions{Code: v1}, func(p *Proc) {
		leave := p.EnterCode(v2)
		p.Await(step)
		leave()
		close(done)
		p.Await(step)
	})
	pid = p.Pid()
	settle(t, rt)
	checks := []struct {
		tag  *CodeTag
		want bool
	}{{v1, true}, {v2, true}}
	for _, c := range checks {
		if rt.HoldsCode(pid, c.tag) != c.want || (len(rt.Holders(c.tag)) == 1) != c.want {
			t.Fatalf("%s: holds=%v holders=%v", c.tag, rt.HoldsCode(pid, c.tag), rt.Holders(c.tag))
		}
	}
	step <- struct{}{}
	<-done
	if rt.HoldsCode(pid, v2) || !rt.HoldsCode(pid, v1) {
		t.Fatal("leave did not pop v2 only")
	}
	close(step)
	waitReason(t, exit)
	if len(rt.Holders(v1)) != 0 || rt.HoldsCode(pid, v1) {
		t.Fatal("dead process holds code")
	}
}

func TestCodeTagNestedSameTag(t *testing.T) {
	rt := New(Options{})
	tag := rt.NewCodeTag("t")
	held := make(chan bool, 2)
	rt.Spawn(nil, SpawnOptions{}, func(p *Proc) {
		outer := p.EnterCode(tag)
		inner := p.EnterCode(tag)
		inner()
		held <- rt.HoldsCode(p.Pid(), tag)
		outer()
		held <- rt.HoldsCode(p.Pid(), tag)
	})
	if !waitValue(t, held) || waitValue(t, held) {
		t.Fatal("nested entries of one tag miscounted")
	}
}
