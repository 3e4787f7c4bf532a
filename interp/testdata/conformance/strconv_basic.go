package strconv_basic

import (
	"fmt"
	"strconv"
)

func Main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45) + "!")
	i64, _ := strconv.ParseInt("-ff", 16, 64)
	u, _ := strconv.ParseUint("777", 8, 64)
	fmt.Println(i64, u)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f)
	b, _ := strconv.ParseBool("true")
	fmt.Println(b, strconv.FormatBool(false))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("x="), 42, 10))
}
