package json_marshal

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Emails  []string `json:"emails"`
	Addr    *Address `json:"address,omitempty"`
	private int
}

func Main() {
	p := Person{Name: "Ann", Age: 30, Emails: []string{"a@x.org"}, Addr: &Address{City: "Oslo"}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"emails":null,"address":{"city":"Rome","zip":"00100"}}`), &q)
	fmt.Println(err, q.Name, q.Age, q.Emails == nil, q.Addr.City, q.Addr.Zip)
	m := map[string]any{}
	json.Unmarshal([]byte(`{"a":1,"b":[true,"x"],"c":{"d":null}}`), &m)
	fmt.Println(m["a"], m["b"], m["c"])
	out, _ := json.MarshalIndent(map[string]int{"z": 1, "a": 2}, "", "  ")
	fmt.Println(string(out))
}
