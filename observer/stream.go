package observer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"goerl/events"
)

// eventBuffer is how many events one page's subscription holds while
// the stream is writing; past it the bus drops (and counts) events
// rather than slow the node down, and the next snapshot shows the
// picture they would have changed.
const eventBuffer = 4096

// serveEvents is the page's Server-Sent Events stream: a snapshot at
// once, then each event as it happens ("ev"), and a fresh snapshot
// ("snapshot") after events, at most every MinGap, and every Refresh when
// nothing happens. The subscription to the bus lives exactly as long as
// the stream, so a node with no page open publishes nothing.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "observer: streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("X-Accel-Buffering", "no")
	evs, cancel := s.src.Subscribe(eventBuffer)
	defer cancel()
	s.clients.Add(1)
	defer s.clients.Add(-1)

	st := &stream{w: w, fl: fl}
	st.snapshot(s)
	tick := time.NewTicker(s.opts.MinGap)
	defer tick.Stop()
	dirty := false
	for st.err == nil {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case e, ok := <-evs:
			if !ok {
				return
			}
			st.event(e)
			// Take what else is waiting before flushing: a purge that
			// kills a thousand processes is one write, not a thousand.
			for more := true; more && st.err == nil; {
				select {
				case e, ok := <-evs:
					if !ok {
						return
					}
					st.event(e)
				default:
					more = false
				}
			}
			st.flush()
			dirty = true
		case now := <-tick.C:
			if now.Before(st.next) {
				continue
			}
			if dirty || now.Sub(st.last) >= s.opts.Refresh {
				st.snapshot(s)
				dirty = false
			}
		}
	}
}

// stream writes one page's events.
type stream struct {
	w    http.ResponseWriter
	fl   http.Flusher
	err  error
	buf  bytes.Buffer
	prev []byte    // the last snapshot sent, not sent again unchanged
	last time.Time // when a snapshot was last built
	next time.Time // no snapshot before then (a big node's back-off)
}

func (st *stream) send(kind string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		st.err = err
		return
	}
	st.sendRaw(kind, b)
}

func (st *stream) sendRaw(kind string, b []byte) {
	st.buf.Reset()
	fmt.Fprintf(&st.buf, "event: %s\ndata: ", kind)
	st.buf.Write(b)
	st.buf.WriteString("\n\n")
	if _, err := st.w.Write(st.buf.Bytes()); err != nil {
		st.err = err
	}
}

func (st *stream) event(e events.Event) { st.send("ev", toWire(e)) }

// snapshot sends the picture unless it is the one the page has. Building
// it costs in proportion to the processes: the next one waits at least
// four times as long as this one took, so a page on a node of 10,000
// processes takes a small share of the machine, however busy the node.
func (st *stream) snapshot(s *Server) {
	start := time.Now()
	b, err := json.Marshal(snapshot(s.src, s.opts.DotLimit))
	if err != nil {
		st.err = err
		return
	}
	st.last = time.Now()
	st.next = st.last.Add(4 * st.last.Sub(start))
	if bytes.Equal(b, st.prev) {
		return
	}
	st.prev = b
	st.sendRaw("snapshot", b)
	st.flush()
}

func (st *stream) flush() {
	if st.err == nil {
		st.fl.Flush()
	}
}
