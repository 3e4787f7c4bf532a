package exception

import (
	"testing"
	"time"
)

func TestLegacyTimestampDayIsNotPadded(t *testing.T) {
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 12, 5, 9, 3, 7, 4000, time.UTC), "5-Dec-2026::09:03:07.000004"},
		{time.Date(2026, 11, 25, 15, 31, 14, 468562000, time.UTC), "25-Nov-2026::15:31:14.468562"},
	}
	for _, tt := range tests {
		if got := legacyTimestamp(tt.at); got != tt.want {
			t.Errorf("legacyTimestamp(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}
