package builtins

import (
	"fmt"
	"time"

	"goerl/term"
)

// calendarBIFs are stdlib's calendar clocks, read on the runtime clock.
func calendarBIFs() []Entry {
	return []Entry{
		modBIF("calendar", "local_time", 0, "{{Y,Mo,D},{H,Mi,S}} on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now())
		}),
		modBIF("calendar", "universal_time", 0, "{{Y,Mo,D},{H,Mi,S}} in UTC on the runtime clock", func(c *Call, _ []term.Term) term.Term {
			return dateTime(c.Runtime.Now().UTC())
		}),
	}
}

// The rest of calendar is arithmetic on the proleptic Gregorian
// calendar, as OTP's calendar.erl does it: day 0 is {0,1,1}, second 0
// is {{0,1,1},{0,0,0}}, weeks start on Monday (day 1). Bad dates fail
// with function_clause at the line of calendar.erl that rejects them.
const (
	lineDateToDays  = 135
	lineDaysToDate  = 236
	lineLastDay     = 338
	lineSecsToTime  = 481
	lineTimeToSecs  = 555
	lineDayOfWeek   = 183
	lineValidDate   = 572
	lineIsLeapYear  = 322
	lineSecsToDTime = 448
	lineDateTimeSec = 159
	lineNowToDT     = 392
	secondsPerDay   = 86400
	// daysFrom0To1970 is date_to_gregorian_days(1970,1,1).
	daysFrom0To1970 = 719528
)

// isLeapYear is calendar:is_leap_year/1, Gregorian rules back to year 0
// (itself a leap year).
func isLeapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// lastDayOfMonth is calendar:last_day_of_the_month/2.
func lastDayOfMonth(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if isLeapYear(y) {
			return 29
		}
		return 28
	}
	return 31
}

// daysBeforeMonth[m] is the days of a common year before month m (index
// 0 unused); dateToDays adds the leap day itself.
var daysBeforeMonth = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// daysBeforeYear is calendar.erl's dy/1: the days from {0,1,1} to {Y,1,1}.
func daysBeforeYear(y int) int {
	if y <= 0 {
		return 0
	}
	x := y - 1
	// Year 0 is a leap year, hence 366 for it plus 365 per later year and
	// the leap days among 1..Y-1.
	return x/4 - x/100 + x/400 + x*365 + 366
}

// dateToDays is calendar:date_to_gregorian_days/3 of a valid date.
func dateToDays(y, m, d int) int {
	n := daysBeforeYear(y) + daysBeforeMonth[m] + d - 1
	if m > 2 && isLeapYear(y) {
		n++
	}
	return n
}

// daysToDate is calendar:gregorian_days_to_date/1. The year is first
// guessed from the 146097 days of a 400-year cycle and then corrected by
// at most a step or two either way, instead of erl's own estimate.
func daysToDate(days int) term.Tuple {
	y := days * 400 / 146097
	for daysBeforeYear(y+1) <= days {
		y++
	}
	for y > 0 && daysBeforeYear(y) > days {
		y--
	}
	rest := days - daysBeforeYear(y)
	m := 1
	for m < 12 && rest >= daysBeforeMonth[m+1]+leapShift(y, m+1) {
		m++
	}
	return term.Tuple{y, m, rest - daysBeforeMonth[m] - leapShift(y, m) + 1}
}

// leapShift is the leap day that months after February of a leap year
// are shifted by.
func leapShift(y, m int) int {
	if m > 2 && isLeapYear(y) {
		return 1
	}
	return 0
}

// dayOfWeek is calendar:day_of_the_week/3, 1 for Monday; day 0, {0,1,1},
// was a Saturday (6), hence the +5.
func dayOfWeek(y, m, d int) int { return (dateToDays(y, m, d)+5)%7 + 1 }

// dateArgs reads {Y,M,D} (or Y, M, D) as a valid date, else
// function_clause at line.
func dateArgs(a []term.Term, line int) (y, m, d int) {
	if len(a) == 1 {
		t, ok := a[0].(term.Tuple)
		if !ok || len(t) != 3 {
			noClause(line)
		}
		a = t
	}
	y, ok1 := a[0].(int)
	m, ok2 := a[1].(int)
	d, ok3 := a[2].(int)
	if !ok1 || !ok2 || !ok3 || y < 0 || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m) {
		noClause(line)
	}
	return y, m, d
}

