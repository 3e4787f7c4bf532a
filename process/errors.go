package process

// Errors returned by Register and Link. Their texts are erl's badarg
// details, so the shell can print them as "*** argument N: TEXT".
var (
	ErrNameInUse    = errorString("name is in use")
	ErrAlreadyNamed = errorString("this process or port already has a name")
	ErrNoProc       = errorString("the pid does not refer to an existing process")
	ErrBadName      = errorString("'undefined' is not a valid name")
)

type errorString string

func (e errorString) Error() string { return string(e) }
