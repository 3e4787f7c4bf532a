package bytes_pkg

import (
	"bytes"
	"fmt"
)

func Main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := []byte("a,b,c")
	fmt.Println(bytes.Contains(b, []byte("b,")), bytes.Index(b, []byte("c")))
	parts := bytes.Split(b, []byte(","))
	fmt.Println(len(parts), string(parts[2]))
	fmt.Println(string(bytes.ToUpper(b)), string(bytes.Join(parts, []byte("+"))))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("  pad  ")))
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.HasPrefix(b, []byte("a,")), string(bytes.Repeat([]byte("-"), 5)))
}