// timeArg reads {H,M,S}.
func timeArg(t term.Term, line int) int {
	tup, ok := t.(term.Tuple)
	if !ok || len(tup) != 3 {
		noClause(line)
	}
	// Only integer fields are required, not ranges: calendar.erl's
	// time_to_seconds has just is_integer guards, so {25,0,0} converts.
	h, ok1 := tup[0].(int)
	m, ok2 := tup[1].(int)
	s, ok3 := tup[2].(int)
	if !ok1 || !ok2 || !ok3 {
		noClause(line)
	}
	return h*3600 + m*60 + s
}

// datetimeSeconds is calendar:datetime_to_gregorian_seconds/1.
func datetimeSeconds(t term.Term) int {
	dt, ok := t.(term.Tuple)
	if !ok || len(dt) != 2 {
		noClause(lineDateTimeSec)
	}
	y, m, d := dateArgs([]term.Term{dt[0]}, lineDateTimeSec)
	return dateToDays(y, m, d)*secondsPerDay + timeArg(dt[1], lineDateTimeSec)
}

// secondsToTime is calendar:seconds_to_time/1 of seconds within a day.
func secondsToTime(s int) term.Tuple {
	return term.Tuple{s / 3600, s % 3600 / 60, s % 60}
}

// secondsToDatetime is calendar:gregorian_seconds_to_datetime/1.
func secondsToDatetime(s int) term.Tuple {
	return term.Tuple{daysToDate(s / secondsPerDay), secondsToTime(s % secondsPerDay)}
}

// secondsToDaystime is calendar:seconds_to_daystime/1; negative seconds
// give a negative day count and a time within the day, as erl's does
// (-1 is {-1,{23,59,59}}).
func secondsToDaystime(s int) term.Tuple {
	days, rest := s/secondsPerDay, s%secondsPerDay
	if rest < 0 {
		days, rest = days-1, rest+secondsPerDay
	}
	return term.Tuple{days, secondsToTime(rest)}
}

// isoWeek is calendar:iso_week_number/1.
func isoWeek(y, m, d int) term.Tuple {
	day := dateToDays(y, m, d)
	w1, next := isoWeek1(y), isoWeek1(y+1)
	switch {
	case day < w1:
		weeks := 52
		// A year has 53 ISO weeks when it starts or ends on a Thursday.
		if dayOfWeek(y-1, 1, 1) == 4 || dayOfWeek(y-1, 12, 31) == 4 {
			weeks = 53
		}
		return term.Tuple{y - 1, weeks}
	case day >= next:
		return term.Tuple{y + 1, 1}
	}
	return term.Tuple{y, (day-w1)/7 + 1}
}

// isoWeek1 is the day number of the Monday of ISO week 1 of year y.
func isoWeek1(y int) int {
	jan1, dow := dateToDays(y, 1, 1), dayOfWeek(y, 1, 1)
	// Week 1 holds the year's first Thursday: if 1 January is Monday to
	// Thursday its week is week 1, else week 1 starts the next Monday.
	if dow <= 4 {
		return jan1 - dow + 1
	}
	return jan1 + 7 - dow + 1
}

// intArg is an integer argument, or calendar.erl's function_clause.
func intArg(t term.Term, line int) int {
	n, ok := t.(int)
	if !ok {
		noClause(line)
	}
	return n
}

// nowSeconds reads an erlang:timestamp() tuple as Unix seconds.
func nowSeconds(t term.Term) int {
	tup, ok := t.(term.Tuple)
	if !ok || len(tup) != 3 {
		noClause(lineNowToDT)
	}
	return intArg(tup[0], lineNowToDT)*1000000 + intArg(tup[1], lineNowToDT)
}

