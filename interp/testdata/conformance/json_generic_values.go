package json_generic_values

import (
	"encoding/json"
	"fmt"
)

func Main() {
	var v any
	err := json.Unmarshal([]byte(`[1, 2.5, "s", null, {"k": false}]`), &v)
	fmt.Println(err)
	for _, e := range v.([]any) {
		fmt.Printf("%T %v\n", e, e)
	}
	b, _ := json.Marshal([]any{1, "two", 3.5, nil, map[string]int{"x": 1}})
	fmt.Println(string(b))
	var bad map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a": "x"}`), &bad))
}
