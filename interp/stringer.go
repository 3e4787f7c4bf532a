package interp

import (
	"fmt"
	"reflect"
)

// stringer is the wrapper yaegi puts around an interpreted value whose
// type has a String method when the value is passed to fmt (see
// mapTypes): compiled code cannot see interpreted methods, so yaegi
// hands fmt this struct, whose String calls the interpreted method.
// goerl replaces yaegi's wrapper (fmt's "_Stringer" symbol) with this
// one, which also formats as fmt formats a Stringer: String() for the
// verbs that take a string, the value itself for the others (%d of a
// Stringer is its number, not the wrapper struct).
type stringer struct {
	IValue  any
	WString func() string
}

func (w stringer) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

// Format is fmt's handleMethods for a Stringer.
func (w stringer) Format(f fmt.State, verb rune) {
	directive := fmt.FormatString(f, verb)
	switch {
	case verb == 'v' && f.Flag('#'), verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q':
		fmt.Fprintf(f, directive, w.IValue)
	default:
		fmt.Fprintf(f, directive, w.callString(verb))
	}
}

// callString calls String as fmt does: a panic prints as
// %!v(PANIC=String method: ...), or <nil> for a nil pointer receiver.
func (w stringer) callString(verb rune) (s string) {
	defer func() {
		if r := recover(); r != nil {
			if v := reflect.ValueOf(w.IValue); v.Kind() == reflect.Pointer && v.IsNil() {
				s = "<nil>"
				return
			}
			s = fmt.Sprintf("%%!%c(PANIC=String method: %v)", verb, r)
		}
	}()
	return w.String()
}
