package builtins

import (
	"testing"

	"goerl/term"
)

// TestCalendarBIFs checks against values a real erl 25 printed.
func TestCalendarBIFs(t *testing.T) {
	date := func(y, m, d int) term.Tuple { return term.Tuple{y, m, d} }
	dt := func(d, t term.Tuple) term.Tuple { return term.Tuple{d, t} }
	runCalls(t, []call{
		{"calendar", "local_time", nil, "{{2026,1,1},{12,0,0}}"},
		{"calendar", "date_to_gregorian_days", []term.Term{date(2000, 1, 1)}, "730485"},
		{"calendar", "date_to_gregorian_days", []term.Term{0, 1, 1}, "0"},
		{"calendar", "gregorian_days_to_date", []term.Term{730485}, "{2000,1,1}"},
		{"calendar", "day_of_the_week", []term.Term{date(2024, 2, 29)}, "4"},
		{"calendar", "is_leap_year", []term.Term{1900}, "false"},
		{"calendar", "last_day_of_the_month", []term.Term{2024, 2}, "29"},
		{"calendar", "datetime_to_gregorian_seconds", []term.Term{dt(date(1970, 1, 1), date(0, 0, 0))}, "62167219200"},
		{"calendar", "gregorian_seconds_to_datetime", []term.Term{63000000000}, "{{1996,5,22},{16,0,0}}"},
		{"calendar", "seconds_to_daystime", []term.Term{-100}, "{-1,{23,58,20}}"},
		{"calendar", "time_difference", []term.Term{dt(date(2000, 1, 1), date(0, 0, 0)), dt(date(2000, 1, 2), date(1, 0, 0))}, "{1,{1,0,0}}"},
		{"calendar", "valid_date", []term.Term{2023, 2, 29}, "false"},
		{"calendar", "iso_week_number", []term.Term{date(2021, 1, 1)}, "{2020,53}"},
		{"calendar", "iso_week_number", []term.Term{date(2024, 12, 30)}, "{2025,1}"},
		{"calendar", "system_time_to_rfc3339", []term.Term{1000, term.List{term.Tuple{term.Atom("unit"), term.Atom("millisecond")}, term.Tuple{term.Atom("offset"), term.String("Z")}}}, term.Sprint(term.String("1970-01-01T00:00:01.000Z"))},
		{"calendar", "rfc3339_to_system_time", []term.Term{term.String("1970-01-01T00:00:01+01:00")}, "-3599"},
	})
}