func calendarDateBIFs() []Entry {
	cal := func(name string, arity int, help string, fn func(c *Call, args []term.Term) term.Term) Entry {
		return modBIF("calendar", name, arity, help, fn)
	}
	// date makes the /1 ({Y,M,D}) and /3 (Y, M, D) forms of a date function
	// at once; both fail at the same clause line, as their Erlang code
	// shares one clause.
	date := func(name string, help string, line int, f func(y, m, d int) term.Term) []Entry {
		return []Entry{
			cal(name, 1, help, func(_ *Call, a []term.Term) term.Term { return f(dateArgs(a, line)) }),
			cal(name, 3, help, func(_ *Call, a []term.Term) term.Term { return f(dateArgs(a, line)) }),
		}
	}
	valid := func(a []term.Term) term.Term {
		if len(a) == 1 {
			t, ok := a[0].(term.Tuple)
			if !ok || len(t) != 3 {
				noClause(lineValidDate)
			}
			a = t
		}
		y, ok1 := a[0].(int)
		m, ok2 := a[1].(int)
		d, ok3 := a[2].(int)
		if !ok1 || !ok2 || !ok3 {
			noClause(lineValidDate)
		}
		// valid_date's guards only require integers: an impossible date is
		// false, a non-integer field a function_clause.
		return term.Bool(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m))
	}
	out := []Entry{
		cal("gregorian_days_to_date", 1, "the date of a day number (day 0 is {0,1,1})", func(_ *Call, a []term.Term) term.Term {
			n := intArg(a[0], lineDaysToDate)
			if n < 0 {
				noClause(lineDaysToDate)
			}
			return daysToDate(n)
		}),
		cal("is_leap_year", 1, "whether a year has 366 days", func(_ *Call, a []term.Term) term.Term {
			y := intArg(a[0], lineIsLeapYear)
			if y < 0 {
				noClause(lineIsLeapYear)
			}
			return term.Bool(isLeapYear(y))
		}),
		cal("last_day_of_the_month", 2, "the number of days in a month", func(_ *Call, a []term.Term) term.Term {
			y, m := intArg(a[0], lineLastDay), intArg(a[1], lineLastDay)
			if y < 0 || m < 1 || m > 12 {
				noClause(lineLastDay)
			}
			return lastDayOfMonth(y, m)
		}),
		cal("datetime_to_gregorian_seconds", 1, "seconds since {{0,1,1},{0,0,0}}", func(_ *Call, a []term.Term) term.Term {
			return datetimeSeconds(a[0])
		}),
		cal("gregorian_seconds_to_datetime", 1, "the datetime of a second number", func(_ *Call, a []term.Term) term.Term {
			s := intArg(a[0], lineDateTimeSec)
			if s < 0 {
				noClause(lineDateTimeSec)
			}
			return secondsToDatetime(s)
		}),
		cal("seconds_to_daystime", 1, "{Days, {H,M,S}} of a number of seconds", func(_ *Call, a []term.Term) term.Term {
			return secondsToDaystime(intArg(a[0], lineSecsToDTime))
		}),
		cal("seconds_to_time", 1, "{H,M,S} of seconds within a day", func(_ *Call, a []term.Term) term.Term {
			s := intArg(a[0], lineSecsToTime)
			if s < 0 || s >= secondsPerDay {
				noClause(lineSecsToTime)
			}
			return secondsToTime(s)
		}),
		cal("time_to_seconds", 1, "the seconds since midnight of {H,M,S}", func(_ *Call, a []term.Term) term.Term {
			return timeArg(a[0], lineTimeToSecs)
		}),
		cal("time_difference", 2, "{Days, {H,M,S}} from one datetime to another (obsolete)", func(_ *Call, a []term.Term) term.Term {
			// time_difference(T1, T2) is T2 - T1, possibly negative.
			return secondsToDaystime(datetimeSeconds(a[1]) - datetimeSeconds(a[0]))
		}),
		cal("valid_date", 1, "whether {Y,M,D} is a date", func(_ *Call, a []term.Term) term.Term { return valid(a) }),
		cal("valid_date", 3, "whether Y, M, D is a date", func(_ *Call, a []term.Term) term.Term { return valid(a) }),
		cal("iso_week_number", 0, "{Year, Week} of today's ISO week", func(c *Call, _ []term.Term) term.Term {
			y, m, d := c.Runtime.Now().Date()
			return isoWeek(y, int(m), d)
		}),
		cal("now_to_datetime", 1, "the UTC datetime of an erlang:timestamp()", func(_ *Call, a []term.Term) term.Term {
			return secondsToDatetime(nowSeconds(a[0]) + daysFrom0To1970*secondsPerDay)
		}),
		cal("now_to_universal_time", 1, "the UTC datetime of an erlang:timestamp()", func(_ *Call, a []term.Term) term.Term {
			return secondsToDatetime(nowSeconds(a[0]) + daysFrom0To1970*secondsPerDay)
		}),
		cal("system_time_to_universal_time", 2, "the UTC datetime of a system time in Unit", func(_ *Call, a []term.Term) term.Term {
			t := intArg(a[0], lineNowToDT)
			per, ok := unitsPerSecond(a[1])
			if !ok {
				badarg()
			}
			s := t / per
			// Floor, not truncation: a negative time a fraction of a second before
			// the epoch is still 1969-12-31T23:59:59, as erl's floor division gives.
			if t%per < 0 {
				s--
			}
			return secondsToDatetime(s + daysFrom0To1970*secondsPerDay)
		}),
	}
	out = append(out, date("date_to_gregorian_days", "the day number of a date (day 0 is {0,1,1})", lineDateToDays, func(y, m, d int) term.Term {
		return dateToDays(y, m, d)
	})...)
	out = append(out, date("day_of_the_week", "1 (Monday) to 7 (Sunday)", lineDayOfWeek, func(y, m, d int) term.Term {
		return dayOfWeek(y, m, d)
	})...)
	out = append(out, cal("iso_week_number", 1, "{Year, Week} of a date's ISO week", func(_ *Call, a []term.Term) term.Term {
		return isoWeek(dateArgs(a, lineDateToDays))
	}))
	return out
}

