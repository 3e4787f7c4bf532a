package encoding_base64_hex

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func Main() {
	msg := []byte("hello, goerl")
	enc := base64.StdEncoding.EncodeToString(msg)
	fmt.Println(enc)
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec), err)
	fmt.Println(base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}), base64.RawStdEncoding.EncodeToString([]byte("a")))
	h := hex.EncodeToString([]byte("Go!"))
	fmt.Println(h)
	raw, err := hex.DecodeString("476f21")
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
}
