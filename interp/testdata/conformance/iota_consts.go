package iota_consts

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota + 100
	g, h
)

func Main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(FlagA, FlagB, FlagC, FlagA|FlagC)
	fmt.Println(a, b, d, e, f, g, h)
	flags := FlagA | FlagB
	fmt.Println(flags&FlagB != 0, flags&FlagC != 0)
}