// unitsPerSecond reads an erlang time unit.
func unitsPerSecond(t term.Term) (int, bool) {
	switch t {
	case term.Atom("second"):
		return 1, true
	case term.Atom("millisecond"):
		return 1000, true
	case term.Atom("microsecond"):
		return 1000000, true
	// native is nanoseconds, the native unit of erl on Linux, so that
	// values from erlang:system_time() convert as there.
	case term.Atom("nanosecond"), term.Atom("native"):
		return 1000000000, true
	}
	// A positive integer is a unit of that many parts per second, as
	// erlang's time functions accept.
	if n, ok := t.(int); ok && n > 0 {
		return n, true
	}
	return 0, false
}

// rfc3339 is calendar:system_time_to_rfc3339/2 for the options unit,
// offset and time_designator.
func rfc3339(t int, opts term.Term) term.Term {
	l, ok := opts.(term.List)
	if !ok {
		badarg()
	}
	unit, offset, sep := term.Term(term.Atom("second")), term.Term(term.String("")), int('T')
	for _, o := range l {
		kv, ok := o.(term.Tuple)
		if !ok || len(kv) != 2 {
			badarg()
		}
		switch kv[0] {
		case term.Atom("unit"):
			unit = kv[1]
		case term.Atom("offset"):
			offset = kv[1]
		case term.Atom("time_designator"):
			c, ok := kv[1].(int)
			if !ok {
				badarg()
			}
			sep = c
		}
	}
	per, ok := unitsPerSecond(unit)
	if !ok {
		badarg()
	}
	offSecs, offText := 0, ""
	switch o := offset.(type) {
	case int:
		offSecs = o / per
	case term.List:
		// offset "" means the local zone's offset, "Z" is kept as written; an
		// integer offset is in the same unit as the time.
		s, _ := term.CharList(o)
		switch {
		case s == "":
			_, offSecs = time.Now().Zone()
		case s == "Z" || s == "z":
			offText = s
		default:
			var h, m int
			if n, _ := fmt.Sscanf(s[1:], "%d:%d", &h, &m); n != 2 || (s[0] != '+' && s[0] != '-') {
				badarg()
			}
			offSecs = (h*3600 + m*60)
			if s[0] == '-' {
				offSecs = -offSecs
			}
		}
	default:
		badarg()
	}
	if offText == "" {
		sign, o := '+', offSecs
		if o < 0 {
			sign, o = '-', -o
		}
		offText = fmt.Sprintf("%c%02d:%02d", sign, o/3600, o%3600/60)
	}
	// Split with floor semantics, so a time before the epoch prints its
	// fractional part positive, as erl's does.
	secs, frac := t/per, t%per
	if frac < 0 {
		secs, frac = secs-1, frac+per
	}
	dt := secondsToDatetime(secs + offSecs + daysFrom0To1970*secondsPerDay)
	d, tm := dt[0].(term.Tuple), dt[1].(term.Tuple)
	s := fmt.Sprintf("%04d-%02d-%02d%c%02d:%02d:%02d", d[0], d[1], d[2], sep, tm[0], tm[1], tm[2])
	// The fraction has as many digits as the unit has zeros (3 for
	// millisecond).
	if digits := len(fmt.Sprint(per)) - 1; digits > 0 {
		s += fmt.Sprintf(".%0*d", digits, frac)
	}
	return term.String(s + offText)
}

