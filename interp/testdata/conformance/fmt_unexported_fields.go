package fmt_unexported_fields

import (
	"encoding/json"
	"fmt"
)

type account struct {
	owner   string
	balance int
	Public  bool
}

func Main() {
	a := account{"ann", 10, true}
	fmt.Printf("%v\n", a)
	fmt.Printf("%+v\n", a)
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	var back account
	fmt.Println(json.Unmarshal([]byte(`{"owner":"x","Public":true}`), &back), back.owner == "", back.Public)
}
