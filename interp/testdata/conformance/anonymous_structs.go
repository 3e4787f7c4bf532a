package anonymous_structs

import (
	"fmt"
	"sort"
)

func Main() {
	people := []struct {
		Name string
		Age  int
	}{
		{"Zed", 30}, {"Amy", 25}, {"Bob", 30},
	}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	for _, p := range people {
		fmt.Println(p.Name, p.Age)
	}
	cfg := struct {
		Debug bool
		Level int
	}{Level: 3}
	fmt.Printf("%+v\n", cfg)
	point := struct{ X, Y int }{1, 2}
	point.X += 10
	fmt.Println(point)
}