// parseRFC3339 is calendar:rfc3339_to_system_time/2 for the unit option.
func parseRFC3339(str, opts term.Term) term.Term {
	s, ok := term.CharList(str)
	// The shortest RFC 3339 text is YYYY-MM-DDTHH:MM:SSZ, 20 characters;
	// the separator at index 10 is not checked.
	if !ok || len(s) < 20 {
		badarg()
	}
	per := 1
	if l, ok := opts.(term.List); ok {
		for _, o := range l {
			if kv, ok := o.(term.Tuple); ok && len(kv) == 2 && kv[0] == term.Atom("unit") {
				if per, ok = unitsPerSecond(kv[1]); !ok {
					badarg()
				}
			}
		}
	}
	var y, mo, d, h, mi, sec int
	if n, _ := fmt.Sscanf(s[:19], "%4d-%2d-%2d", &y, &mo, &d); n != 3 {
		badarg()
	}
	if n, _ := fmt.Sscanf(s[11:19], "%2d:%2d:%2d", &h, &mi, &sec); n != 3 {
		badarg()
	}
	rest := s[19:]
	frac, fracDigits := 0, 0
	if rest != "" && rest[0] == '.' {
		i := 1
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			frac, fracDigits = frac*10+int(rest[i]-'0'), fracDigits+1
			i++
		}
		rest = rest[i:]
	}
	off := 0
	switch {
	case rest == "Z" || rest == "z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-'):
		var oh, om int
		if n, _ := fmt.Sscanf(rest[1:], "%2d:%2d", &oh, &om); n != 2 {
			badarg()
		}
		off = oh*3600 + om*60
		if rest[0] == '-' {
			off = -off
		}
	default:
		badarg()
	}
	secs := (dateToDays(y, mo, d)-daysFrom0To1970)*secondsPerDay + h*3600 + mi*60 + sec - off
	sub, scale := 0, 1
	for i := 0; i < fracDigits; i++ {
		scale *= 10
	}
	// Fraction digits beyond the unit's precision are truncated, not
	// rounded.
	if per > 1 {
		sub = frac * per / scale
	}
	return secs*per + sub
}

func calendarZoneBIFs() []Entry {
	toZone := func(dt term.Term, loc *time.Location, from *time.Location) term.Term {
		s := datetimeSeconds(dt) - daysFrom0To1970*secondsPerDay
		y, m, d := time.Unix(int64(s), 0).UTC().Date()
		hh, mm, ss := time.Unix(int64(s), 0).UTC().Clock()
		t := time.Date(y, m, d, hh, mm, ss, 0, from).In(loc)
		return dateTime(t)
	}
	return []Entry{
		modBIF("calendar", "universal_time_to_local_time", 1, "a UTC datetime in local time", func(_ *Call, a []term.Term) term.Term {
			return toZone(a[0], time.Local, time.UTC)
		}),
		modBIF("calendar", "local_time_to_universal_time", 1, "a local datetime in UTC", func(_ *Call, a []term.Term) term.Term {
			return toZone(a[0], time.UTC, time.Local)
		}),
		modBIF("calendar", "local_time_to_universal_time_dst", 1, "the UTC datetimes a local datetime may be", func(_ *Call, a []term.Term) term.Term {
			return term.List{toZone(a[0], time.UTC, time.Local)}
		}),
		modBIF("calendar", "system_time_to_rfc3339", 1, "an RFC 3339 timestamp of a system time in seconds", func(_ *Call, a []term.Term) term.Term {
			return rfc3339(intArg(a[0], lineNowToDT), term.List{})
		}),
		modBIF("calendar", "system_time_to_rfc3339", 2, "an RFC 3339 timestamp with unit, offset, time_designator options", func(_ *Call, a []term.Term) term.Term {
			return rfc3339(intArg(a[0], lineNowToDT), a[1])
		}),
		modBIF("calendar", "rfc3339_to_system_time", 1, "the system time in seconds of an RFC 3339 timestamp", func(_ *Call, a []term.Term) term.Term {
			return parseRFC3339(a[0], term.List{})
		}),
		modBIF("calendar", "rfc3339_to_system_time", 2, "the system time of an RFC 3339 timestamp, in the unit option", func(_ *Call, a []term.Term) term.Term {
			return parseRFC3339(a[0], a[1])
		}),
	}
}
