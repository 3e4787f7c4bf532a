package regexp_pkg

import (
	"fmt"
	"regexp"
)

func Main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "mail bob@example.com and ann@test.com now"
	fmt.Println(re.MatchString(s))
	fmt.Println(re.FindString(s))
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	digits := regexp.MustCompile(`\d+`)
	fmt.Println(digits.Split("a1b22c333d", -1))
	_, err := regexp.Compile(`(`)
	fmt.Println(err)
}
