package time_duration

import (
	"fmt"
	"time"
)

func Main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, time.Duration(0), 2*time.Second+300*time.Microsecond)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Weekday(), t.YearDay())
	u := t.Add(24 * time.Hour)
	fmt.Println(u.Format(time.RFC3339), u.Sub(t), u.After(t), u.Month())
	fmt.Println(t.AddDate(0, 1, 0).Format("Jan 2, 2006"))
}
